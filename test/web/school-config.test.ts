import { expect } from 'chai';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../../src/errors.js';
import { MemoryFiles, shippedAt } from '../../src/input/memory-files.js';
import { shippedFiles } from '../../src/node/shipped-files.js';
import { readSchoolConfig, writeSchoolConfig, type SchoolSettings } from '../../src/web/school-config.js';
import { SCHOOL_ROOT, SHIPPED_ROOT, shownProblems, WebKit } from '../../src/web/web-kit.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

function memory(): MemoryFiles {
  const files = new MemoryFiles({ cwd: SCHOOL_ROOT, shipped: shippedAt(SHIPPED_ROOT) });
  for (const f of shippedFiles()) files.write(`${SHIPPED_ROOT}/${f.path}`, readFileSync(f.file));
  return files;
}

const settings: SchoolSettings = {
  name: 'Sint-Jozefscollege "De Bron"',
  contact: 'De leerlingenbegeleiding, lokaal B12 # niet op de gang',
  logo: 'logo.png',
  accent: '#7a2f2f',
  pageSize: 'LETTER',
  font: 'atkinson-hyperlegible',
  largePrint: true,
  labels: 'en',
};

describe('web: the school settings as gesprekskit.config.yaml', () => {
  it('are written as a config file the page reads back the same', () => {
    const files = memory();
    files.write('/school/instellingen/gesprekskit.config.yaml', writeSchoolConfig(settings));
    files.write('/school/instellingen/logo.png', readFileSync(join(FIXTURES, 'school', 'logo.png')));
    const read = readSchoolConfig(files, '/school/instellingen/gesprekskit.config.yaml');
    expect(read.settings).to.deep.equal(settings);
    expect(read.logoFile).to.equal('/school/instellingen/logo.png');
    expect(read.ignored).to.deep.equal([]);
  });

  it('are a config file the CLI builds the page’s very sheets from', async () => {
    const school = tempDir();
    writeFileSync(join(school, 'gesprekskit.config.yaml'), writeSchoolConfig(settings));
    copyFileSync(join(FIXTURES, 'school', 'logo.png'), join(school, 'logo.png'));
    const cli = await runCli(['build', 'identiteit'], school);
    expect(cli.code, cli.err).to.equal(0);
    const kit = new WebKit(memory());
    kit.addFile('logo/logo.png', readFileSync(join(FIXTURES, 'school', 'logo.png')));
    const page = await kit.buildPiece('identiteit', 'worksheet', {
      school: { name: settings.name, contact: settings.contact, logo: 'logo/logo.png' },
      accent: settings.accent,
      pageSize: settings.pageSize,
      font: settings.font,
      largePrint: settings.largePrint,
      labels: settings.labels,
    });
    expect(Buffer.from(page.bytes).equals(readFileSync(join(school, 'output', 'identiteit', 'worksheet.pdf')))).to.equal(true);
  });

  it('keep the kit’s colour and the defaults when the file leaves them out, and name the folder keys a page cannot use', () => {
    const files = memory();
    files.write('/school/gesprekskit.config.yaml', 'school:\n  name: Atheneum\nlessons: lessons\noutput: pdf\n');
    const read = readSchoolConfig(files, '/school/gesprekskit.config.yaml');
    expect(read.settings).to.deep.equal({ name: 'Atheneum', contact: '', pageSize: 'A4', font: 'noto-sans', largePrint: false, labels: 'nl' });
    expect(read.ignored).to.deep.equal(['lessons', 'output']);
  });

  it('point at the line of a mistake, and at the logo line when the logo was not opened with the file', () => {
    const files = memory();
    files.write('/school/gesprekskit.config.yaml', 'school:\n  naam: Atheneum\n');
    const problems = (path: string) => {
      try {
        readSchoolConfig(files, path);
      } catch (e) {
        if (e instanceof KitError) return shownProblems(e, 'nl');
        throw e;
      }
      return [];
    };
    const [typo] = problems('/school/gesprekskit.config.yaml');
    expect([typo!.file, typo!.line, typo!.col]).to.deep.equal(['gesprekskit.config.yaml', 2, 3]);
    files.write('/school/ander.yaml', 'school:\n  name: Atheneum\n  logo: ../logo.png\n');
    const [logo] = problems('/school/ander.yaml');
    expect([logo!.code, logo!.file, logo!.line]).to.deep.equal(['GK_CONFIG_LOGO_NOT_OPENED', 'ander.yaml', 3]);
    expect(logo!.message).to.equal('het instellingenbestand noemt het logo "logo.png", maar dat bestand koos je niet mee');
  });
});
