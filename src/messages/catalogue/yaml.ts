import { message, type Bilingual, type Params } from '../define.js';

/** One syntax mistake can make the parser report more below it: counted, not listed. */
type More = { more?: number };

const PREFIX = { nl: 'YAML-fout: ', en: 'YAML syntax error: ' };

function echoes(lang: 'nl' | 'en', n: number | undefined): string {
  if (!n) return '';
  if (lang === 'nl') return n === 1 ? ' (en nog 1 fout hieronder, die hier misschien uit volgt)' : ` (en nog ${n} fouten hieronder, die hier misschien uit volgen)`;
  return ` (and ${n} more error${n === 1 ? '' : 's'} below, which may come from this one)`;
}

/** A YAML syntax error (code GK_YAML_SYNTAX): prefixed, and with the count of its echoes. */
function syntax<P extends Params>(words: (p: P) => Bilingual) {
  return message('GK_YAML_SYNTAX', (p: P & More) => {
    const w = words(p);
    return {
      nl: { message: PREFIX.nl + w.nl.message + echoes('nl', p.more), ...(w.nl.hint ? { hint: w.nl.hint } : {}) },
      en: { message: PREFIX.en + w.en.message + echoes('en', p.more), ...(w.en.hint ? { hint: w.en.hint } : {}) },
    };
  });
}

const ITEM_MISALIGNED = {
  nl: {
    message: 'dit "- "-item staat niet gelijk met de andere items van zijn lijst',
    hint: 'Begin elke "- " van één lijst in dezelfde kolom (inspringen met spaties, 2 per niveau).',
  },
  en: {
    message: 'this "- " item does not line up with the items of its list',
    hint: 'Start every "- " of one list in the same column (indent with spaces, 2 per level).',
  },
};

/**
 * YAML as a teacher writes it: indentation, quotes, colons. The parser's own words appear
 * only as `detail`, for mistakes no message here explains better.
 */
