import { message, type Lang } from '../define.js';
import { noun, type Noun } from '../nouns.js';
import { didYouMean, orList, quotedList } from '../phrases.js';

/**
 * Schema problems in lesson, config and source files. `path` is where in the file, as
 * written there ("excerpts[2].quote"); empty for the file as a whole. Keys and values are
 * shown as written in the YAML, in every language.
 */
type At = { path: string };
/** A value from the file, described by its kind and (for text and numbers) its text. */
export type ValueKind = 'nothing' | 'list' | 'block' | 'text' | 'number' | 'value';
type Value = { valueKind: ValueKind; valueText?: string };

function here(path: string, lang: Lang): string {
  return path || (lang === 'nl' ? 'het bestand' : 'the file');
}

function value(p: Value, lang: Lang): string {
  const t = p.valueText ?? '';
  const nl = lang === 'nl';
  switch (p.valueKind) {
    case 'nothing':
      return nl ? 'niets' : 'nothing';
    case 'list':
      return nl ? 'een lijst' : 'a list';
    case 'block':
      return nl ? 'een blok sleutels' : 'a block of keys';
    case 'text':
      return nl ? `de tekst "${t}"` : `the text "${t}"`;
    case 'number':
      return nl ? `het getal ${t}` : `the number ${t}`;
    default:
      return nl ? `de waarde ${t}` : `the value ${t}`;
  }
}

/** JSON Schema types in words. */
const TYPES: Record<string, Record<Lang, string>> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst (regels die met "- " beginnen)', en: 'a list (lines starting with "- ")' },
  object: { nl: 'een blok "sleutel: waarde"-regels', en: 'a block of "key: value" lines' },
  null: { nl: 'niets', en: 'nothing' },
};

function types(list: readonly string[], lang: Lang): string {
  return orList(
    list.map((t) => TYPES[t]?.[lang] ?? t),
    lang,
  );
}

const EXAMPLES = { nl: 'kijk naar de voorbeeldlessen', en: 'see the example lessons' };
const COMPARE = { nl: 'Vergelijk met een voorbeeldles in lessons/.', en: 'Compare with an example lesson in lessons/.' };

/** How to write the value the schema wants instead, when that can be said precisely. */
export type TypeFix = 'text-not-list' | 'text-not-block' | 'quote' | 'unquote' | 'write-as';

/** Range rules: both ends, or one. */
type Range = { min?: number; max?: number; limit?: number; bound: 'between' | 'min' | 'max' };

function range(r: Range, lang: Lang): string {
  if (lang === 'nl') return r.bound === 'between' ? `van ${r.min} tot ${r.max}` : r.bound === 'min' ? `van minstens ${r.limit}` : `van hoogstens ${r.limit}`;
  return r.bound === 'between' ? `from ${r.min} to ${r.max}` : r.bound === 'min' ? `at least ${r.limit}` : `at most ${r.limit}`;
}

/** The patterns of our schemas, in words. */
export type PatternRule = 'id' | 'colour' | 'language';

const PATTERNS: Record<PatternRule, Record<Lang, { rule: string; hint: string }>> = {
  id: {
    nl: {
      rule: 'een id mag alleen kleine letters, cijfers en streepjes bevatten',
      hint: 'Gebruik iets als "samen-leven": geen spaties, hoofdletters, accenten, punten of schuine strepen (het wordt een mapnaam in output/).',
    },
    en: {
      rule: 'an id may only contain lowercase letters, digits and dashes',
      hint: 'Use something like "samen-leven": no spaces, capitals, accents, dots or slashes (it becomes a folder name in output/).',
    },
  },
  colour: {
    nl: { rule: 'een kleur schrijf je als #rrggbb', hint: 'Schrijf # en zes tekens 0–9 of a–f, tussen aanhalingstekens, bv. accent: "#1d4f73".' },
    en: { rule: 'a colour is written as #rrggbb', hint: 'Write # and six characters 0–9 or a–f, between quotes, e.g. accent: "#1d4f73".' },
  },
  language: {
    nl: { rule: 'een taalcode ziet eruit als "nl" of "nl-BE"', hint: 'Schrijf twee kleine letters, eventueel met een streepje en twee hoofdletters: nl, nl-BE, en.' },
    en: { rule: 'a language code looks like "nl" or "nl-BE"', hint: 'Write two lowercase letters, optionally with a dash and two capitals: nl, nl-BE, en.' },
  },
};

