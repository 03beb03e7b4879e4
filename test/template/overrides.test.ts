import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPartials, findTemplate } from '../../src/template/template-files.js';
import { BUILTIN_TEMPLATES } from '../../src/node/paths.js';
import { buildInto } from '../helpers/kit.js';
import { readPdf, squash } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

describe('template: a school’s templates layered over the built-in ones', () => {
  let mine: string;
  let plain: string;
  let custom: string;

  before(async () => {
    mine = tempDir();
    mkdirSync(join(mine, 'partials'));
    // Only the page header is the school's; every other template and partial stays built-in.
    writeFileSync(
      join(mine, 'partials', 'page-header.hbs'),
      '::title text="{{lesson.title}} – {{piece.label}}"\n::running-header left="Vak MAVO · {{lesson.title}}" right="{{piece.label}} – klas 4"\n',
    );
    writeFileSync(join(mine, 'worksheet.hbs.bak'), 'not a template');
    plain = tempDir();
    custom = tempDir();
    await buildInto(plain, { lessons: ['identiteit'] });
    const result = await buildInto(custom, { lessons: ['identiteit'], templatesDir: mine });
    expect(result.failed).to.deep.equal([]);
  });

  it('finds the school’s partial first and the built-in one for the rest', () => {
    const partials = findPartials([mine, BUILTIN_TEMPLATES], nodeFiles);
    expect(partials.find((p) => p.name === 'page-header')!.file).to.equal(join(mine, 'partials', 'page-header.hbs'));
    expect(partials.find((p) => p.name === 'glossary')!.file).to.equal(join(BUILTIN_TEMPLATES, 'partials', 'glossary.hbs'));
    expect(findTemplate([mine, BUILTIN_TEMPLATES], 'worksheet', nodeFiles)!.file).to.equal(join(BUILTIN_TEMPLATES, 'worksheet.hbs'));
  });

  it('the overridden partial changes the header of every page', async () => {
    for (const piece of ['worksheet.pdf', 'teacher-guide.pdf']) {
      const pdf = await readPdf(join(custom, 'identiteit', piece));
      pdf.pages.forEach((p, i) => expect(p.text, `${piece} page ${i + 1}`).to.include('Vak MAVO').and.to.include('klas 4'));
    }
    const before = await readPdf(join(plain, 'identiteit', 'worksheet.pdf'));
    expect(before.text).not.to.include('Vak MAVO');
  });

  it('everything else is what the built-in templates make', async () => {
    for (const piece of ['worksheet.pdf', 'teacher-guide.pdf']) {
      const a = await readPdf(join(plain, 'identiteit', piece));
      const b = await readPdf(join(custom, 'identiteit', piece));
      // The content (what a screen reader reads: no page furniture) is identical.
      expect(squash(b.content)).to.equal(squash(a.content));
      expect(b.pages.length).to.equal(a.pages.length);
    }
  });

  it('an error in the school’s partial names the school’s file and line', async () => {
    const broken = tempDir();
    mkdirSync(join(broken, 'partials'));
    const file = join(broken, 'partials', 'glossary.hbs');
    writeFileSync(file, '| Woord | Uitleg |\n| --- | --- |\n{{#each vocabulary}}\n| {{term}} | {{uitleg}} |\n{{/each}}\n');
    const result = await buildInto(tempDir(), { lessons: ['identiteit'], templatesDir: broken });
    const p = result.failed[0]!.problems[0]!;
    expect(p).to.include({ code: 'GK_TEMPLATE_UNKNOWN_NAME', file, line: 4 });
    expect(readFileSync(file, 'utf8')).to.include('uitleg');
  });
});
