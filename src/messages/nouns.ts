import type { Lang } from './define.js';

/**
 * The things a message can be about, named in every language. Code that reads a file says
 * which thing it is by key (`what: 'lessonFile'`), so one message ("… does not exist")
 * serves every kind of file and still reads naturally: "het lesbestand bestaat niet".
 */
export const NOUNS = {
  lessonFile: { nl: 'het lesbestand', en: 'the lesson file' },
  lesson: { nl: 'de les', en: 'the lesson' },
  lessonsFolder: { nl: 'de lessenmap', en: 'the lessons folder' },
  templatesFolder: { nl: 'de sjablonenmap', en: 'the templates folder' },
  sourceText: { nl: 'de brontekst', en: 'the source text' },
  template: { nl: 'het sjabloon', en: 'the template' },
  partialsFolder: { nl: 'de map partials', en: 'the partials folder' },
  configFile: { nl: 'het instellingenbestand', en: 'the config file' },
  classList: { nl: 'de klaslijst', en: 'the class list' },
  logo: { nl: 'het logo', en: 'the logo' },
  logoFlag: { nl: 'het logo bij --logo', en: 'the logo given with --logo' },
  schoolLogo: { nl: 'het schoollogo', en: 'the school logo' },
  fontFile: { nl: 'het lettertypebestand', en: 'the font file' },
  schemaFile: { nl: 'het schemabestand', en: 'the schema file' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Noun = keyof typeof NOUNS;

/** "het logo", or with the name as written: 'het logo "beeld/logo.png"'. */
export function noun(what: Noun, lang: Lang, name?: string): string {
  const word = NOUNS[what]?.[lang] ?? String(what);
  return name === undefined ? word : `${word} "${name}"`;
}
