import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import { launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { download, openPage, watchRequests } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

/**
 * `gesprekskit preview` in a school folder, in Chromium: the page shows the folder's lessons
 * with its config, and follows every save on disk without a reload: new content, or the
 * problem with file:line:col and its hint.
 */
describe('web: gesprekskit preview follows a school folder', function () {
  this.timeout(240_000);
  let school: string;
  let url: string;
  let browser: Browser;
  let page: Page;
  const out: string[] = [];
  const outside: string[] = [];
  const stop = new AbortController();
  let running: Promise<number>;
  let lesson: string;

  before(async () => {
    school = join(tempDir(), 'kit');
    const init = await runCli(['init', school, '--school', 'Atheneum Noord', '--logo', join(FIXTURES, 'school', 'logo.png')], process.cwd());
    expect(init.code, init.err).to.equal(0);
    lesson = join(school, 'lessons', 'voorbeeld.yaml');
    running = main(['preview', '--port', '0', '--no-open'], { out: (l) => out.push(l), err: (l) => out.push(l), cwd: school, signal: stop.signal });
    for (let i = 0; i < 1200 && !url; i++) {
      const m = /^gesprekskit preview: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out.join('\n'));
      if (m) url = m[1]!;
      else await new Promise((r) => setTimeout(r, 100));
    }
    browser = await launchBrowser();
    const context = await browser.newContext();
    watchRequests(context, () => url, outside);
    page = await context.newPage();
    await openPage(page, url);
    await page.waitForSelector('html[data-live="open"]');
    // Set on this page only: still there after a change means the page was not reloaded.
    await page.evaluate(() => ((globalThis as unknown as { sameVisit: boolean }).sameVisit = true));
  });

  after(async () => {
    await browser?.close();
    stop.abort();
    expect(await running).to.equal(0);
  });

  /** Saves a file and waits until the page has shown the change. */
  const save = async (file: string, text: string) => {
    const before = Number((await page.getAttribute('html', 'data-live-updates')) ?? 0);
    writeFileSync(file, text);
    await page.waitForSelector(`html[data-live-updates="${before + 1}"]`, { timeout: 30_000 });
  };
  const sameVisit = () => page.evaluate(() => (globalThis as unknown as { sameVisit?: boolean }).sameVisit === true);

  it('shows the folder’s lesson with the folder’s config, and makes the CLI’s PDFs from them', async () => {
    expect(await page.textContent('#les-titel')).to.equal('Samenleven of naast elkaar leven?');
    expect(await page.textContent('#school-uit-map')).to.include('gesprekskit.config.yaml');
    expect(await page.getByLabel('Naam van de school').isVisible(), 'no settings field that would not count').to.equal(false);
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const worksheet = await download(page, () => page.getByRole('link', { name: 'worksheet.pdf', exact: true }).click());
    const cli = await runCli(['build', 'voorbeeld', '--out', join(tempDir(), 'out')], school);
    expect(cli.code, cli.err).to.equal(0);
    const built = /^(\S+worksheet\.pdf)/m.exec(cli.out)![1]!;
    expect(worksheet.bytes.equals(readFileSync(built.startsWith('/') ? built : join(school, built)))).to.equal(true);
  });

  it('shows a lesson saved on disk without a reload', async () => {
    const text = readFileSync(lesson, 'utf8');
    await save(lesson, text.replace(/^title: .*$/m, 'title: "Samenleven in de klas"'));
    expect(await page.textContent('#les-titel')).to.equal('Samenleven in de klas');
    await page.getByRole('img', { name: /^Werkblad, pagina 1 van \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await page.textContent('#live')).to.match(/Bijgewerkt om /);
    expect(await sameVisit()).to.equal(true);
  });

  it('shows a broken lesson’s problem with file:line:col and its hint, and the lesson again once it is fixed', async () => {
    const text = readFileSync(lesson, 'utf8');
    const broken = text.replace(/^title: .*$/m, 'title: [niet gesloten');
    const line = broken.split('\n').findIndex((l) => l.startsWith('title: [')) + 1;
    writeFileSync(lesson, broken);
    const box = page.locator('#voorbeeld-fouten');
    await box.getByText(new RegExp(`lessons/voorbeeld\\.yaml:${line}:\\d+`)).waitFor({ timeout: 30_000 });
    expect(await box.textContent()).to.include('[GK_YAML_SYNTAX]').and.to.match(/Tip: /);
    writeFileSync(lesson, text);
    await box.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('img', { name: /^Werkblad, pagina 1 van \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await sameVisit()).to.equal(true);
  });

  it('shows a mistake in the config file at its line, and follows a template change', async () => {
    const config = join(school, 'gesprekskit.config.yaml');
    const text = readFileSync(config, 'utf8');
    writeFileSync(config, 'school:\n  naam: Atheneum Noord\n');
    await page.locator('#les-fouten').getByText('gesprekskit.config.yaml:2:3').waitFor({ timeout: 30_000 });
    writeFileSync(config, text);
    await page.locator('#les-fouten').waitFor({ state: 'hidden', timeout: 30_000 });

    const header = join(school, 'templates', 'partials', 'page-header.hbs');
    await save(header, readFileSync(header, 'utf8').replace('right="{{piece.label}}"', 'right="{{piece.label}} · 3de graad"'));
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const worksheet = await download(page, () => page.getByRole('link', { name: 'worksheet.pdf', exact: true }).click());
    const { readPdf } = await import('../helpers/pdf.js');
    expect((await readPdf(worksheet.bytes)).text).to.include('3de graad');
    expect(await sameVisit()).to.equal(true);
  });

  it('asks nothing of any other origin', () => {
    expect(outside).to.deep.equal([]);
  });
});
