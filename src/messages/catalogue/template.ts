import { message, type Bilingual, type Lang, type Params } from '../define.js';
import { didYouMean, orList } from '../phrases.js';

const BLOCKS = {
  nl: 'Elke {{#if …}} / {{#each …}} / {{#with …}} heeft een eigen {{/if}} / {{/each}} / {{/with}} nodig; blokken sluiten in de omgekeerde volgorde waarin ze openen.',
  en: 'Every {{#if …}} / {{#each …}} / {{#with …}} needs its own {{/if}} / {{/each}} / {{/with}}; blocks close in the reverse order they open.',
};

/** Handlebars' parser tokens, in words. */
const TOKENS: Record<string, Record<Lang, string>> = {
  EOF: { nl: 'het einde van het sjabloon', en: 'the end of the template' },
  CLOSE: { nl: '"}}"', en: '"}}"' },
  CLOSE_UNESCAPED: { nl: '"}}}"', en: '"}}}"' },
  OPEN: { nl: '"{{"', en: '"{{"' },
  OPEN_BLOCK: { nl: '"{{#"', en: '"{{#"' },
  OPEN_ENDBLOCK: { nl: 'een sluitende "{{/…}}"', en: 'a closing "{{/…}}"' },
  OPEN_INVERSE: { nl: '"{{^"', en: '"{{^"' },
  INVERSE: { nl: '"{{else}}"', en: '"{{else}}"' },
  OPEN_INVERSE_CHAIN: { nl: '"{{else …}}"', en: '"{{else …}}"' },
  OPEN_PARTIAL: { nl: '"{{>"', en: '"{{>"' },
  SEP: { nl: '"/"', en: '"/"' },
  ID: { nl: 'een naam', en: 'a name' },
  STRING: { nl: 'een tekst tussen aanhalingstekens', en: 'a text in quotes' },
  NUMBER: { nl: 'een getal', en: 'a number' },
  EQUALS: { nl: '"="', en: '"="' },
  OPEN_SEXPR: { nl: '"("', en: '"("' },
  CLOSE_SEXPR: { nl: '")"', en: '")"' },
  DATA: { nl: '"@"', en: '"@"' },
  CONTENT: { nl: 'tekst', en: 'text' },
  INVALID: { nl: 'een teken dat hier niet mag', en: 'a character that is not allowed here' },
};

/** Tokens the words above can name. */
export function isKnownToken(token: string): boolean {
  return Object.hasOwn(TOKENS, token);
}

const PREFIX = { nl: 'sjabloonfout: ', en: 'template syntax error: ' };

/** A template syntax error (code GK_TEMPLATE_SYNTAX), prefixed in every language. */
function syntax<P extends Params>(words: (p: P) => Bilingual) {
  return message('GK_TEMPLATE_SYNTAX', (p: P) => {
    const w = words(p);
    return { nl: { ...w.nl, message: PREFIX.nl + w.nl.message }, en: { ...w.en, message: PREFIX.en + w.en.message } };
  });
}

