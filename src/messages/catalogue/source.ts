import { message } from '../define.js';

/** Source texts: their front matter, sections and paragraphs, and finding them by id. */
export const sourceMessages = {
  sourceNoFrontMatter: message('GK_SOURCE_NO_FRONT_MATTER', () => ({
    nl: {
      message: 'een brontekst moet beginnen met een regel "---" en daarna de gegevens (title, publisher, …)',
      hint: 'Kopieer de eerste regels van lessons/sources/interview-somers.md en pas ze aan.',
    },
    en: {
      message: 'a source text must start with a "---" line and its details (title, publisher, …)',
      hint: 'Copy the first lines of lessons/sources/interview-somers.md and adapt them.',
    },
  })),
  sourceFrontMatterOpen: message('GK_SOURCE_NO_FRONT_MATTER', () => ({
    nl: { message: 'het blok met gegevens dat op regel 1 begint, wordt nooit gesloten', hint: 'Zet na de gegevens (title, publisher, …) een regel met alleen "---".' },
    en: { message: 'the details block that starts on line 1 is never closed', hint: 'Add a line with only "---" after the details (title, publisher, …).' },
  })),
  sourceNoSection: message('GK_SOURCE_NO_SECTION', (p: { kinds: readonly string[] }) => ({
    nl: { message: 'deze alinea staat voor de eerste sectiekop', hint: `Zet er een kop boven, zoals "## text" (een van: ${p.kinds.join(', ')}).` },
    en: { message: 'this paragraph comes before any section heading', hint: `Put a heading such as "## text" above it (one of: ${p.kinds.join(', ')}).` },
  })),
  sourceSection: message('GK_SOURCE_SECTION', (p: { name: string; kinds: readonly string[] }) => ({
    nl: { message: `onbekende sectie "${p.name}"`, hint: `Gebruik een van deze: ${p.kinds.join(', ')}.` },
    en: { message: `unknown section "${p.name}"`, hint: `Use one of: ${p.kinds.join(', ')}.` },
  })),
  sourceEmpty: message('GK_SOURCE_EMPTY', () => ({
    nl: { message: 'de brontekst heeft geen alinea\'s', hint: 'Zet de tekst onder een kop zoals "## text", met een lege regel tussen de alinea\'s.' },
    en: { message: 'the source text has no paragraphs', hint: 'Add the text under a heading such as "## text", one paragraph per block.' },
  })),
  /** `paths` are the files where it was looked for. */
  sourceNotFound: message('GK_SOURCE_NOT_FOUND', (p: { id: string; paths: readonly string[] }) => ({
    nl: { message: `er is geen brontekst met de id "${p.id}"`, hint: `Zet ze in ${p.paths.join(' of ')}.` },
    en: { message: `there is no source text with the id "${p.id}"`, hint: `Put it in ${p.paths.join(' or ')}.` },
  })),
  /** The same, for a lesson that names no source and so gets the default one. */
  defaultSourceNotFound: message('GK_SOURCE_NOT_FOUND', (p: { id: string; paths: readonly string[] }) => ({
    nl: {
      message: `er is geen brontekst met de id "${p.id}" (de standaardbrontekst, want de les noemt geen "source:")`,
      hint: `Zet ze in ${p.paths.join(' of ')}, of noem in de les de brontekst met "source:".`,
    },
    en: {
      message: `there is no source text with the id "${p.id}" (the default source text, as the lesson names no "source:")`,
      hint: `Put it in ${p.paths.join(' or ')}, or name the lesson's source text with "source:".`,
    },
  })),
  sourceFlagNotFound: message('GK_SOURCE_NOT_FOUND', () => ({
    nl: { message: 'de brontekst bij --source bestaat niet', hint: 'Geef het pad van een .md-bestand, of de id van een tekst in lessons/sources/.' },
    en: { message: 'the source text given with --source does not exist', hint: 'Give the path of a .md file, or the id of a text in lessons/sources/.' },
  })),
  sourceIdMismatch: message('GK_SOURCE_ID', (p: { id: string; actual: string }) => ({
    nl: { message: `het bestand heet ${p.id}.md, maar de id is "${p.actual}"`, hint: 'Maak de id en de bestandsnaam gelijk.' },
    en: { message: `the file is named ${p.id}.md but its id is "${p.actual}"`, hint: 'Make the id and the file name the same.' },
  })),
};
