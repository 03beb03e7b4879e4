import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { FIXTURES } from '../helpers/kit.js';
import { nodeFiles } from '../../src/node/node-files.js';

const words = (s: string) =>
  s
    .replace(/[‘’'“”"]/g, ' ')
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean);

describe('source: the shipped interview', () => {
  const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);
  const seed = readFileSync(join(FIXTURES, 'seeds', 'interview-somers.txt'), 'utf8');
  const seedWords = words(seed).join(' ');

  it('has its metadata: title, interviewee, publisher named in the text, language', () => {
    expect(source.meta.title).to.match(/^Beste burgemeester ter wereld/);
    expect(source.meta.interviewee).to.equal('Bart Somers');
    expect(source.meta.publisher).to.equal('Kennisplatform Inclusief Samenleven');
    expect(seed).to.include(source.meta.publisher);
    expect(source.meta.language).to.equal('nl');
  });

  it('numbers 29 paragraphs: lead, ten questions with their answers, and the footnote', () => {
    expect(source.paragraphs).to.have.length(29);
    expect(source.paragraphs.map((p) => p.n)).to.deep.equal(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(source.paragraphs[0]!.kind).to.equal('lead');
    expect(source.paragraphs.filter((p) => p.kind === 'question')).to.have.length(10);
    expect(source.paragraphs[28]!.kind).to.equal('note');
    expect(source.paragraphs[28]!.text).to.match(/^\*Binnen het Mechelse politiekorps/);
  });

  it('keeps every paragraph word for word as in the original', () => {
    for (const p of source.paragraphs) {
      expect(seedWords, `¶${p.n}`).to.include(words(p.text).join(' '));
    }
  });

  it('leaves out only web leftovers: category labels, photo captions, repeated pull quotes', () => {
    const kept = source.paragraphs.flatMap((p) => words(p.text)).length;
    const leftovers = [
      source.meta.title.replace(/[‘’]/g, "'"),
      'Artikel',
      'Integratie- en inburgeringsbeleid',
      'mechelen',
      'Mechelen',
      "'Er is geen gouden sleutel die alle problemen oplost. Laten we beginnen met het feit dat ‘de immigrant’ en 'de autochtoon' niet bestaan'",
      "'Samen leven in diversiteit is onze nieuwe realiteit die we met zijn allen moeten omarmen'",
    ];
    const dropped = leftovers.flatMap(words).length;
    expect(kept + dropped).to.equal(words(seed).length);
    const all = source.paragraphs.map((p) => p.text);
    expect(all).not.to.include('mechelen');
    expect(all).not.to.include('Artikel');
  });

  it('separates the interviewer’s questions from the answers that followed them on the same line', () => {
    expect(source.paragraphs[1]!.text).to.equal(
      'De Mechelse bevolking bestaat uit 128 nationaliteiten. Hoe zorgt u ervoor dat alle burgers kansrijk zijn en dat er geen eilandjes ontstaan?',
    );
    expect(source.paragraphs[2]!.text).to.match(/^Ondertussen zijn we zelfs met 131/);
  });
});
