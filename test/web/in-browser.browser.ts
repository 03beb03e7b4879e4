import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { writeWebSite } from '../../src/node/web-site.js';
import { launchBrowser, serveFolder, type StaticServer } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

/**
 * One pipeline, two shells: the site `gesprekskit web` writes, in Debian's Chromium, builds
 * the same bytes as the CLI from the same input. Run with `npm run test:browser`.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** In the page: the bundle's API, a file's bytes as base64 (small) and SHA-256 (any size). */
const IN_PAGE = `
  window.load = async () => {
    const api = await import('./gesprekskit.js');
    window.kit ??= await api.WebKit.load();
    return api;
  };
  window.base64 = (bytes) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  window.sha256 = async (bytes) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
`;

describe('web: the same pipeline in a browser', function () {
  this.timeout(180_000);
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  before(async () => {
    site = tempDir();
    await writeWebSite(site);
    server = await serveFolder(site);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(blob|data):/.test(r.url())) outside.push(r.url());
    });
    page.on('pageerror', (e) => outside.push(`page error: ${e.message}`));
    await page.goto(server.url);
    await page.evaluate(IN_PAGE);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes a site with the app, the kit and a manifest of it', () => {
    const manifest = JSON.parse(readFileSync(join(site, 'manifest.json'), 'utf8')) as { files: { path: string; bytes: number }[] };
    const paths = manifest.files.map((f) => f.path);
    expect(paths).to.include.members(['lessons/identiteit.yaml', 'lessons/sources/interview-somers.md', 'templates/worksheet.hbs', 'templates/partials/page-header.hbs', 'schema/lesson.schema.json', 'fonts/NotoSans_400Regular.ttf']);
    for (const f of manifest.files) expect(readFileSync(join(site, f.path)).length, f.path).to.equal(f.bytes);
    expect(readdirSync(site)).to.include.members(['index.html', 'gesprekskit.js', 'app.js', 'kit-worker.js', 'sw.js', 'manifest.json']);
  });

  it('builds the worksheet byte for byte as the CLI does, with a school name, contact and logo', async () => {
    const school = tempDir();
    copyFileSync(join(FIXTURES, 'school', 'logo.png'), join(school, 'logo.png'));
    writeFileSync(join(school, 'gesprekskit.config.yaml'), 'school:\n  name: Atheneum Noord\n  contact: "De leerlingenbegeleiding, lokaal B12"\n  logo: logo.png\n');
    const cli = await runCli(['build', 'identiteit'], school);
    expect(cli.code, cli.err).to.equal(0);
    const expected = readFileSync(join(school, 'output', 'identiteit', 'worksheet.pdf'));

    const logo = readFileSync(join(FIXTURES, 'school', 'logo.png')).toString('base64');
    const got = await page.evaluate(async (logo) => {
      const w = globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> & { kit: any };
      await w.load!();
      w.kit.addFile('logo.png', Uint8Array.from(atob(logo), (c) => c.charCodeAt(0)));
      const pdf = await w.kit.buildPiece('identiteit', 'worksheet', { school: { name: 'Atheneum Noord', contact: 'De leerlingenbegeleiding, lokaal B12', logo: 'logo.png' } });
      return { name: pdf.name, pages: pdf.pages, bytes: await w.base64!(pdf.bytes) };
    }, logo);
    expect(got.name).to.equal('worksheet.pdf');
    const bytes = Buffer.from(got.bytes as string, 'base64');
    expect(bytes.length).to.equal(expected.length);
    expect(bytes.equals(expected)).to.equal(true);
    expect((await readPdf(bytes)).text).to.include('Atheneum Noord');
  });

  it('builds every piece of a lesson as the CLI does', async () => {
    const out = tempDir();
    const cli = await runCli(['build', 'groepsdenken', '--out', out], out);
    expect(cli.code, cli.err).to.equal(0);
    const got = (await page.evaluate(async () => {
      const w = globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> & { kit: any };
      await w.load!();
      const pdfs = await w.kit.buildLesson('groepsdenken');
      return Promise.all(pdfs.map(async (p: { name: string; bytes: Uint8Array }) => ({ name: p.name, sha: await w.sha256!(p.bytes) })));
    })) as { name: string; sha: string }[];
    const files = readdirSync(join(out, 'groepsdenken')).sort();
    expect(got.map((g) => g.name).sort()).to.deep.equal(files);
    for (const g of got) expect(g.sha, g.name).to.equal(sha256(readFileSync(join(out, 'groepsdenken', g.name))));
  });

  it('builds a class set with names in several scripts as the CLI does, print file and one file per student', async () => {
    const out = tempDir();
    const roster = join(FIXTURES, 'rosters', 'scripts.csv');
    const cli = await runCli(['build', 'identiteit', '--roster', roster, '--split', '--out', out], out);
    expect(cli.code, cli.err).to.equal(0);
    const got = (await page.evaluate(async (csv) => {
      const w = globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>> & { kit: any };
      await w.load!();
      w.kit.addFile('klaslijsten/scripts.csv', csv);
      const set = await w.kit.buildClassSet('identiteit', 'klaslijsten/scripts.csv', {}, true);
      return {
        print: { name: set.print.name, copies: set.print.copies, sha: await w.sha256!(set.print.bytes) },
        singles: await Promise.all(set.singles.map(async (s: { name: string; bytes: Uint8Array }) => ({ name: s.name, sha: await w.sha256!(s.bytes) }))),
      };
    }, readFileSync(roster, 'utf8'))) as { print: { name: string; copies: number; sha: string }; singles: { name: string; sha: string }[] };
    expect(got.print.name).to.equal('worksheets-scripts.pdf');
    expect(got.print.copies).to.equal(8);
    expect(got.print.sha).to.equal(sha256(readFileSync(join(out, 'identiteit', 'worksheets-scripts.pdf'))));
    const singles = readdirSync(join(out, 'identiteit', 'worksheets-scripts')).sort();
    expect(got.singles.map((s) => s.name)).to.deep.equal(singles);
    for (const s of got.singles) expect(s.sha, s.name).to.equal(sha256(readFileSync(join(out, 'identiteit', 'worksheets-scripts', s.name))));
  });

  it('reports a broken lesson and a bad class list with file, line and column', async () => {
    const got = (await page.evaluate(async () => {
      const w = globalThis as unknown as Record<string, (...a: unknown[]) => Promise<any>> & { kit: any };
      const api = await w.load!();
      const { WebKit } = api;
      const kit = new WebKit(w.kit.files);
      kit.addFile('lessons/kapot.yaml', 'id: kapot\ntitle: [niet gesloten\n');
      const lessonProblems = kit.validate({ lessonsDir: 'lessons' }).failed;
      kit.addFile('leeg.csv', 'naam;klas\n');
      let rosterProblems;
      try {
        kit.readRoster('leeg.csv');
      } catch (e) {
        rosterProblems = api.shownProblems(e, 'nl');
      }
      return { lessonProblems, rosterProblems };
    })) as { lessonProblems: { name: string; problems: { file: string; line: number; text: string }[] }[]; rosterProblems: { code: string; file: string; text: string }[] };
    expect(got.lessonProblems.map((f) => f.name)).to.deep.equal(['kapot']);
    const p = got.lessonProblems[0]!.problems[0]!;
    expect([p.file, p.line]).to.deep.equal(['lessons/kapot.yaml', 2]);
    expect(p.text).to.match(/^lessons\/kapot\.yaml:2:\d+: /);
    expect(got.rosterProblems[0]!.code).to.equal('GK_ROSTER_EMPTY');
    expect(got.rosterProblems[0]!.file).to.equal('leeg.csv');
  });

  it('asks nothing of any other origin', () => {
    expect(outside).to.deep.equal([]);
    expect(server.requests).to.include.members(['/', '/gesprekskit.js', '/manifest.json', '/fonts/NotoSans_400Regular.ttf']);
  });
});
