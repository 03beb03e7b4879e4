import { expect } from 'chai';
import { unzipSync } from 'fflate';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { writeWebSite } from '../../src/node/web-site.js';
import { launchBrowser, serveFolder, type StaticServer } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { axe, download, openPage, pdfFonts, qpdfProblems, watchRequests } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The page of `gesprekskit web` as a teacher uses it, in Debian's Chromium: choose a lesson,
 * type the school's name, load a class list, make the PDFs and download them. What it makes
 * is what the CLI makes. Run with `npm run test:browser`.
 */
describe('web: the page, as a teacher uses it', function () {
  this.timeout(240_000);
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const scripts = join(FIXTURES, 'rosters', 'scripts.csv');

  before(async () => {
    site = tempDir();
    await writeWebSite(site);
    server = await serveFolder(site);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    watchRequests(context, () => server.url, outside);
    page = await context.newPage();
    await openPage(page, server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the lessons under "Les" with title, theme and duration, and previews every piece with its pages', async () => {
    const out = tempDir();
    const cli = await runCli(['build', 'identiteit', '--out', out], out);
    expect(cli.code, cli.err).to.equal(0);

    const les = page.getByLabel('Les', { exact: true });
    expect(await les.locator('option').allTextContents()).to.have.length.greaterThanOrEqual(3);
    await les.selectOption('shipped:identiteit');
    expect(await page.textContent('#les-titel')).to.equal(/^title: "?(.*?)"?$/m.exec(readFileSync(join(PACKAGE_ROOT, 'lessons', 'identiteit.yaml'), 'utf8'))![1]);
    expect(await page.textContent('#les-thema')).to.equal('identiteit');
    expect(await page.textContent('#les-duur')).to.equal('50 minuten');

    // Every piece the CLI made, with the CLI's page count, and its first page drawn.
    const names: Record<string, string> = {
      'worksheet.pdf': 'Werkblad',
      'teacher-guide.pdf': 'Lerarenhandleiding',
      'cards.pdf': 'Kaartjes',
      'signs.pdf': 'Borden',
      'slides.pdf': 'Dia’s',
      'youth-session.pdf': 'Jeugdwerksessie',
    };
    const files = readdirSync(join(out, 'identiteit'));
    expect(files).to.include.members(['worksheet.pdf', 'teacher-guide.pdf', 'slides.pdf']);
    for (const file of files) {
      const name = names[file];
      expect(name, `a name on the page for ${file}`).to.be.a('string');
      const pages = (await readPdf(readFileSync(join(out, 'identiteit', file)))).pages.length;
      const section = page.getByRole('region', { name: new RegExp(`^${name!}`) });
      await section.getByText(pages === 1 ? '1 pagina' : `${pages} pagina’s`).waitFor({ timeout: 60_000 });
      const first = section.getByRole('img', { name: `${name}, pagina 1 van ${pages}` });
      await first.scrollIntoViewIfNeeded();
      await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await first.elementHandle(), { timeout: 30_000 });
      expect(await section.getByRole('img').count(), name).to.equal(pages);
    }
  });

  it('makes every PDF of the lesson and a class set in several scripts, byte for byte the CLI’s, as downloads with the CLI’s names', async () => {
    const school = tempDir();
    writeFileSync(join(school, 'gesprekskit.config.yaml'), 'school:\n  name: Sint-Jozefscollege\n');
    copyFileSync(scripts, join(school, 'scripts.csv'));
    for (const args of [['build', 'identiteit'], ['build', 'identiteit', '--roster', 'scripts.csv']]) {
      const cli = await runCli(args, school);
      expect(cli.code, cli.err).to.equal(0);
    }

    await page.getByLabel('Les', { exact: true }).selectOption('shipped:identiteit');
    await page.getByLabel('Naam van de school').fill('Sint-Jozefscollege');
    await page.getByLabel('Klaslijst').setInputFiles(scripts);
    await page.getByText('scripts.csv: 8 leerlingen.').waitFor();
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const zipLink = page.getByRole('link', { name: 'alles als ZIP' });
    await zipLink.waitFor({ timeout: 120_000 });
    const names = readdirSync(join(school, 'output', 'identiteit')).filter((n) => n.endsWith('.pdf'));
    expect(names).to.include.members(['worksheet.pdf', 'teacher-guide.pdf', 'worksheets-scripts.pdf']);
    expect(await page.getByRole('status').filter({ hasText: 'Klaar' }).textContent()).to.match(new RegExp(`^Klaar: ${names.length} PDF’s`));

    const got = new Map<string, Buffer>();
    for (const name of names) {
      const file = await download(page, () => page.getByRole('link', { name, exact: true }).click());
      expect(file.name).to.equal(name);
      expect(file.bytes.equals(readFileSync(join(school, 'output', 'identiteit', name))), `${name} is the CLI's`).to.equal(true);
      got.set(name, file.bytes);
    }

    // The class set as a reader gets it: every name, fonts embedded, a sound file.
    const saved = join(school, 'downloaded-class-set.pdf');
    writeFileSync(saved, got.get('worksheets-scripts.pdf')!);
    const text = (await readPdf(got.get('worksheets-scripts.pdf')!)).text;
    for (const name of ['Sara Peeters', 'Zoë Van den Broeck', 'Иван Петров', 'Ελένη Παπαδοπούλου', 'Nguyễn Thị Ánh', 'Անի Հակոբյան', 'ნინო ბერიძე', 'Öztürk; Aïcha']) expect(text, name).to.include(name);
    expect(text).to.include('Sint-Jozefscollege');
    const fonts = pdfFonts(saved);
    expect(fonts.length).to.be.greaterThan(0);
    expect(fonts.filter((f) => !f.embedded).map((f) => f.name)).to.deep.equal([]);
    expect(qpdfProblems(saved)).to.equal(undefined);

    // Everything as one ZIP, laid out as the CLI's output folder.
    const zip = await download(page, () => zipLink.click());
    expect(zip.name).to.equal('identiteit.zip');
    const entries = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(entries).sort()).to.deep.equal(names.map((n) => `identiteit/${n}`).sort());
    for (const name of names) expect(Buffer.from(entries[`identiteit/${name}`]!).equals(got.get(name)!), name).to.equal(true);
  });

  it('shows a class list’s mistakes at their line and makes nothing from it', async () => {
    await page.getByLabel('Klaslijst').setInputFiles(join(FIXTURES, 'rosters', 'bad-rows.csv'));
    const box = page.locator('#klaslijst-fouten');
    await box.getByText('bad-rows.csv:3').waitFor();
    expect(await box.textContent()).to.include('bad-rows.csv:4');
    expect(await page.textContent('#klaslijst-status')).to.equal('');
    await page.getByLabel('Klaslijst').setInputFiles([]);
  });

  it('makes a fillable worksheet when asked, the CLI’s build --fillable', async () => {
    const out = tempDir();
    const cli = await runCli(['build', 'nultolerantie', '--fillable', '--out', out], out);
    expect(cli.code, cli.err).to.equal(0);
    await page.getByLabel('Les', { exact: true }).selectOption('shipped:nultolerantie');
    await page.getByLabel('Naam van de school').fill('');
    await page.getByLabel('Invulbaar werkblad').check();
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const worksheet = await download(page, () => page.getByRole('link', { name: 'worksheet.pdf', exact: true }).click());
    expect(worksheet.bytes.equals(readFileSync(join(out, 'nultolerantie', 'worksheet.pdf')))).to.equal(true);
    await page.getByLabel('Invulbaar werkblad').uncheck();
  });

  it('remembers the school settings on this device, and saves them as a gesprekskit.config.yaml the CLI builds the same sheets from', async () => {
    await page.getByLabel('Naam van de school').fill('Atheneum Noord');
    await page.getByLabel('Contact na de les').fill('De leerlingenbegeleiding, lokaal B12');
    await page.getByLabel('Logo').setInputFiles(join(FIXTURES, 'school', 'logo.png'));
    await page.getByText('Logo: logo.png').waitFor();
    await page.getByLabel('Kleur van koppen en kaders').fill('#7a2f2f');
    await page.getByLabel('Lettertype').selectOption('atkinson-hyperlegible');
    await page.getByLabel('Grote letters').check();
    await page.reload();
    await openPage(page, server.url);
    expect(await page.getByLabel('Naam van de school').inputValue()).to.equal('Atheneum Noord');
    expect(await page.getByLabel('Contact na de les').inputValue()).to.equal('De leerlingenbegeleiding, lokaal B12');
    expect(await page.getByLabel('Kleur van koppen en kaders').inputValue()).to.equal('#7a2f2f');
    expect(await page.getByLabel('Lettertype').inputValue()).to.equal('atkinson-hyperlegible');
    expect(await page.getByLabel('Grote letters').isChecked()).to.equal(true);
    await page.getByText('Logo: logo.png').waitFor();

    const config = await download(page, () => page.getByRole('button', { name: 'Bewaar als gesprekskit.config.yaml' }).click());
    expect(config.name).to.equal('gesprekskit.config.yaml');
    const school = tempDir();
    writeFileSync(join(school, 'gesprekskit.config.yaml'), config.bytes);
    copyFileSync(join(FIXTURES, 'school', 'logo.png'), join(school, 'logo.png'));
    const cli = await runCli(['build', 'groepsdenken'], school);
    expect(cli.code, cli.err).to.equal(0);

    await page.getByLabel('Les', { exact: true }).selectOption('shipped:groepsdenken');
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const worksheet = await download(page, () => page.getByRole('link', { name: 'worksheet.pdf', exact: true }).click());
    expect(worksheet.bytes.equals(readFileSync(join(school, 'output', 'groepsdenken', 'worksheet.pdf')))).to.equal(true);
  });

  it('opens a gesprekskit.config.yaml with its logo, and points at a mistake in one', async () => {
    const fresh = await context.browser()!.newContext();
    watchRequests(fresh, () => server.url, outside);
    const other = await fresh.newPage();
    await openPage(other, server.url);
    const dir = tempDir();
    writeFileSync(join(dir, 'gesprekskit.config.yaml'), 'school:\n  name: "Sint-Jozefscollege"\n  logo: logo.jpg\naccent: "#2f6f4f"\npage_size: letter\nlabels: en\nlessons: lessons\n');
    copyFileSync(join(FIXTURES, 'school', 'logo.jpg'), join(dir, 'logo.jpg'));
    await other.getByLabel('Open een instellingenbestand').setInputFiles([join(dir, 'gesprekskit.config.yaml'), join(dir, 'logo.jpg')]);
    await other.getByText('Instellingen gelezen uit gesprekskit.config.yaml.').waitFor();
    expect(await other.textContent('#instellingen-status')).to.include('Niet gebruikt op deze pagina: lessons.');
    expect(await other.getByLabel('Naam van de school').inputValue()).to.equal('Sint-Jozefscollege');
    expect(await other.getByLabel('Papierformaat').inputValue()).to.equal('LETTER');
    expect(await other.getByLabel('Taal van de vaste woorden op de bladen').inputValue()).to.equal('en');
    await other.getByText('Logo: logo.jpg').waitFor();

    writeFileSync(join(dir, 'kapot.yaml'), 'school:\n  naam: Sint-Jozefscollege\n');
    await other.getByLabel('Open een instellingenbestand').setInputFiles(join(dir, 'kapot.yaml'));
    const box = other.locator('#instellingen-fouten');
    await box.getByText('kapot.yaml:2:3').waitFor();
    expect(await box.textContent()).to.include('kapot.yaml kan niet gebruikt worden');
    await fresh.close();
  });

  it('opens an own lesson, lists its mistake with a button to the line, and follows the edit in the preview', async () => {
    const dir = tempDir();
    const lesson = readFileSync(join(PACKAGE_ROOT, 'scaffold', 'lessons', 'voorbeeld.yaml'), 'utf8');
    const broken = lesson.replace('onze nieuwe realiteit', 'onze oude realiteit');
    expect(broken).to.not.equal(lesson);
    writeFileSync(join(dir, 'voorbeeld.yaml'), broken);
    copyFileSync(join(PACKAGE_ROOT, 'lessons', 'sources', 'interview-somers.md'), join(dir, 'interview-somers.md'));
    await page.getByLabel('Eigen les', { exact: true }).setInputFiles([join(dir, 'voorbeeld.yaml'), join(dir, 'interview-somers.md')]);

    const line = broken.split('\n').findIndex((l) => l.includes('onze oude realiteit')) + 1;
    const jump = page.locator('#eigen-fouten').getByRole('button', { name: new RegExp(`^Ga naar lessons/voorbeeld\\.yaml:${line}:\\d+$`) });
    await jump.waitFor({ timeout: 60_000 });
    expect(await page.locator('#eigen-fouten').textContent()).to.include('GK_LESSON_QUOTE');
    // The broken lesson is chosen, and its preview says why it cannot be made.
    expect(await page.getByLabel('Les', { exact: true }).inputValue()).to.equal('own:voorbeeld');
    await page.locator('#voorbeeld-fouten').getByText(`lessons/voorbeeld.yaml:${line}`).waitFor();

    await jump.click();
    const editor = page.getByLabel('Tekst van lessons/voorbeeld.yaml');
    expect(await editor.evaluate((e) => e === document.activeElement)).to.equal(true);
    const caretLine = await editor.evaluate((e) => (e as HTMLTextAreaElement).value.slice(0, (e as HTMLTextAreaElement).selectionStart).split('\n').length);
    expect(caretLine).to.equal(line);
    expect(await page.textContent('#bewerk-plaats')).to.match(new RegExp(`^Regel ${line}, kolom \\d+$`));

    // Fix it in the editor: the mistake goes, and the preview shows the lesson with a new title.
    await editor.fill(lesson.replace(/^title: .*$/m, 'title: "Samen in de klas"'));
    await page.locator('#eigen-fouten').waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('region', { name: /^Werkblad/ }).getByRole('img', { name: /^Werkblad, pagina 1 van \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await page.textContent('#les-titel')).to.equal('Samen in de klas');
    expect(await page.textContent('#eigen-status')).to.include('De les voorbeeld is in orde.');
    const saved = await download(page, () => page.getByRole('button', { name: 'Bewaar voorbeeld.yaml' }).click());
    expect(saved.bytes.toString('utf8')).to.include('title: "Samen in de klas"');
  });

  it('works with the keyboard alone, with a visible focus on everything it reaches', async () => {
    const fresh = await context.browser()!.newContext();
    watchRequests(fresh, () => server.url, outside);
    const kb = await fresh.newPage();
    await openPage(kb, server.url);
    const focused = () => kb.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return { id: e?.id ?? '', tag: e?.tagName ?? '', outline: e ? getComputedStyle(e).outlineStyle : 'none' };
    });
    const tabTo = async (id: string) => {
      for (let i = 0; i < 60; i++) {
        await kb.keyboard.press('Tab');
        const f = await focused();
        expect(f.outline, `focus on ${f.tag}#${f.id} is visible`).to.not.equal('none');
        if (f.id === id) return;
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo('les');
    const before = await kb.getByLabel('Les', { exact: true }).inputValue();
    await kb.keyboard.press('ArrowDown');
    expect(await kb.getByLabel('Les', { exact: true }).inputValue()).to.not.equal(before);
    await tabTo('schoolnaam');
    await kb.keyboard.type('Atheneum Zuid');
    await tabTo('maak');
    await kb.keyboard.press('Enter');
    await kb.getByRole('link', { name: 'worksheet.pdf', exact: true }).waitFor({ timeout: 120_000 });
    await kb.keyboard.press('Tab');
    expect(await kb.evaluate(() => (document.activeElement as HTMLAnchorElement).download)).to.equal('worksheet.pdf');
    const [file] = await Promise.all([kb.waitForEvent('download'), kb.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).to.equal('worksheet.pdf');
    expect((await readPdf(readFileSync(await file.path()))).text).to.include('Atheneum Zuid');
    await fresh.close();
  });

  it('switches to English and back, its words and its problems', async () => {
    await page.getByRole('button', { name: 'Show this page in English' }).click();
    expect(await page.getAttribute('html', 'lang')).to.equal('en');
    await page.getByLabel('Lesson', { exact: true }).waitFor();
    await page.getByLabel('School name').waitFor();
    await page.getByRole('button', { name: 'Make the PDFs' }).waitFor();
    await page.getByLabel('Class list').waitFor();
    await page.getByText('Text of lessons/voorbeeld.yaml').waitFor();
    await page.getByRole('button', { name: 'Toon deze pagina in het Nederlands' }).click();
    expect(await page.getAttribute('html', 'lang')).to.equal('nl');
    await page.getByLabel('Naam van de school').waitFor();
  });

  it('takes an own lesson dropped on the box as well', async () => {
    const text = readFileSync(join(PACKAGE_ROOT, 'scaffold', 'lessons', 'voorbeeld.yaml'), 'utf8').replace(/^id: voorbeeld/m, 'id: gesleept').replace(/^title: .*$/m, 'title: "Gesleept en gelost"');
    const dropped = await page.evaluateHandle((yaml) => {
      const files = new DataTransfer();
      files.items.add(new File([yaml], 'gesleept.yaml', { type: 'text/yaml' }));
      return files;
    }, text);
    await page.dispatchEvent('#sleepvak', 'drop', { dataTransfer: dropped });
    // The status says it was opened, then (once checked) that the lesson is fine.
    await page.locator('#les optgroup[label="Eigen lessen"] option', { hasText: 'Gesleept en gelost' }).waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('#eigen-status').getByText('De les gesleept is in orde.').waitFor();
    expect(await page.getByLabel('Les', { exact: true }).inputValue()).to.equal('own:gesleept');
  });

  it('has no serious or critical accessibility problems (axe-core, WCAG 2.1 AA), at a desktop and a tablet size', async () => {
    const ctx = await context.browser()!.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    watchRequests(ctx, () => server.url, outside);
    const a11y = await ctx.newPage();
    await openPage(a11y, server.url);
    const report: string[] = [];
    const check = async (state: string) => {
      for (const v of await axe(a11y)) {
        const line = `${state}: ${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).join(', ')}`;
        if (v.impact === 'serious' || v.impact === 'critical') report.push(line);
        else console.log(`      axe (${line})`);
      }
    };
    await check('start');
    await a11y.getByLabel('Klaslijst').setInputFiles(join(FIXTURES, 'rosters', 'bad-rows.csv'));
    await a11y.locator('#klaslijst-fouten').getByText('bad-rows.csv:3').waitFor();
    await a11y.getByLabel('Klaslijst').setInputFiles(scripts);
    await a11y.getByRole('button', { name: "Maak de PDF's" }).click();
    await a11y.getByRole('link', { name: 'alles als ZIP' }).waitFor({ timeout: 120_000 });
    await check('made');
    const dir = tempDir();
    writeFileSync(join(dir, 'kapot.yaml'), 'id: kapot\ntitle: [niet gesloten\n');
    await a11y.getByLabel('Eigen les', { exact: true }).setInputFiles(join(dir, 'kapot.yaml'));
    await a11y.locator('#eigen-fouten').getByRole('button').first().waitFor({ timeout: 60_000 });
    await check('own lesson');
    await a11y.setViewportSize({ width: 768, height: 1024 });
    await check('tablet');
    await a11y.getByRole('button', { name: 'Show this page in English' }).click();
    await check('English');
    await ctx.close();
    expect(report).to.deep.equal([]);
  });

  it('asks nothing of any other origin', () => {
    expect(outside).to.deep.equal([]);
  });
});
