import { expect } from 'chai';
import { describeProblem, formatProblem, problem } from '../../src/errors.js';
import { MESSAGES } from '../../src/messages/catalogue.js';
import { LANGUAGES } from '../../src/messages/define.js';
import { pickLanguage } from '../../src/messages/lang.js';

/** Parameters that fill any message: every name a message may read gets a plausible value. */
const anyParams = new Proxy({}, { get: (_t, name) => (typeof name === 'string' && /count|line|col|n$|max|size|bytes|limit/i.test(name) ? 3 : `«${String(name)}»`) });

describe('messages/catalogue', () => {
  it('gives every message words in every language, with a code', () => {
    for (const [key, def] of Object.entries(MESSAGES)) {
      expect(def.code, key).to.match(/^GK_[A-Z0-9_]+$/);
      const words = def.words(anyParams as never);
      for (const lang of LANGUAGES) {
        expect(words[lang]?.message, `${key} in ${lang}`).to.be.a('string').and.not.equal('');
      }
      // A hint in one language is a hint in all of them.
      expect(LANGUAGES.map((lang) => words[lang].hint === undefined), `${key}: hint in some languages only`).to.satisfy((h: boolean[]) => h.every((x) => x === h[0]));
    }
  });

  it('shows a problem in the language asked for, with the same code and position', () => {
    const p = problem('noLessons', {}, { file: 'lessons', line: 1, col: 2 });
    expect(formatProblem(p, 'nl')).to.match(/^lessons:1:2: in deze map staan geen lesbestanden .* \[GK_NO_LESSONS\]/);
    expect(formatProblem(p, 'en')).to.match(/^lessons:1:2: this folder holds no lesson files .* \[GK_NO_LESSONS\]/);
    // Problems cross threads as plain data: the words come back from the key.
    expect(describeProblem(JSON.parse(JSON.stringify(p)), 'nl').message).to.equal(describeProblem(p, 'nl').message);
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
