import { message } from '../define.js';
import { noun } from '../nouns.js';

const PATHS = {
  nl: 'Paden in het instellingenbestand gelden vanaf de map van dat bestand.',
  en: 'Paths in the config file start from the folder the config file is in.',
};

/** gesprekskit.config.yaml: finding it, and the folders and files it names. */
export const configMessages = {
  configNotFound: message('GK_CONFIG_NOT_FOUND', () => ({
    nl: { message: 'het instellingenbestand bij --config bestaat niet', hint: 'Controleer het pad, of maak er een met "gesprekskit init".' },
    en: { message: 'the config file given with --config does not exist', hint: 'Check the path, or create one with "gesprekskit init".' },
  })),
  configFolderWithout: message('GK_CONFIG_NOT_FOUND', (p: { name: string }) => ({
    nl: { message: `in deze map staat geen ${p.name}`, hint: 'Geef het pad van het instellingenbestand zelf, of maak er een met "gesprekskit init".' },
    en: { message: `this folder has no ${p.name}`, hint: 'Give the path of the config file itself, or create one with "gesprekskit init".' },
  })),
  /** `value` as written in the config, `full` where it was looked for. */
  configFolder: message('GK_CONFIG_FOLDER', (p: { what: 'lessonsFolder' | 'templatesFolder'; value: string; full: string }) => ({
    nl: { message: `${noun(p.what, 'nl', p.value)} bestaat niet (gezocht: ${p.full})`, hint: `${PATHS.nl} Maak de map, of verbeter het pad.` },
    en: { message: `${noun(p.what, 'en', p.value)} does not exist (looked for ${p.full})`, hint: `${PATHS.en} Create the folder or correct the path.` },
  })),
  configSource: message('GK_CONFIG_SOURCE', (p: { value: string; full: string }) => ({
    nl: {
      message: `de brontekst "${p.value}" bestaat niet (gezocht: ${p.full})`,
      hint: 'Geef het pad vanaf de map van het instellingenbestand, of de id van een tekst in lessons/sources/.',
    },
    en: {
      message: `the source text "${p.value}" does not exist (looked for ${p.full})`,
      hint: 'Give the path from the folder of the config file, or the id of a text in lessons/sources/.',
    },
  })),
  configLogoNotFound: message('GK_FILE_NOT_FOUND', (p: { name: string; full: string }) => ({
    nl: { message: `het logo "${p.name}" bestaat niet (gezocht: ${p.full})`, hint: PATHS.nl },
    en: { message: `the logo "${p.name}" does not exist (looked for ${p.full})`, hint: PATHS.en },
  })),
};
