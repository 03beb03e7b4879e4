import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILTIN_TEMPLATES } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { imagesOf, readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

const LOGO = join(FIXTURES, 'school', 'logo.png');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

describe('scaffold: gesprekskit init', () => {
  let school: string;
  let init: Awaited<ReturnType<typeof runCli>>;
  let build: Awaited<ReturnType<typeof runCli>>;
  let pdfs: string[];

  before(async () => {
    const root = tempDir();
    school = join(root, 'onze-school');
    init = await runCli(['init', 'onze-school', '--school', 'Atheneum Voorbeeld', '--logo', LOGO], root);
    build = await runCli(['build'], school);
    pdfs = build.out.split('\n').map((l) => join(school, l.split(/\s+/)[0]!));
  });

  it('creates the config, README, example lesson, schemas and a copy of every built-in template', () => {
    expect(init.code, init.err).to.equal(0);
    for (const f of ['gesprekskit.config.yaml', 'README.md', 'logo.png', 'lessons/voorbeeld.yaml', 'lessons/sources/interview-somers.md', 'schema/lesson.schema.json', 'schema/config.schema.json']) {
      expect(existsSync(join(school, f)), f).to.equal(true);
    }
    for (const t of filesUnder(BUILTIN_TEMPLATES)) {
      const copy = join(school, 'templates', relative(BUILTIN_TEMPLATES, t));
      expect(readFileSync(copy, 'utf8'), copy).to.equal(readFileSync(t, 'utf8'));
    }
    expect(readFileSync(join(school, 'logo.png')).equals(readFileSync(LOGO))).to.equal(true);
    expect(readFileSync(join(school, 'gesprekskit.config.yaml'), 'utf8')).to.match(/^ {2}name: "Atheneum Voorbeeld"$/m).and.to.match(/^ {2}logo: "logo\.png"$/m);
  });

  it('the new folder builds without problems, into its own output/', () => {
    expect(build.code, build.err).to.equal(0);
    expect(pdfs.length).to.be.greaterThan(1);
    for (const f of pdfs) expect(f.startsWith(join(school, 'output', 'voorbeeld')), f).to.equal(true);
  });

  // Printed pages carry it in the header band; slides (16:9) in their one footer line.
  const isSlide = (page: { width: number; height: number }) => Math.abs(page.width / page.height - 16 / 9) < 0.01;

  it('puts the school name in the header (slides: the footer) of every page of every PDF', async () => {
    for (const f of pdfs) {
      const pdf = await readPdf(f);
      pdf.pages.forEach((page, i) => {
        const band = page.runs.filter((r) => (isSlide(page) ? r.y < 40 : r.y > page.height - 60)).map((r) => r.str).join('');
        expect(band, `${f} page ${i + 1}`).to.include('Atheneum Voorbeeld');
      });
      // Page furniture: a screen reader does not read the school name on every page.
      expect(pdf.content).not.to.include('Atheneum Voorbeeld');
    }
  });

  it('draws the logo in the header (slides: the footer) of every page, embedded once per PDF', async () => {
    for (const f of pdfs) {
      const raw = readFileSync(f);
      const pages = await imagesOf(raw);
      const { pages: info } = await readPdf(f);
      pages.forEach((images, i) => {
        const logo = images.find((im) => im.width === 200 && im.height === 200);
        expect(logo, `${f} page ${i + 1}`).to.not.equal(undefined);
        // In the header band (the top 20 mm) or, on a slide, the footer band; about 8 mm high.
        const page = info[i]!;
        if (isSlide(page)) expect(logo!.y, 'logo position').to.be.lessThan(40);
        else expect(logo!.y, 'logo position').to.be.greaterThan(page.height - 57);
        expect(logo!.drawnHeight).to.be.closeTo(22.7, 0.5);
      });
      const xobjects = raw.toString('latin1').match(/\/Subtype \/Image/g) ?? [];
      // The image and its transparency mask, however many pages.
      expect(xobjects.length, f).to.be.at.most(2);
    }
  });

  it('init run twice overwrites nothing and says which files it skipped', async () => {
    const config = join(school, 'gesprekskit.config.yaml');
    const header = join(school, 'templates', 'partials', 'page-header.hbs');
    writeFileSync(config, readFileSync(config, 'utf8') + '# edited by the school\n');
    writeFileSync(header, '{{!-- ours --}}\n::running-header left="{{lesson.title}}" right="Onze versie"\n');
    const before = new Map(filesUnder(school).map((f) => [f, readFileSync(f)]));
    const again = await runCli(['init'], school);
    expect(again.code, again.err).to.equal(0);
    for (const [f, bytes] of before) expect(readFileSync(f).equals(bytes), f).to.equal(true);
    expect(again.out).to.include('overgeslagen  gesprekskit.config.yaml (bestaat al');
    expect(again.out).to.include('overgeslagen  templates/partials/page-header.hbs');
    expect(again.out).to.match(/0 bestanden gemaakt, \d+ overgeslagen/);
  });

  it('the example lesson validates', async () => {
    const run = await runCli(['validate'], school);
    expect(run.code, run.err).to.equal(0);
    expect(run.out).to.include('ok       voorbeeld');
  });

  it('refuses a logo that is not a PNG or JPEG before writing anything', async () => {
    const root = tempDir();
    const bad = join(root, 'logo.gif');
    writeFileSync(bad, 'GIF89a fake');
    const run = await runCli(['init', 'x', '--logo', bad], root);
    expect(run.code).to.equal(1);
    expect(run.err).to.include('is een GIF-bestand; alleen PNG- en JPEG-afbeeldingen werken');
    expect(existsSync(join(root, 'x'))).to.equal(false);
  });
});
