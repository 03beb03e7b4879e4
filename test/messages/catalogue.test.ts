import { expect } from 'chai';
import { describeProblem, formatProblem, problem } from '../../src/errors.js';
import { MESSAGE_AREAS, MESSAGES, type MessageKey, type ParamsOf } from '../../src/messages/catalogue.js';
import { CLI_WORDS } from '../../src/messages/cli-words.js';
import { LANGUAGES, type Lang, type Words } from '../../src/messages/define.js';
import { pickLanguage } from '../../src/messages/lang.js';
import { NOUNS, type Noun } from '../../src/messages/nouns.js';

/** Parameters that fill any message: every name a message may read gets a plausible value. */
const anyParams = new Proxy(
  {},
  {
    get: (_t, name) => {
      if (typeof name !== 'string') return undefined;
      if (/count|line|col|^n$|max|min|size|bytes|limit|total|duration|last|found|given|near|length|width|height|kb|mb|example|more/i.test(name)) return 3;
      if (/^(paths|dirs|known|keys|kinds|allowed|helpers|pieces|blocks|attrs|values|expected|found|chars|types)$/.test(name)) return [`«${name}1»`, `«${name}2»`];
      return `«${name}»`;
    },
  },
);

/**
 * Parameters that choose between wordings (an enumeration, not free text): each message is
 * shown with every variant listed here, on top of anyParams (`undefined` leaves one out).
 */
const VARIANTS: { [K in MessageKey]?: Partial<ParamsOf<K>>[] } = {
  imageFormat: [{ format: 'gif' }, { format: 'svg' }, { format: 'pdf' }, { format: undefined }],
  imageDamaged: [{ format: 'png', damage: 'cut-off' }, { format: 'jpeg', damage: undefined }, { format: 'png', damage: 'incomplete' }],
  schemaType: [
    { types: ['string'], fix: 'text-not-list', valueKind: 'list' },
    { types: ['string'], fix: 'text-not-block', valueKind: 'block' },
    { types: ['string'], fix: 'quote', valueKind: 'number', valueText: '3' },
    { types: ['integer'], fix: 'unquote', valueKind: 'text', valueText: '50', written: '50' },
    { types: ['integer', 'null'], fix: 'write-as', valueKind: 'text', valueText: 'tien' },
  ],
  schemaEnum: [{ valueKind: 'text', valueText: 'A5', allowed: ['A4', 'letter'] }],
  schemaRange: [{ bound: 'between', min: 10, max: 200 }, { bound: 'min', limit: 1 }, { bound: 'max', limit: 20 }],
  schemaPattern: [
    { rule: 'id', valueKind: 'text', valueText: 'Mijn Les' },
    { rule: 'colour', valueKind: 'text', valueText: 'blue' },
    { rule: 'language', valueKind: 'text', valueText: 'NL' },
  ],
  configFolder: [{ what: 'lessonsFolder' }, { what: 'templatesFolder' }],
  blockAttrSyntax: [{ fault: 'expected', at: 'x' }, { fault: 'no-value', key: 'count' }, { fault: 'unclosed', key: 'label' }],
  blockWrongForm: [{ form: 'leaf' }, { form: 'container' }],
  blockUnknown: [{ form: 'leaf' }, { form: 'container' }],
  templateUnexpected: [{ got: 'EOF', expected: ['CLOSE', 'ID'] }, { got: 'INVALID', expected: [] }],
};

/** Messages about a file take its kind (`what`): every kind reads naturally in every language. */
const NOUN_KEYS = Object.keys(NOUNS) as Noun[];

function renderings(key: MessageKey): { params: object; words: Record<Lang, Words> }[] {
  const def = MESSAGES[key] as { words: (p: never) => Record<Lang, Words> };
  const variants = VARIANTS[key] as object[] | undefined;
  const base: object[] = variants ? variants.map((v) => withDefaults(v)) : [anyParams];
  const usesWhat = /p\.what/.test(def.words.toString()) && !VARIANTS[key];
  const params = usesWhat ? NOUN_KEYS.flatMap((what) => base.map((b) => withDefaults({ ...pick(b), what }))) : base;
  return params.map((p) => ({ params: p, words: def.words(p as never) }));
}

/** A variant on top of anyParams: the listed values, anything else from the proxy. */
function withDefaults(v: object): object {
  return new Proxy(v, { get: (t, name) => (name in t ? (t as Record<string | symbol, unknown>)[name] : (anyParams as Record<string | symbol, unknown>)[name]) });
}

function pick(o: object): object {
  return o === anyParams ? {} : o;
}

/** Words that give away an English sentence left in the Dutch catalogue. */
const ENGLISH = /\b(the|must|cannot|does not|is not|should|there is|with the|of the)\b/;

