import { message } from '../define.js';

const HELP = {
  nl: 'Typ "gesprekskit --help" voor de commando\'s en opties.',
  en: 'Run "gesprekskit --help" for the commands and options.',
};

/** Wrong use of the command line (exit code 2). */
export const usageMessages = {
  /** `detail` is what yargs says, already in the reader's language (see cli/yargs-strings.ts). */
  usage: message('GK_USAGE', (p: { detail: string }) => ({
    nl: { message: p.detail, hint: HELP.nl },
    en: { message: p.detail, hint: HELP.en },
  })),
  usageEmptyValue: message('GK_USAGE_EMPTY', (p: { flag: string }) => ({
    nl: { message: `--${p.flag} heeft een waarde nodig, geen lege tekst`, hint: `Geef na --${p.flag} de map of naam, of laat de optie weg.` },
    en: { message: `--${p.flag} needs a value, not an empty text`, hint: `Give the folder or name after --${p.flag}, or leave the option out.` },
  })),
  usageThreads: message('GK_USAGE', () => ({
    nl: { message: '--threads moet een geheel getal van 1 tot 64 zijn', hint: 'Geef bv. --threads 4, of laat de optie weg: dan kiest gesprekskit zelf.' },
    en: { message: '--threads must be a whole number from 1 to 64', hint: 'Give e.g. --threads 4, or leave the option out to let gesprekskit choose.' },
  })),
  usageSplitWithoutRoster: message('GK_USAGE', () => ({
    nl: { message: '--split werkt alleen samen met --roster', hint: 'Geef ook de klaslijst: --roster klas.csv --split.' },
    en: { message: '--split works only together with --roster', hint: 'Give the class list too: --roster class.csv --split.' },
  })),
  usageWatchRoster: message('GK_USAGE', () => ({
    nl: { message: '--watch en --roster gaan niet samen', hint: 'Maak de werkbladen met namen met een gewone build, zonder --watch.' },
    en: { message: '--watch and --roster cannot be combined', hint: 'Make the worksheets with names in a plain build, without --watch.' },
  })),
};
