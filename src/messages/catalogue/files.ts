import { message } from '../define.js';
import { noun, type Noun } from '../nouns.js';

/** Which file, and its name as the user wrote it when that helps (a logo in the config). */
type File = { what: Noun; name?: string };

/** Reading the files a teacher edits: lessons, source texts, templates, config, class lists, logos. */
export const fileMessages = {
  fileTooLarge: message('GK_FILE_TOO_LARGE', (p: File & { kb: number; limitKb: number }) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} is te groot: ${p.kb} KB, en de grens is ${p.limitKb} KB`,
      hint: 'Kijk of dit het juiste bestand is (geen PDF, afbeelding of export); verdeel een heel lange tekst over meerdere bestanden.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} is too large: ${p.kb} KB, and the limit is ${p.limitKb} KB`,
      hint: 'Check that this is the right file (not a PDF, picture or export); split a very long text into several files.',
    },
  })),
  fileBinary: message('GK_FILE_BINARY', (p: File) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} lijkt een binair bestand (er staat een NUL-byte in), geen tekst`,
      hint: 'Bewaar het in je editor als platte tekst (UTF-8), niet als Word- of PDF-bestand.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} looks like a binary file (it contains a NUL byte), not text`,
      hint: 'Save it as plain text (UTF-8) from your editor, not as a Word or PDF file.',
    },
  })),
  fileEncoding: message('GK_FILE_ENCODING', (p: File) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} is geen geldige UTF-8-tekst`,
      hint: 'Bewaar het bestand met de codering "UTF-8" (in Kladblok: Opslaan als… → Codering: UTF-8).',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} is not valid UTF-8 text`,
      hint: 'Save the file with the encoding "UTF-8" (in Notepad: Save as… → Encoding: UTF-8).',
    },
  })),
  fileEmpty: message('GK_FILE_EMPTY', (p: File) => ({
    nl: { message: `${noun(p.what, 'nl', p.name)} is leeg`, hint: 'Vul het in, of haal het uit de map.' },
    en: { message: `${noun(p.what, 'en', p.name)} is empty`, hint: 'Fill it in, or remove it from the folder.' },
  })),
  fileNotFound: message('GK_FILE_NOT_FOUND', (p: File) => ({
    nl: { message: `${noun(p.what, 'nl', p.name)} bestaat niet`, hint: 'Controleer het pad en de spelling van de bestandsnaam.' },
    en: { message: `${noun(p.what, 'en', p.name)} does not exist`, hint: 'Check the path and the spelling of the file name.' },
  })),
  fileNotFolder: message('GK_FILE_NOT_FOLDER', (p: File) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} kan niet geopend worden: een deel van het pad is een bestand, geen map`,
      hint: 'Controleer het pad: elk deel voor het laatste moet een map zijn.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} cannot be opened: part of its path is a file, not a folder`,
      hint: 'Check the path: every part before the last must be a folder.',
    },
  })),
  fileIsFolder: message('GK_FILE_IS_FOLDER', (p: File) => ({
    nl: { message: `${noun(p.what, 'nl', p.name)} is een map, geen bestand`, hint: 'Geef het pad van een bestand in die map.' },
    en: { message: `${noun(p.what, 'en', p.name)} is a folder, not a file`, hint: 'Give the path of a file inside it.' },
  })),
  /** Lesson files are found by their name: a folder called x.yaml is in the way. */
  lessonFileIsFolder: message('GK_FILE_IS_FOLDER', () => ({
    nl: {
      message: 'het lesbestand is een map, geen bestand',
      hint: 'Geef de map een naam die niet op .yaml eindigt, of haal ze uit de lessenmap.',
    },
    en: {
      message: 'the lesson file is a folder, not a file',
      hint: 'Rename the folder so its name does not end in .yaml, or move it out of the lessons folder.',
    },
  })),
  fileNoAccess: message('GK_FILE_NO_ACCESS', (p: File) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} kan niet gelezen worden (geen toegang)`,
      hint: 'Vraag je ICT-coördinator om leestoegang, of kopieer het bestand naar een eigen map.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} cannot be read (permission denied)`,
      hint: 'Ask your ICT coordinator to give you read access, or copy the file to your own folder.',
    },
  })),
  /** `detail` is the operating system's own words. */
  fileUnreadable: message('GK_FILE_UNREADABLE', (p: File & { detail: string }) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} kan niet gelezen worden: ${p.detail}`,
      hint: 'Controleer of het bestand bestaat en niet door een ander programma vergrendeld is.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} cannot be read: ${p.detail}`,
      hint: 'Check that the file exists and is not locked by another program.',
    },
  })),
};
