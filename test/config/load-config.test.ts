import { expect } from 'chai';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/node/library.js';
import { KitError } from '../../src/errors.js';
import { resolveOptions } from '../../src/node/options.js';
import { runCli } from '../helpers/cli.js';
import { BUILTIN_LESSONS_DIR, FIXTURES } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { english } from '../helpers/words.js';

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof KitError) return e.problems;
    throw e;
  }
  throw new Error('expected a KitError');
}

function configIn(dir: string, text: string): string {
  const file = join(dir, 'gesprekskit.config.yaml');
  writeFileSync(file, text);
  return file;
}

describe('config: gesprekskit.config.yaml', () => {
  it('resolves paths from the folder of the config file, not the working folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mijn-lessen'));
    mkdirSync(join(dir, 'sjablonen'));
    copyFileSync(join(FIXTURES, 'school', 'logo.jpg'), join(dir, 'logo.jpg'));
    const file = configIn(dir, 'school:\n  name: Atheneum\n  logo: logo.jpg\n  contact: De leerlingenbegeleiding\nlessons: mijn-lessen\ntemplates: sjablonen\noutput: pdf\npage_size: letter\nlabels: en\naccent: "#AA3300"\n');
    const options = resolveOptions(loadConfig(file).input);
    expect(options.lessonsDir).to.equal(join(dir, 'mijn-lessen'));
    expect(options.templateDirs[0]).to.equal(join(dir, 'sjablonen'));
    expect(options.outDir).to.equal(join(dir, 'pdf'));
    expect(options.school).to.deep.include({ name: 'Atheneum', contact: 'De leerlingenbegeleiding', logo: join(dir, 'logo.jpg') });
    // Where name and contact are written, to point there when they cannot be printed.
    expect(options.school.places).to.deep.equal({ name: { file, line: 2, col: 9 }, contact: { file, line: 4, col: 12 } });
    expect(options.pageSize).to.equal('LETTER');
    expect(options.labels).to.equal('en');
    expect(options.accent).to.equal('#aa3300');
  });

  it('a config of only comments is an empty config', () => {
    const dir = tempDir();
    const config = loadConfig(configIn(dir, '# nothing set yet\n'));
    expect(resolveOptions(config.input).pageSize).to.equal('A4');
  });

  it('reports unknown keys and wrong values at their line and column, with a suggestion', () => {
    const dir = tempDir();
    const file = configIn(dir, 'school:\n  naam: Atheneum\npage_size: A5\naccent: blue\nlabels: fr\n');
    const problems = problemsOf(() => loadConfig(file));
    const at = (code: string, line: number) => problems.find((p) => p.code === code && p.line === line);
    expect(english(at('GK_SCHEMA_UNKNOWN_KEY', 2)).message).to.include('did you mean "name"');
    expect(at('GK_SCHEMA_UNKNOWN_KEY', 2)?.col).to.equal(3);
    expect(english(at('GK_SCHEMA_VALUE', 3)).message).to.include('A4');
    expect(at('GK_SCHEMA_PATTERN', 4)?.col).to.equal(9);
    expect(english(at('GK_SCHEMA_VALUE', 5)).message).to.include('nl, en');
    for (const p of problems) expect(p.file).to.equal(file);
  });

  it('names the config line of a logo that is missing', () => {
    const dir = tempDir();
    const file = configIn(dir, 'school:\n  name: Atheneum\n  logo: beeld/logo.png\n');
    const [p] = problemsOf(() => loadConfig(file));
    expect(p).to.include({ code: 'GK_FILE_NOT_FOUND', file, line: 3, col: 9 });
    expect(english(p).message).to.include(`the logo "beeld/logo.png" does not exist (looked for ${join(dir, 'beeld', 'logo.png')})`);
  });

  it('names the config line of a logo that is not a usable image', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.png'), readFixturePrefix(40));
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const cut = problemsOf(() => loadConfig(configIn(dir, 'school:\n  logo: logo.png\n')));
    expect(cut[0]).to.include({ code: 'GK_IMAGE_INVALID', line: 2 });
    expect(english(cut[0]).message).to.include('is a damaged PNG file');
    const svg = problemsOf(() => loadConfig(configIn(dir, 'school:\n  logo: logo.svg\n')));
    expect(english(svg[0]).message).to.include('is an SVG file; only PNG and JPEG images work');
  });

  it('names the config line of a folder that does not exist', () => {
    const dir = tempDir();
    const file = configIn(dir, 'lessons: lesen\n');
    const [p] = problemsOf(() => loadConfig(file));
    expect(p).to.include({ code: 'GK_CONFIG_FOLDER', line: 1, col: 10 });
  });
});

/** The first bytes of a real PNG: a file cut off while copying. */
function readFixturePrefix(bytes: number): Buffer {
  return readFileSync(join(FIXTURES, 'school', 'logo.png')).subarray(0, bytes);
}

describe('config: flags override the config, the config overrides the defaults', () => {
  let school: string;
  before(() => {
    school = tempDir();
    mkdirSync(join(school, 'lessons'));
    copyFileSync(join(BUILTIN_LESSONS_DIR, 'identiteit.yaml'), join(school, 'lessons', 'identiteit.yaml'));
    configIn(school, 'school:\n  name: Atheneum Voorbeeld\npage_size: letter\nlabels: en\noutput: uit-config\n');
  });

  it('uses the config found in the working folder', async () => {
    const run = await runCli(['build'], school);
    expect(run.code, run.err).to.equal(0);
    const pdf = await readPdf(join(school, 'uit-config', 'identiteit', 'worksheet.pdf'));
    expect(pdf.pages[0]!.width).to.be.closeTo(612, 0.5);
    expect(pdf.text).to.include('page 1 of').and.to.include('Atheneum Voorbeeld');
  });

  it('a flag wins over the config, and relative flag paths start in the working folder', async () => {
    const out = join(school, 'uit-vlag');
    const run = await runCli(['build', '--out', 'uit-vlag', '--page-size', 'a4', '--labels', 'nl'], school);
    expect(run.code, run.err).to.equal(0);
    const pdf = await readPdf(join(out, 'identiteit', 'worksheet.pdf'));
    expect(pdf.pages[0]!.width).to.be.closeTo(595.28, 0.5);
    expect(pdf.text).to.include('pagina 1 van').and.to.include('Atheneum Voorbeeld');
  });

  it('--config points at a config elsewhere; its folder is the base for its paths', async () => {
    const elsewhere = tempDir();
    const run = await runCli(['build', '--config', join(school, 'gesprekskit.config.yaml'), '--out', 'hier'], elsewhere);
    expect(run.code, run.err).to.equal(0);
    const pdf = await readPdf(join(elsewhere, 'hier', 'identiteit', 'worksheet.pdf'));
    expect(pdf.text).to.include('Atheneum Voorbeeld');
  });

  it('a broken config stops the command with its file:line:col and exit code 1', async () => {
    const dir = tempDir();
    configIn(dir, 'school:\n  name: [unclosed\n');
    const run = await runCli(['validate'], dir);
    expect(run.code).to.equal(1);
    expect(run.err).to.match(/^gesprekskit\.config\.yaml:\d+:\d+: YAML-fout/m);
  });

  it('--config with a file that does not exist is wrong usage (exit 2)', async () => {
    const run = await runCli(['build', '--config', 'nergens.yaml'], tempDir());
    expect(run.code).to.equal(2);
    expect(run.err).to.include('het instellingenbestand bij --config bestaat niet');
  });
});
