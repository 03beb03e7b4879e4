import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../src/source/parse-source.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { readPdf, squash } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

/** The example source text that lessons/README.md gives teachers to copy. */
function documentedExample(): string {
  const doc = readFileSync(join(PACKAGE_ROOT, 'lessons', 'README.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Bronteksten'));
  const block = /```\n([\s\S]*?)```/.exec(section);
  expect(block, 'code block in "## Bronteksten"').to.not.equal(null);
  return block![1]!;
}

const lesson = (source?: string) => `id: krant
title: "Een les op een artikel"
theme: "nieuws"
audience: "3de graad"
duration: 20
${source ? `source: ${source}\n` : ''}essential_question: "Wat staat er in het artikel?"
objectives: ["De leerlingen vatten ¶2 samen."]
intro: "Een artikel uit de krant."
excerpts:
  - paragraphs: [1, 2]
  - quote: "De tweede alinea."
    paragraph: 3
questions:
  - kind: text-dependent
    prompt: "Wat staat er in ¶2?"
    hint: "¶2: de eerste alinea."
agenda:
  - { phase: Lezen, minutes: 20, teacher: "Leest voor.", students: "Lezen mee." }
`;

describe('source: a second source text, as lessons/README.md documents it', () => {
  it('the documented example parses: front matter, sections, numbered paragraphs', () => {
    const source = parseSource(documentedExample(), 'krantenartikel.md', nodeFiles);
    expect(source.meta).to.include({ id: 'krantenartikel', kind: 'article', publisher: 'Naam van de krant', language: 'nl' });
    expect(source.paragraphs.map((p) => [p.n, p.kind, p.text])).to.deep.equal([
      [1, 'lead', 'De inleiding van het artikel.'],
      [2, 'text', 'De eerste alinea.'],
      [3, 'text', 'De tweede alinea.'],
      [4, 'note', 'Een voetnoot.'],
    ]);
  });

  it('a lesson with "source: krantenartikel" uses lessons/sources/krantenartikel.md, and its quotes are checked against it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lessons', 'sources'), { recursive: true });
    writeFileSync(join(dir, 'lessons', 'sources', 'krantenartikel.md'), documentedExample());
    writeFileSync(join(dir, 'lessons', 'krant.yaml'), lesson('krantenartikel'));
    const run = await runCli(['build', '--out', 'uit'], dir);
    expect(run.code, run.err).to.equal(0);
    const pdf = await readPdf(join(dir, 'uit', 'krant', 'worksheet.pdf'));
    expect(squash(pdf.content)).to.include(squash('De inleiding van het artikel.')).and.to.include(squash('De eerste alinea.'));
    expect(squash(pdf.content)).to.include(squash('Artikel van … in …, overgenomen met toestemming.'));

    writeFileSync(join(dir, 'lessons', 'krant.yaml'), lesson('krantenartikel').replace('De tweede alinea.', 'Ik ben vader, Europeaan, Belg.'));
    const wrong = await runCli(['validate'], dir);
    expect(wrong.code).to.equal(1);
    expect(wrong.err).to.match(/lessons\/krant\.yaml:\d+:\d+: citaat niet gevonden in de brontekst krantenartikel/);
  });

  it('--source FILE gives lessons without "source:" that text, from anywhere', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'teksten'));
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'teksten', 'krantenartikel.md'), documentedExample());
    writeFileSync(join(dir, 'lessons', 'krant.yaml'), lesson());
    // Without it the lesson gets the default interview, where the quote is not.
    expect((await runCli(['validate'], dir)).code).to.equal(1);
    const run = await runCli(['build', '--source', 'teksten/krantenartikel.md', '--out', 'uit'], dir);
    expect(run.code, run.err).to.equal(0);
    expect((await readPdf(join(dir, 'uit', 'krant', 'worksheet.pdf'))).content).to.include('De eerste alinea.');
  });

  it('default_source in the config may be a file too, relative to the config', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'teksten'));
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'teksten', 'krantenartikel.md'), documentedExample());
    writeFileSync(join(dir, 'lessons', 'krant.yaml'), lesson());
    writeFileSync(join(dir, 'gesprekskit.config.yaml'), 'default_source: teksten/krantenartikel.md\n');
    const run = await runCli(['validate'], join(dir));
    expect(run.code, run.err).to.equal(0);
  });

  it('--source with a file that does not exist is wrong usage', async () => {
    const run = await runCli(['validate', '--source', 'teksten/nergens.md'], tempDir());
    expect(run.code).to.equal(2);
    expect(run.err).to.include('de brontekst bij --source bestaat niet');
  });
});