describe('messages/catalogue', () => {
  it('gives every message words in both languages, with a code, in every wording', () => {
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      expect(MESSAGES[key].code, key).to.match(/^GK_[A-Z0-9_]+$/);
      for (const { params, words } of renderings(key)) {
        const where = `${key} ${JSON.stringify(pick(params))}`;
        for (const lang of LANGUAGES) {
          expect(words[lang]?.message, `${where} in ${lang}`).to.be.a('string').and.not.equal('');
          const text = words[lang].message + (words[lang].hint ?? '');
          expect(text, `${where} in ${lang}`).not.to.match(/\bundefined\b|\[object Object\]|\bNaN\b/);
        }
        // A hint in one language is a hint in all of them.
        expect(
          LANGUAGES.map((lang) => words[lang].hint === undefined),
          `${where}: hint in some languages only`,
        ).to.satisfy((h: boolean[]) => h.every((x) => x === h[0]));
        // Translated, not copied: the same words only where the message is text passed through.
        if (words.nl.message === words.en.message) expect(words.nl.message, `${where}: same words in nl and en`).to.match(/^«\w+»$/);
        if (words.nl.hint !== undefined) expect(words.nl.hint, `${where}: same hint in nl and en`).not.to.equal(words.en.hint);
        expect(`${words.nl.message} ${words.nl.hint ?? ''}`.replace(/«\w+»/g, ''), `${where}: English in the Dutch words`).not.to.match(ENGLISH);
      }
    }
  });

  it('has each key in one area file only', () => {
    const total = MESSAGE_AREAS.reduce((n, area) => n + Object.keys(area).length, 0);
    expect(Object.keys(MESSAGES)).to.have.length(total);
  });

  it('names every kind of file in both languages', () => {
    for (const [what, words] of Object.entries(NOUNS)) for (const lang of LANGUAGES) expect(words[lang], `${what} in ${lang}`).to.be.a('string').and.not.equal('');
  });

  it('has the command line words in both languages, with the same yargs strings overridden where Dutch needs it', () => {
    const shape = (o: unknown): unknown =>
      o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'yargs' ? 'yargs' : shape(v)])) : typeof o;
    expect(shape(CLI_WORDS.nl)).to.deep.equal(shape(CLI_WORDS.en));
    expect(CLI_WORDS.nl.build.pdf('a.pdf', 1, '3 KB')).to.equal('a.pdf  1 pagina  3 KB');
    expect(CLI_WORDS.nl.build.pdf('a.pdf', 2, '3 KB', 1)).to.equal("a.pdf  2 pagina's  3 KB  1 leerling");
    expect(CLI_WORDS.nl.size(1.5 * 1024 * 1024)).to.equal('1,5 MB');
    expect(CLI_WORDS.en.size(1.5 * 1024 * 1024)).to.equal('1.5 MB');
  });

  it('shows a problem in the language asked for, with the same code and position', () => {
    const p = problem('noLessons', {}, { file: 'lessons', line: 1, col: 2 });
    expect(formatProblem(p, 'nl')).to.match(/^lessons:1:2: in deze map staan geen lesbestanden .* \[GK_NO_LESSONS\]\n {2}tip: /);
    expect(formatProblem(p, 'en')).to.match(/^lessons:1:2: this folder holds no lesson files .* \[GK_NO_LESSONS\]\n {2}hint: /);
    // Problems cross threads as plain data: the words come back from the key.
    expect(describeProblem(JSON.parse(JSON.stringify(p)), 'nl').message).to.equal(describeProblem(p, 'nl').message);
  });

  it('names a file by its kind in the reader’s language', () => {
    const p = problem('fileEmpty', { what: 'classList' }, { file: 'klas.csv' });
    expect(formatProblem(p, 'nl')).to.match(/^klas\.csv: de klaslijst is leeg \[GK_FILE_EMPTY\]/);
    expect(formatProblem(p, 'en')).to.match(/^klas\.csv: the class list is empty \[GK_FILE_EMPTY\]/);
  });
});

describe('messages/lang', () => {
  it('takes --lang, then GESPREKSKIT_LANG, then the locale, then Dutch', () => {
    expect(pickLanguage('en', { GESPREKSKIT_LANG: 'nl' })).to.equal('en');
    expect(pickLanguage(undefined, { GESPREKSKIT_LANG: 'en', LANG: 'nl_BE.UTF-8' })).to.equal('en');
    expect(pickLanguage(undefined, { LANG: 'en_GB.UTF-8' })).to.equal('en');
    expect(pickLanguage(undefined, { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8' })).to.equal('nl');
    expect(pickLanguage(undefined, { LC_MESSAGES: 'en', LANG: 'nl_BE' })).to.equal('en');
    expect(pickLanguage(undefined, { LANG: 'fr_BE.UTF-8' })).to.equal('nl');
    expect(pickLanguage(undefined, {})).to.equal('nl');
    expect(pickLanguage(undefined, { LANG: 'C' })).to.equal('nl');
  });
});