export const schemaMessages = {
  schemaMissingKeys: message('GK_SCHEMA_MISSING', (p: At & { what: Noun; keys: readonly string[] }) => ({
    nl: {
      message: `${noun(p.what, 'nl')} mist de verplichte sleutels ${quotedList(p.keys)}${p.path ? ` in ${p.path}` : ''}`,
      hint: `Voeg voor elk een regel toe (${p.keys.map((k) => `${k}: …`).join(', ')}); ${EXAMPLES.nl}.`,
    },
    en: {
      message: `${noun(p.what, 'en')} is missing the required keys ${quotedList(p.keys)}${p.path ? ` in ${p.path}` : ''}`,
      hint: `Add a line for each (${p.keys.map((k) => `${k}: …`).join(', ')}); ${EXAMPLES.en}.`,
    },
  })),
  schemaMissingKey: message('GK_SCHEMA_MISSING', (p: At & { what: Noun; key: string }) => ({
    nl: {
      message: `${noun(p.what, 'nl')} mist de verplichte sleutel "${p.key}"${p.path ? ` in ${p.path}` : ''}`,
      hint: `Voeg een regel "${p.key}: …" toe${p.path ? ` aan ${p.path}` : ''}; ${EXAMPLES.nl}.`,
    },
    en: {
      message: `${noun(p.what, 'en')} is missing the required key "${p.key}"${p.path ? ` in ${p.path}` : ''}`,
      hint: `Add a line "${p.key}: …"${p.path ? ` to ${p.path}` : ''}; ${EXAMPLES.en}.`,
    },
  })),
  schemaUnknownKey: message('GK_SCHEMA_UNKNOWN_KEY', (p: At & { key: string; guess?: string; known: readonly string[] }) => ({
    nl: {
      message: `onbekende sleutel "${p.key}"${p.path ? ` in ${p.path}` : ''}${didYouMean(p.guess, 'nl')}`,
      hint: p.guess ? `Noem hem "${p.guess}".` : `Sleutels die hier kunnen: ${p.known.join(', ')}.`,
    },
    en: {
      message: `unknown key "${p.key}"${p.path ? ` in ${p.path}` : ''}${didYouMean(p.guess, 'en')}`,
      hint: p.guess ? `Rename it to "${p.guess}".` : `Allowed here: ${p.known.join(', ')}.`,
    },
  })),
  /** `last` is the key as written, to show the fixed line; `written` the value as written. */
  schemaType: message('GK_SCHEMA_TYPE', (p: At & Value & { types: readonly string[]; fix: TypeFix; last: string; written?: string }) => {
    const words = (lang: Lang) => {
      const want = types(p.types, lang);
      const nl = lang === 'nl';
      const fix: Record<TypeFix, string> = nl
        ? {
            'text-not-list': `Schrijf het als één tekst: ${p.last}: "…" (vierkante haken of regels met "- " maken er een lijst van).`,
            'text-not-block': `Schrijf het als één tekst: ${p.last}: "…" (ingesprongen "sleutel: waarde"-regels eronder maken er een blok van).`,
            quote: 'Zet de waarde tussen aanhalingstekens om er tekst van te maken.',
            unquote: `Haal de aanhalingstekens weg: ${p.last}: ${p.written ?? ''}`,
            'write-as': `Schrijf ${here(p.path, lang)} als ${want}.`,
          }
        : {
            'text-not-list': `Write it as one text: ${p.last}: "…" (square brackets or "- " lines make a list).`,
            'text-not-block': `Write it as one text: ${p.last}: "…" (indented "key: value" lines below it make a block).`,
            quote: 'Put the value between quotes to make it text.',
            unquote: `Remove the quotes: ${p.last}: ${p.written ?? ''}`,
            'write-as': `Write ${here(p.path, lang)} as ${want}.`,
          };
      return {
        message: nl ? `${here(p.path, lang)} moet ${want} zijn, niet ${value(p, lang)}` : `${here(p.path, lang)} must be ${want}, not ${value(p, lang)}`,
        hint: fix[p.fix],
      };
    };
    return { nl: words('nl'), en: words('en') };
  }),
  schemaEnum: message('GK_SCHEMA_VALUE', (p: At & Value & { allowed: readonly string[]; guess?: string }) => ({
    nl: {
      message: `${here(p.path, 'nl')} is ${value(p, 'nl')}, maar moet een van deze zijn: ${p.allowed.join(', ')}${didYouMean(p.guess, 'nl')}`,
      hint: `Gebruik een van de waarden uit de lijst${p.guess ? `, waarschijnlijk "${p.guess}"` : ''}.`,
    },
    en: {
      message: `${here(p.path, 'en')} is ${value(p, 'en')}, which is not one of: ${p.allowed.join(', ')}${didYouMean(p.guess, 'en')}`,
      hint: `Use one of the listed values${p.guess ? `, probably "${p.guess}"` : ''}.`,
    },
  })),
  schemaConst: message('GK_SCHEMA_VALUE', (p: At & { allowed: string }) => ({
    nl: { message: `${here(p.path, 'nl')} moet "${p.allowed}" zijn`, hint: `Schrijf precies "${p.allowed}".` },
    en: { message: `${here(p.path, 'en')} must be "${p.allowed}"`, hint: `Write exactly "${p.allowed}".` },
  })),
  schemaRange: message('GK_SCHEMA_RANGE', (p: At & Range & { value: string }) => ({
    nl: {
      message: `${here(p.path, 'nl')} is ${p.value}, maar moet een getal ${range(p, 'nl')} zijn`,
      hint: `Schrijf een getal ${range(p, 'nl')}.`,
    },
    en: { message: `${here(p.path, 'en')} is ${p.value}, but it must be ${range(p, 'en')}`, hint: `Write a number ${range(p, 'en')}.` },
  })),
  schemaEmpty: message('GK_SCHEMA_EMPTY', (p: At) => ({
    nl: { message: `${here(p.path, 'nl')} is leeg`, hint: 'Schrijf de tekst, of haal de sleutel weg als hij niet verplicht is.' },
    en: { message: `${here(p.path, 'en')} is empty`, hint: 'Write the text, or remove the key if it is optional.' },
  })),
  schemaTooLong: message('GK_SCHEMA_TOO_LONG', (p: At & { limit: number }) => ({
    nl: {
      message: `${here(p.path, 'nl')} is te lang (hoogstens ${p.limit} tekens)`,
      hint: 'Maak de tekst korter; lange teksten horen in een veld dat voor alinea\'s bedoeld is.',
    },
    en: {
      message: `${here(p.path, 'en')} is too long (at most ${p.limit} characters)`,
      hint: 'Shorten it; long texts belong in a field meant for paragraphs.',
    },
  })),
  schemaTooFew: message('GK_SCHEMA_TOO_FEW', (p: At & { limit: number }) => ({
    nl: { message: `${here(p.path, 'nl')} heeft minstens ${p.limit} ${p.limit === 1 ? 'item' : 'items'} nodig`, hint: 'Voeg items toe als regels die met "- " beginnen.' },
    en: { message: `${here(p.path, 'en')} needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}`, hint: 'Add items as lines starting with "- ".' },
  })),
  schemaTooMany: message('GK_SCHEMA_TOO_MANY', (p: At & { limit: number }) => ({
    nl: { message: `${here(p.path, 'nl')} heeft meer dan ${p.limit} items`, hint: `Hou er hoogstens ${p.limit}; schrap wat je het minst nodig hebt.` },
    en: { message: `${here(p.path, 'en')} has more than ${p.limit} items`, hint: `Keep at most ${p.limit}; remove the ones you need least.` },
  })),
  schemaPattern: message('GK_SCHEMA_PATTERN', (p: At & Value & { rule: PatternRule }) => ({
    nl: { message: `${here(p.path, 'nl')} is ${value(p, 'nl')}, maar ${PATTERNS[p.rule].nl.rule}`, hint: PATTERNS[p.rule].nl.hint },
    en: { message: `${here(p.path, 'en')} is ${value(p, 'en')}, but ${PATTERNS[p.rule].en.rule}`, hint: PATTERNS[p.rule].en.hint },
  })),
  /**
   * A pattern or rule not described above. `description` is the schema's own explanation
   * (Dutch, written for editors), so it is the Dutch hint; English says what the rule is.
   */
  schemaPatternOther: message('GK_SCHEMA_PATTERN', (p: At & Value & { pattern: string; description?: string }) => ({
    nl: { message: `${here(p.path, 'nl')} heeft ${value(p, 'nl')}, en dat mag hier niet`, hint: p.description ?? `Het moet passen bij het patroon ${p.pattern}.` },
    en: { message: `${here(p.path, 'en')} has ${value(p, 'en')}, which is not allowed here`, hint: `It must match ${p.pattern}.` },
  })),
  schemaShape: message('GK_SCHEMA_SHAPE', (p: At & { description?: string }) => ({
    nl: { message: `${here(p.path, 'nl')} heeft geen van de toegestane vormen`, hint: p.description ?? COMPARE.nl },
    en: { message: `${here(p.path, 'en')} does not have one of the allowed forms`, hint: COMPARE.en },
  })),
  /** `detail` is the schema checker's own words. */
  schemaOther: message('GK_SCHEMA', (p: At & { detail: string; description?: string }) => ({
    nl: { message: `${here(p.path, 'nl')} is niet geldig (${p.detail})`, hint: p.description ?? COMPARE.nl },
    en: { message: `${here(p.path, 'en')} ${p.detail}`, hint: COMPARE.en },
  })),
};
