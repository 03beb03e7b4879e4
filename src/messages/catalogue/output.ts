import { message } from '../define.js';

/** Writing PDFs: where they may go, and what the file system said. */
export const outputMessages = {
  outputNoPermission: message('GK_OUTPUT_WRITE', () => ({
    nl: {
      message: 'kan hier niet schrijven (geen toegang)',
      hint: 'Kies met --out een eigen uitvoermap, of vraag je ICT-coördinator om schrijftoegang.',
    },
    en: {
      message: 'cannot write here (permission denied)',
      hint: 'Choose an output folder of your own with --out, or ask your ICT coordinator for write access.',
    },
  })),
  outputReadOnly: message('GK_OUTPUT_WRITE', () => ({
    nl: { message: 'kan hier niet schrijven: de schijf is alleen-lezen', hint: 'Kies met --out een uitvoermap op een schijf waarop je kan schrijven.' },
    en: { message: 'cannot write here: the disk is read-only', hint: 'Choose an output folder on a writable disk with --out.' },
  })),
  outputFileInTheWay: message('GK_OUTPUT_WRITE', () => ({
    nl: {
      message: 'kan de uitvoermap niet maken: er staat al een bestand met die naam',
      hint: 'Kies met --out een andere uitvoermap, of verplaats dat bestand.',
    },
    en: {
      message: 'cannot create the output folder: a file with that name is in the way',
      hint: 'Choose another output folder with --out, or move that file away.',
    },
  })),
  outputFolderInTheWay: message('GK_OUTPUT_WRITE', () => ({
    nl: {
      message: 'kan de PDF niet schrijven: er staat al een map met die naam',
      hint: 'Verplaats die map of geef ze een andere naam; gesprekskit verwijdert geen mappen die het niet zelf maakte.',
    },
    en: {
      message: 'cannot write the PDF: a folder with that name is in the way',
      hint: 'Move or rename that folder; gesprekskit does not remove folders it did not make.',
    },
  })),
  outputDiskFull: message('GK_OUTPUT_WRITE', () => ({
    nl: {
      message: 'kan de PDF niet schrijven: de schijf is vol',
      hint: 'Maak ruimte vrij of kies met --out een andere uitvoermap; de vorige PDF\'s zijn niet veranderd.',
    },
    en: {
      message: 'cannot write the PDF: the disk is full',
      hint: 'Free up space or choose another output folder with --out; the previous PDFs are unchanged.',
    },
  })),
  /** `detail` is the operating system's own words. */
  outputFailed: message('GK_OUTPUT_WRITE', (p: { detail: string }) => ({
    nl: {
      message: `kan de uitvoer niet schrijven: ${p.detail}`,
      hint: 'Controleer of de uitvoermap bestaat en of geen ander programma de PDF open heeft.',
    },
    en: {
      message: `cannot write the output: ${p.detail}`,
      hint: 'Check that the output folder exists and that no other program has the PDF open.',
    },
  })),
  outputNotOurs: message('GK_OUTPUT_NOT_OURS', () => ({
    nl: {
      message: 'hier staat een bestand dat gesprekskit niet maakte; het wordt niet overschreven',
      hint: 'Verplaats dat bestand of geef het een andere naam, of maak de PDF\'s in een andere map met --out.',
    },
    en: {
      message: 'a file that gesprekskit did not make is in the way; it is not overwritten',
      hint: 'Move or rename that file, or build into another folder with --out.',
    },
  })),
  outputFolderNotOurs: message('GK_OUTPUT_NOT_OURS', () => ({
    nl: {
      message: 'hier staat een bestand of map die gesprekskit niet maakte; die wordt niet vervangen',
      hint: 'Verplaats het of geef het een andere naam, of maak de PDF\'s in een andere map met --out.',
    },
    en: {
      message: 'a file or folder that gesprekskit did not make is in the way; it is not replaced',
      hint: 'Move or rename it, or build into another folder with --out.',
    },
  })),
  outputOutside: message('GK_OUTPUT_OUTSIDE', (p: { id: string }) => ({
    nl: {
      message: `de les-id "${p.id}" zou buiten de uitvoermap schrijven`,
      hint: 'Gebruik in de id van een les alleen kleine letters, cijfers en streepjes.',
    },
    en: {
      message: `the lesson id "${p.id}" would write outside the output folder`,
      hint: 'Use only lowercase letters, digits and dashes in lesson ids.',
    },
  })),
};