export const yamlMessages = {
  yamlTooDeep: syntax(() => ({
    nl: {
      message: 'de YAML is hier te diep genest (haakjes of inspringingen in elkaar, heel veel niveaus diep)',
      hint: 'Een les heeft maar een paar niveaus nodig; zoek naar een reeks "[" of "{", of naar regels die telkens verder inspringen.',
    },
    en: {
      message: 'the YAML is nested too deeply here (brackets or indentation within each other, many levels down)',
      hint: 'A lesson needs only a few levels; check for a run of "[" or "{" or for lines indented further and further.',
    },
  })),
  yamlItemMisaligned: syntax(() => ITEM_MISALIGNED),
  yamlTab: syntax(() => ({
    nl: { message: 'hier wordt met een tab ingesprongen', hint: 'Spring alleen in met spaties (2 per niveau); stel je editor zo in dat Tab spaties invoegt.' },
    en: { message: 'a tab is used for indentation', hint: 'Indent with spaces only (2 per level); set your editor to insert spaces for Tab.' },
  })),
  yamlDuplicateKey: syntax((p: { key: string }) => ({
    nl: { message: `de sleutel "${p.key}" staat twee keer in hetzelfde blok`, hint: 'Verwijder een van de twee, of geef er een andere naam.' },
    en: { message: `the key "${p.key}" appears twice in the same block`, hint: 'Remove or rename one of the two.' },
  })),
  yamlIndentedValue: syntax((p: { key?: string; nextKey?: string }) => ({
    nl: {
      message: `deze regel springt verder in dan ${p.key ? `"${p.key}:"` : 'de regel'} erboven, dus leest YAML hem als een deel van die waarde`,
      hint:
        p.nextKey && p.key
          ? `Begin "${p.nextKey}:" in dezelfde kolom als "${p.key}:", of zet hem onder een sleutel die op ":" eindigt en geen waarde heeft.`
          : 'Zet de regel gelijk met de sleutels van zijn blok (dezelfde kolom), of zet de tekst erboven tussen aanhalingstekens.',
    },
    en: {
      message: `this line is indented further than ${p.key ? `"${p.key}:"` : 'the line'} above it, so YAML reads it as part of that value`,
      hint:
        p.nextKey && p.key
          ? `Start "${p.nextKey}:" in the same column as "${p.key}:", or indent it under a key that ends with ":" and has no value.`
          : 'Line it up with the keys of its block (same column), or put the text above between quotes.',
    },
  })),
  yamlColonInValue: syntax((p: { key?: string }) => ({
    nl: {
      message: `de tekst ${p.key ? `van "${p.key}" ` : ''}bevat ": ", en dat leest YAML als het begin van een nieuwe sleutel`,
      hint: p.key ? `Zet de hele tekst tussen aanhalingstekens: ${p.key}: "…"` : 'Zet de hele tekst tussen aanhalingstekens.',
    },
    en: {
      message: `the text ${p.key ? `of "${p.key}" ` : ''}contains ": ", which YAML reads as the start of another key`,
      hint: p.key ? `Put the whole text between quotes: ${p.key}: "…"` : 'Put the whole text between quotes.',
    },
  })),
  yamlUnclosedFlow: syntax((p: { open: string; close: string }) => ({
    nl: {
      message: `de "${p.open}" hier wordt nooit gesloten met "${p.close}"`,
      hint: `Zet "${p.close}" aan het einde van de lijst, op dezelfde regel, bv. paragraphs: [3, 4]`,
    },
    en: {
      message: `the "${p.open}" here is never closed with "${p.close}"`,
      hint: `Add "${p.close}" at the end of the list, on the same line, e.g. paragraphs: [3, 4]`,
    },
  })),
  yamlKeyMisaligned: syntax(() => ({
    nl: {
      message: 'deze sleutel staat niet gelijk met de sleutels erboven',
      hint: 'Sleutels van hetzelfde blok beginnen in dezelfde kolom; spring in met spaties, 2 per niveau.',
    },
    en: {
      message: 'this key does not line up with the keys above it',
      hint: 'Keys of the same block start in the same column; indent with spaces, 2 per level.',
    },
  })),
  yamlUnclosedQuote: syntax((p: { quote: string }) => ({
    nl: {
      message: `het aanhalingsteken ${p.quote} dat hier begint, wordt nooit gesloten`,
      hint: `Zet het sluitende ${p.quote} aan het einde van de tekst. Wil je ${p.quote} in de tekst zelf gebruiken, zet de tekst dan tussen de andere soort aanhalingstekens.`,
    },
    en: {
      message: `the quote ${p.quote} that starts here is never closed`,
      hint: `Add the closing ${p.quote} at the end of the text. To use ${p.quote} inside the text, use the other kind of quotes around it.`,
    },
  })),
  yamlNoColon: syntax(() => ({
    nl: { message: 'na de sleutel op deze regel staat geen ":"', hint: 'Schrijf "sleutel: waarde", of begin de regel met "- " als het een item van een lijst is.' },
    en: { message: 'this line has no ":" after its key', hint: 'Write "key: value", or start the line with "- " if it is an item of a list.' },
  })),
  /** `example` is the start of the value as written, to show it between quotes. */
  yamlBadStart: syntax((p: { char: string; key?: string; example: string }) => ({
    nl: {
      message: `een waarde kan niet met ${p.char} beginnen, tenzij ze tussen aanhalingstekens staat`,
      hint: p.key ? `Zet de tekst tussen aanhalingstekens: ${p.key}: "${p.example}"` : 'Zet de tekst tussen aanhalingstekens.',
    },
    en: {
      message: `a value cannot start with ${p.char} unless it is between quotes`,
      hint: p.key ? `Put the text between quotes: ${p.key}: "${p.example}"` : 'Put the text between quotes.',
    },
  })),
  yamlTextAfterQuote: syntax(() => ({
    nl: {
      message: 'na het sluitende aanhalingsteken staat nog tekst',
      hint: 'Zet de hele tekst binnen de aanhalingstekens. Wil je een aanhalingsteken in de tekst, gebruik dan de andere soort eromheen (‘…’ binnen "…").',
    },
    en: {
      message: 'there is more text after the closing quote',
      hint: 'Put all of the text inside the quotes. To use a quote inside the text, use the other kind of quotes around it (‘…’ inside "…").',
    },
  })),
  /** `detail` is the parser's own words ("unexpected flow-map-end"). */
  yamlUnexpected: syntax((p: { detail: string }) => ({
    nl: {
      message: `dit past niet in de structuur erboven (${p.detail})`,
      hint: 'Controleer het inspringen, en zet geen "- "-items en "sleutel: waarde"-regels door elkaar op hetzelfde niveau.',
    },
    en: {
      message: `this does not fit the structure above it (${p.detail})`,
      hint: 'Check the indentation, and do not mix "- " items and "key: value" lines at the same level.',
    },
  })),
  /** Mistakes the messages above do not cover: the parser's words, and where to look. */
  yamlOtherKeys: syntax((p: { detail: string }) => ({
    nl: { message: p.detail, hint: 'Controleer het inspringen: sleutels van hetzelfde blok beginnen in dezelfde kolom.' },
    en: { message: p.detail, hint: 'Check the indentation: keys of the same block start in the same column.' },
  })),
  yamlOtherItems: syntax((p: { detail: string }) => ({
    nl: { message: p.detail, hint: 'Controleer het inspringen: items van dezelfde lijst of hetzelfde blok beginnen in dezelfde kolom.' },
    en: { message: p.detail, hint: 'Check the indentation: items of the same list or block start in the same column.' },
  })),
  yamlOther: syntax((p: { detail: string }) => ({
    nl: { message: p.detail, hint: 'Vergelijk met een voorbeeldles in lessons/, of zet tekst met ":" of "#" tussen aanhalingstekens.' },
    en: { message: p.detail, hint: 'Compare with an example lesson in lessons/, or put text containing ":" or "#" between quotes.' },
  })),

  yamlForbiddenKey: message('GK_YAML_FORBIDDEN_KEY', (p: { key: string }) => ({
    nl: {
      message: `de sleutel "${p.key}" is niet toegestaan: hij heeft een speciale betekenis in JavaScript`,
      hint: 'Verwijder deze sleutel (of geef hem een andere naam); geen enkele les of brontekst gebruikt hem.',
    },
    en: {
      message: `the key "${p.key}" is not allowed: it has a special meaning inside JavaScript`,
      hint: 'Remove this key (or rename it); no lesson or source text uses it.',
    },
  })),
  yamlAlias: message('GK_YAML_ALIAS', (p: { name: string }) => ({
    nl: {
      message: `een waarde die met "*" begint, is in YAML een alias, en er staat geen anker "&${p.name}" voor`,
      hint: 'Zet de tekst tussen aanhalingstekens als de "*" gewoon tekst is (bv. voor *nadruk*).',
    },
    en: {
      message: `a value that starts with "*" is a YAML alias, and there is no anchor "&${p.name}" before it`,
      hint: 'Put the text between quotes if the "*" is meant as text (e.g. for *emphasis*).',
    },
  })),
  yamlAliases: message('GK_YAML_ALIASES', (p: { max: number }) => ({
    nl: {
      message: `de YAML herhaalt aliassen (*naam) meer dan ${p.max} keer, en kan zo enorm groot worden`,
      hint: 'Schrijf de tekst voluit in plaats van hem te herhalen met &anker en *alias.',
    },
    en: {
      message: `the YAML expands aliases (*name) more than ${p.max} times, which could make it huge`,
      hint: 'Write the text out instead of repeating it with &anchor and *alias.',
    },
  })),
};
