import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/document/parse-document.js';
import type { BuildResult } from '../../src/node/build-kit.js';
import { BUILTIN_LESSONS_DIR, buildInto } from '../helpers/kit.js';
import { runCli } from '../helpers/cli.js';
import { checkPdfUa } from '../helpers/pdfua-check.js';
import { tempDir } from '../helpers/temp.js';

/** A school's worksheet that skips a heading level, empties a figure's description and leaves a table without headers. */
const WORKSHEET = `{{> page-header}}
::namefield

# {{lesson.title}}

### {{t "Vragen"}}

{{#each questions}}
::: question number={{number}}
{{prompt}}

::lines count=2
:::

{{/each}}
::chart center="Ik" items="sport|muziek" empty=2 alt=""

| | |
| --- | --- |
| links | rechts |
`;

describe('kit: a template that makes a PDF harder to read with a screen reader', () => {
  let templates: string;
  let out: string;
  let result: BuildResult;

  before(async () => {
    templates = tempDir();
    writeFileSync(join(templates, 'worksheet.hbs'), WORKSHEET);
    out = tempDir();
    result = await buildInto(out, { lessons: ['identiteit'], templatesDir: templates });
  });

  it('still builds, and warns once per problem with the template file and line', () => {
    expect(result.failed).to.deep.equal([]);
    const file = join(templates, 'worksheet.hbs');
    const found = result.warnings.map((w) => ({ code: w.code, file: w.file, line: w.line }));
    expect(found).to.deep.include({ code: 'GK_A11Y_HEADING_SKIP', file, line: 6 });
    expect(found).to.deep.include({ code: 'GK_A11Y_FIGURE_ALT', file, line: 16 });
    expect(found).to.deep.include({ code: 'GK_A11Y_TABLE_HEADER', file, line: 18 });
    expect(result.warnings).to.have.length(3);
  });

  it('does not claim PDF/UA for that piece, and the checker finds the same problems in the PDF', async () => {
    const worksheet = await checkPdfUa(readFileSync(join(out, 'identiteit', 'worksheet.pdf')), 'worksheet');
    expect(worksheet.claimsPdfUa).to.equal(false);
    expect(worksheet.problems.join('\n')).to.include('MH 14-003').and.to.include('MH 13-004');
    // The built-in pieces next to it still pass, and say so.
    const guide = await checkPdfUa(readFileSync(join(out, 'identiteit', 'teacher-guide.pdf')), 'teacher-guide');
    expect(guide.problems).to.deep.equal([]);
    expect(guide.claimsPdfUa).to.equal(true);
  });

  it('prints the warnings after the files, in the reader’s words', async () => {
    const cwd = tempDir();
    const run = await runCli(['build', 'identiteit', '--lessons', BUILTIN_LESSONS_DIR, '--templates', templates, '--out', join(cwd, 'out')], cwd);
    expect(run.code).to.equal(0);
    expect(run.err).to.match(/^let op: /m);
    expect(run.err).to.include(`${join(templates, 'worksheet.hbs')}:6:1: de kop "Vragen" (niveau 3) volgt op een kop van niveau 1`).and.to.include('[GK_A11Y_HEADING_SKIP]');
    const en = await runCli(['build', 'identiteit', '--lang', 'en', '--lessons', BUILTIN_LESSONS_DIR, '--templates', templates, '--out', join(cwd, 'out')], cwd);
    expect(en.err).to.match(/^warning: /m).and.to.include('level 2 is skipped');
  });

  it('warns about a first heading below level 1, and not about the built-in templates', () => {
    const { warnings } = parseDocument('## Begin\n\nTekst.\n', 'nl-BE');
    expect(warnings.map((w) => w.code)).to.deep.equal(['GK_A11Y_HEADING_START']);
    expect(parseDocument('# Titel\n\n::: tip title="Tip"\nTekst.\n:::\n\n## Kop\n\n### Tussenkop\n', 'nl-BE').warnings).to.deep.equal([]);
  });
});
