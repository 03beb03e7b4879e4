import { message } from '../define.js';

/** Messages about the kit as a whole: which lessons there are, where output goes. */
export const kitMessages = {
  noLessons: message('GK_NO_LESSONS', () => ({
    nl: {
      message: 'in deze map staan geen lesbestanden (*.yaml)',
      hint: 'Maak er een met "gesprekskit new <id>", of wijs met --lessons de juiste map aan.',
    },
    en: {
      message: 'this folder holds no lesson files (*.yaml)',
      hint: 'Create one with "gesprekskit new <id>", or point --lessons at the right folder.',
    },
  })),
  /** Only --lessons can name a folder that does not exist: a usage mistake. */
  lessonsFolderMissing: message('GK_FILE_NOT_FOUND', () => ({
    nl: {
      message: 'de lessenmap bestaat niet',
      hint: 'Geef met --lessons de map met je lesbestanden, of start het commando in de map waarin lessons/ staat.',
    },
    en: {
      message: 'the lessons folder does not exist',
      hint: 'Give the folder with your lesson files with --lessons, or run the command in the folder that holds lessons/.',
    },
  })),
  lessonsFolderIsFile: message('GK_FILE_NOT_FOLDER', () => ({
    nl: { message: 'de lessenmap is een bestand, geen map', hint: 'Geef met --lessons de map met de lesbestanden, niet één lesbestand.' },
    en: { message: 'the lessons folder is a file, not a folder', hint: 'Give the folder that holds the lesson files with --lessons, not one lesson file.' },
  })),
  lessonsFolderNoAccess: message('GK_FILE_NO_ACCESS', () => ({
    nl: {
      message: 'de lessenmap kan niet gelezen worden (geen toegang)',
      hint: 'Vraag je ICT-coördinator om leestoegang tot deze map, of kopieer de lessen naar een eigen map.',
    },
    en: {
      message: 'the lessons folder cannot be read (permission denied)',
      hint: 'Ask your ICT coordinator for read access to this folder, or copy the lessons to a folder of your own.',
    },
  })),
  unknownPiece: message('GK_UNKNOWN_PIECE', (p: { id: string; pieces: readonly string[] }) => ({
    nl: { message: `er is geen stuk "${p.id}"`, hint: `Stukken: ${p.pieces.join(', ')}.` },
    en: { message: `there is no piece "${p.id}"`, hint: `Pieces: ${p.pieces.join(', ')}.` },
  })),
};