/** Templates: finding them, their syntax, and what they may use. */
export const templateMessages = {
  templateNotFound: message('GK_TEMPLATE_NOT_FOUND', (p: { name: string; dirs: readonly string[] }) => ({
    nl: { message: `er is geen sjabloon "${p.name}.hbs"`, hint: `Zet ${p.name}.hbs in een van deze mappen: ${p.dirs.join(', ')}.` },
    en: { message: `there is no template "${p.name}.hbs"`, hint: `Put ${p.name}.hbs in one of: ${p.dirs.join(', ')}.` },
  })),
  templatesFolder: message('GK_TEMPLATES_FOLDER', () => ({
    nl: {
      message: 'de sjablonenmap bestaat niet of is geen map',
      hint: 'Controleer het pad bij --templates: het is de map met je .hbs-bestanden (en hun map partials/).',
    },
    en: {
      message: 'the templates folder does not exist or is not a folder',
      hint: 'Check the path given with --templates: it is the folder that holds your .hbs files (and their partials/ folder).',
    },
  })),
  partialsFolderIsFile: message('GK_FILE_NOT_FOLDER', () => ({
    nl: {
      message: 'de map partials is een bestand, geen map',
      hint: 'Geef dat bestand een andere naam: "partials" moet de map zijn met de .hbs-bestanden van de onderdelen.',
    },
    en: {
      message: 'the partials folder is a file, not a folder',
      hint: 'Rename that file: "partials" must be the folder that holds the partial .hbs files.',
    },
  })),

  templateMismatchedClose: syntax((p: { open: string; close: string }) => ({
    nl: { message: `{{#${p.open}}} wordt gesloten met {{/${p.close}}}`, hint: `Sluit het met {{/${p.open}}}. ${BLOCKS.nl}` },
    en: { message: `{{#${p.open}}} is closed with {{/${p.close}}}`, hint: `Close it with {{/${p.open}}}. ${BLOCKS.en}` },
  })),
  templateUnclosedComment: syntax(() => ({
    nl: { message: 'dit commentaar {{!-- wordt nooit gesloten met --}}', hint: 'Sluit het commentaar af met --}}.' },
    en: { message: 'this comment {{!-- is never closed with --}}', hint: 'End the comment with --}}.' },
  })),
  templateUnreadable: syntax(() => ({
    nl: { message: 'tekst die Handlebars niet kan lezen', hint: 'Controleer de {{ … }} op deze regel: namen, aanhalingstekens en haakjes.' },
    en: { message: 'text that Handlebars cannot read', hint: 'Check the {{ … }} on this line: names, quotes and brackets.' },
  })),
  templateUnclosedBlock: syntax((p: { name: string }) => ({
    nl: { message: `{{#${p.name}}} wordt nooit gesloten met {{/${p.name}}}`, hint: `Zet {{/${p.name}}} waar het blok moet eindigen. ${BLOCKS.nl}` },
    en: { message: `{{#${p.name}}} is never closed with {{/${p.name}}}`, hint: `Add {{/${p.name}}} where the block should end. ${BLOCKS.en}` },
  })),
  templateUnclosedMustache: syntax(() => ({
    nl: { message: 'deze {{ wordt nooit gesloten met }}', hint: 'Sluit hem met }} op dezelfde regel, bv. {{lesson.title}}.' },
    en: { message: 'this {{ is never closed with }}', hint: 'Close it with }} on the same line, e.g. {{lesson.title}}.' },
  })),
  templateStrayClose: syntax(() => ({
    nl: { message: 'deze {{/…}} sluit een blok dat nooit geopend werd', hint: `Haal hem weg, of zet de bijbehorende {{#…}} erboven. ${BLOCKS.nl}` },
    en: { message: 'this {{/…}} closes a block that was never opened', hint: `Remove it, or add the matching {{#…}} above it. ${BLOCKS.en}` },
  })),
  templateStrayElse: syntax(() => ({
    nl: { message: '{{else}} buiten een {{#if}}- of {{#each}}-blok, of een tweede {{else}} in één blok', hint: 'Gebruik {{else}} één keer, tussen {{#if …}} en {{/if}}.' },
    en: { message: '{{else}} outside an {{#if}} or {{#each}} block, or a second {{else}} in one block', hint: 'Use {{else}} once, between {{#if …}} and {{/if}}.' },
  })),
  templateInvalidChar: syntax(() => ({
    nl: {
      message: 'deze {{ … }} is niet gesloten, of bevat een teken dat hier niet mag',
      hint: 'Sluit hem met }} op dezelfde regel, en zet teksten tussen gelijke aanhalingstekens: {{eq kind "box"}}.',
    },
    en: {
      message: 'this {{ … }} is not closed, or holds a character that is not allowed',
      hint: 'Close it with }} on the same line, and put texts between matching quotes: {{eq kind "box"}}.',
    },
  })),
  templatePartialBySyntaxPath: syntax(() => ({
    nl: { message: 'een onderdeel voeg je in met zijn naam, niet met een pad', hint: 'Schrijf {{> naam}} voor het bestand partials/naam.hbs in een sjablonenmap.' },
    en: { message: 'a partial is included by its name, not by a path', hint: 'Write {{> name}} for the file partials/name.hbs in a template folder.' },
  })),
  templateMissingBeforeClose: syntax(() => ({
    nl: { message: 'er ontbreekt iets voor "}}"', hint: 'Schrijf de naam of waarde die daar hoort, bv. {{> glossary}} of {{#if lesson.intro}}.' },
    en: { message: 'something is missing before "}}"', hint: 'Write the name or value that belongs there, e.g. {{> glossary}} or {{#if lesson.intro}}.' },
  })),
  /** `got` and `expected` are Handlebars' token names (EOF, CLOSE, …). */
  templateUnexpected: syntax((p: { got: string; expected: readonly string[] }) => {
    const words = (lang: Lang) => {
      const wanted = [...new Set(p.expected.filter(isKnownToken).map((t) => TOKENS[t]![lang]))];
      const got = TOKENS[p.got]?.[lang] ?? p.got;
      const list = wanted.length > 0 && wanted.length <= 3 ? orList(wanted, lang) : '';
      return lang === 'nl'
        ? { message: `onverwacht ${got}${list ? `; verwacht: ${list}` : ''}`, hint: 'Controleer of elke {{ zijn }} heeft en elk {{#blok}} zijn {{/blok}}.' }
        : { message: `unexpected ${got}${list ? `; expected ${list}` : ''}`, hint: 'Check that every {{ has its }} and every {{#block}} its {{/block}}.' };
    };
    return { nl: words('nl'), en: words('en') };
  }),

  templatePartialPath: message('GK_TEMPLATE_PARTIAL_PATH', (p: { name: string }) => ({
    nl: {
      message: `het onderdeel "${p.name}" is een pad; onderdelen voeg je alleen met hun naam in`,
      hint: 'Schrijf {{> naam}} voor partials/naam.hbs in je sjablonenmap of de ingebouwde; een sjabloon kan geen andere bestanden invoegen.',
    },
    en: {
      message: `the partial "${p.name}" is a path; partials are included by name only`,
      hint: 'Write {{> name}} for partials/name.hbs in your template folder or the built-in one; templates cannot include other files.',
    },
  })),
  templateForbidden: message('GK_TEMPLATE_FORBIDDEN', (p: { name: string }) => ({
    nl: {
      message: `sjablonen mogen "${p.name}" niet gebruiken: dat hoort niet bij de lesgegevens, het is iets intern van JavaScript`,
      hint: 'Haal het weg; sjablonen kunnen de velden gebruiken die in templates/README.md staan.',
    },
    en: {
      message: `templates may not use "${p.name}": it is not lesson data but a JavaScript internal`,
      hint: 'Remove it; templates can use the fields listed in templates/README.md.',
    },
  })),
  templateForbiddenLookup: message('GK_TEMPLATE_FORBIDDEN', (p: { name: string }) => ({
    nl: {
      message: `sjablonen mogen "${p.name}" niet opzoeken: dat hoort niet bij de lesgegevens, het is iets intern van JavaScript`,
      hint: 'Gebruik lookup alleen met namen van velden uit de gegevens, bv. (lookup questions 0).',
    },
    en: {
      message: `templates may not look up "${p.name}": it is not lesson data but a JavaScript internal`,
      hint: 'Use lookup only with names of fields in the data, e.g. (lookup questions 0).',
    },
  })),
  templateUnknownName: message('GK_TEMPLATE_UNKNOWN_NAME', (p: { name: string; guess?: string }) => ({
    nl: {
      message: `"${p.name}" is hier geen veld van de lesgegevens${didYouMean(p.guess, 'nl')}`,
      hint: 'Controleer de spelling; templates/README.md somt de velden op. Binnen {{#each}} gebruik je de velden van het item rechtstreeks, bv. {{prompt}}.',
    },
    en: {
      message: `"${p.name}" is not a field of the lesson data here${didYouMean(p.guess, 'en')}`,
      hint: 'Check the spelling; templates/README.md lists the fields. Inside {{#each}}, fields of the item are used directly, e.g. {{prompt}}.',
    },
  })),
  templateUnknownPartial: message('GK_TEMPLATE_UNKNOWN_PARTIAL', (p: { name: string; guess?: string; known: readonly string[] }) => ({
    nl: {
      message: `er is geen onderdeel "${p.name}"${didYouMean(p.guess, 'nl')}`,
      hint: `Gebruik een van de onderdelen (de .hbs-bestanden in partials/): ${p.known.join(', ')}.`,
    },
    en: {
      message: `there is no partial "${p.name}"${didYouMean(p.guess, 'en')}`,
      hint: `Use one of the partials (the .hbs files in partials/): ${p.known.join(', ')}.`,
    },
  })),
  templateUnknownHelper: message('GK_TEMPLATE_UNKNOWN_HELPER', (p: { name: string; guess?: string; helpers: readonly string[] }) => ({
    nl: {
      message: `er is geen helper "${p.name}"${didYouMean(p.guess, 'nl')}`,
      hint: `Helpers: ${p.helpers.join(', ')} (templates/README.md toont hoe je ze gebruikt).`,
    },
    en: {
      message: `there is no helper "${p.name}"${didYouMean(p.guess, 'en')}`,
      hint: `Helpers: ${p.helpers.join(', ')} (templates/README.md shows how to use them).`,
    },
  })),
  /** `detail` is Handlebars' own words. */
  templateRuntime: message('GK_TEMPLATE_RUNTIME', (p: { detail: string }) => ({
    nl: { message: `fout in het sjabloon: ${p.detail}`, hint: 'Vergelijk de {{ … }} op deze plaats met templates/README.md.' },
    en: { message: `template error: ${p.detail}`, hint: 'Check the {{ … }} at this place against templates/README.md.' },
  })),
};
