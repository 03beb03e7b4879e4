/**
 * The web app's part of `npm run bench` (issue 12): how soon the page paints, how long the
 * worksheet and a whole lesson take in the browser next to the same code in Node and the
 * CLI, how soon a preview follows an edit, and how big the app is (gzip, without the fonts).
 * Runs Debian's Chromium headless (apt-get install chromium), like `npm run test:browser`.
 *
 *   npm run bench              the whole bench, this part at the end
 *   npm run bench:web          only this part
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { MemoryFiles, shippedAt } from '../src/input/memory-files.js';
import { shippedFiles } from '../src/node/shipped-files.js';
import { SCHOOL_ROOT, SHIPPED_ROOT, WebKit } from '../src/web/web-kit.js';
import { launchBrowser, serveFolder } from '../test/helpers/browser.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'gesprekskit.js');
const LESSON = 'identiteit';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(0)} ms`);
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

interface BrowserRun {
  firstPaint: number;
  ready: number;
  worksheetCold: number;
  worksheetWarm: number;
  lessonWarm: number;
  typedToPreview: number;
  editToPreview: number;
}

/** One visit on a fresh profile (nothing cached): paint, ready, builds, preview after typing and after an edit. */
async function browserRun(browser: Browser, url: string, lessonFile: string): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
  const ready = Date.now() - start;
  const firstPaint = await page.evaluate(() => {
    const entry = (globalThis as unknown as { performance: { getEntriesByName(name: string): { startTime: number }[] } }).performance.getEntriesByName('first-contentful-paint')[0];
    return entry?.startTime ?? NaN;
  });
  await page.waitForSelector('html[data-previews="1"]', { timeout: 120_000 });

  // The same calls as the page's worker makes, timed in the page (the pipeline bundle, as the API offers it).
  const api = await page.evaluate(async (lesson) => {
    const perf = globalThis.performance;
    const page = (globalThis as unknown as { location: { href: string } }).location.href;
    const { WebKit } = await import(new URL('gesprekskit.js', page).href);
    const kit = await WebKit.load();
    let t = perf.now();
    await kit.buildPiece(lesson, 'worksheet');
    const worksheetCold = perf.now() - t;
    t = perf.now();
    await kit.buildPiece(lesson, 'worksheet', { school: { name: 'Atheneum Noord' } });
    const worksheetWarm = perf.now() - t;
    t = perf.now();
    await kit.buildLesson(lesson, { school: { name: 'Atheneum Zuid' } });
    return { worksheetCold, worksheetWarm, lessonWarm: perf.now() - t };
  }, LESSON);

  // A teacher types the school's name: how soon the worksheet's first page shows it (the page waits for a 300 ms pause).
  const typedToPreview = await untilWorksheetRedrawn(page, async () => page.getByLabel('Naam van de school').fill('Sint-Jozefscollege'));
  // An own lesson, edited in the page's editor: how soon the worksheet follows.
  // The rest of that preview (teacher guide, cards, …) first, so the next step is timed on its own.
  await page.waitForSelector('#stukken:not([aria-busy])', { timeout: 120_000 });
  const previews = Number(await page.getAttribute('html', 'data-previews'));
  await page.getByLabel('Eigen les', { exact: true }).setInputFiles(lessonFile);
  // Its whole preview first, so the edit below is timed on its own.
  await page.waitForFunction((n) => Number((globalThis as unknown as { document: { documentElement: { dataset: { previews?: string } } } }).document.documentElement.dataset.previews) > n, previews, { timeout: 120_000 });
  if ((await page.getByLabel('Les', { exact: true }).inputValue()) !== 'own:voorbeeld') throw new Error('the own lesson was not chosen');
  const text = readFileSync(lessonFile, 'utf8');
  const editToPreview = await untilWorksheetRedrawn(page, async () => page.getByLabel('Tekst van lessons/voorbeeld.yaml').fill(text.replace(/^title: .*$/m, 'title: "Samen in de klas"')));
  await context.close();
  return { firstPaint, ready, ...api, typedToPreview, editToPreview };
}

/** Time from `act` until the worksheet's first page image is a new one, drawn. */
async function untilWorksheetRedrawn(page: Page, act: () => Promise<void>): Promise<number> {
  const selector = 'img[alt^="Werkblad, pagina 1 van"]';
  const before = await page.getAttribute(selector, 'src').catch(() => null);
  const start = Date.now();
  await act();
  await page.waitForFunction(
    ([sel, old]) => {
      type Image = { src: string; complete: boolean; naturalWidth: number };
      const img = (globalThis as unknown as { document: { querySelector(s: string): Image | null } }).document.querySelector(sel!);
      return !!img && !!img.src && img.src !== old && img.complete && img.naturalWidth > 0;
    },
    [selector, before],
    { timeout: 60_000, polling: 10 },
  );
  return Date.now() - start;
}

/** The same worksheet and lesson in Node, in one process, through the same API the browser uses. */
async function nodeRuns(): Promise<{ worksheetCold: number; worksheetWarm: number; lessonWarm: number }> {
  const files = new MemoryFiles({ cwd: SCHOOL_ROOT, shipped: shippedAt(SHIPPED_ROOT) });
  for (const f of shippedFiles()) files.write(`${SHIPPED_ROOT}/${f.path}`, readFileSync(f.file));
  const kit = new WebKit(files);
  let t = performance.now();
  await kit.buildPiece(LESSON, 'worksheet');
  const worksheetCold = performance.now() - t;
  t = performance.now();
  await kit.buildPiece(LESSON, 'worksheet', { school: { name: 'Atheneum Noord' } });
  const worksheetWarm = performance.now() - t;
  t = performance.now();
  await kit.buildLesson(LESSON, { school: { name: 'Atheneum Zuid' } });
  return { worksheetCold, worksheetWarm, lessonWarm: performance.now() - t };
}

/** The CLI as a teacher runs it: a whole process. */
function cliWall(args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gesprekskit ${args.join(' ')} failed:\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** `gesprekskit preview`: a save on disk until the open page shows it. */
async function previewRuns(browser: Browser, school: string, runs: number): Promise<number[]> {
  const { main } = await import('../src/cli/main.js');
  const out: string[] = [];
  const stop = new AbortController();
  const running = main(['preview', '--port', '0', '--no-open'], { out: (l) => out.push(l), err: (l) => out.push(l), cwd: school, signal: stop.signal });
  let url: string | undefined;
  for (let i = 0; i < 1200 && !url; i++) {
    url = /^gesprekskit preview: (\S+)$/m.exec(out.join('\n'))?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 50));
  }
  if (!url) throw new Error(`gesprekskit preview did not start:\n${out.join('\n')}`);
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-live="open"]', { timeout: 120_000 });
  await page.waitForSelector('img[alt^="Werkblad, pagina 1 van"][src^="blob:"]', { timeout: 120_000 });
  const lesson = join(school, 'lessons', 'voorbeeld.yaml');
  const text = readFileSync(lesson, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await untilWorksheetRedrawn(page, async () => writeFileSync(lesson, text.replace(/^title: .*$/m, `title: "Versie ${i + 1}"`))));
  }
  await page.close();
  stop.abort();
  await running;
  return times;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** The site's files by kind, with their size as served compressed (gzip, as most web servers do). */
function sizes(site: string): string[] {
  const groups: [string, (path: string) => boolean][] = [
    ['pipeline (gesprekskit.js)', (p) => p === 'gesprekskit.js'],
    ['page (index.html, app.js, page.css, kit-worker.js, sw.js)', (p) => ['index.html', 'app.js', 'page.css', 'kit-worker.js', 'sw.js'].includes(p)],
    ['pdf.js (preview, loaded after the first paint)', (p) => p.startsWith('pdfjs/')],
    ['shipped kit (lessons, sources, templates, schemas, manifest)', (p) => /^(lessons|templates|schema)\//.test(p) || p === 'manifest.json'],
    ['fonts (not compressed further; only the chosen typeface and fallbacks are fetched)', (p) => p.startsWith('fonts/')],
  ];
  const files = walk(site).map((f) => ({ path: relative(site, f).split(sep).join('/'), bytes: readFileSync(f) }));
  const lines = ['| part of the site | files | size | gzip |', '| --- | ---: | ---: | ---: |'];
  let appTotal = 0;
  for (const [name, test] of groups) {
    const group = files.filter((f) => test(f.path));
    const raw = group.reduce((n, f) => n + f.bytes.length, 0);
    const gz = group.reduce((n, f) => n + gzipSync(f.bytes, { level: 9 }).length, 0);
    if (!name.startsWith('fonts') && !name.startsWith('pdf.js') && !name.startsWith('shipped')) appTotal += gz;
    lines.push(`| ${name} | ${group.length} | ${kb(raw)} | ${kb(gz)} |`);
  }
  lines.push(`| **the app without fonts, pdf.js and kit (pipeline + page)** | | | **${kb(appTotal)}** |`);
  return lines;
}

export async function benchWeb(runs = 3): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'gesprekskit-bench-web-'));
  try {
    const site = join(work, 'site');
    cliWall(['web', '--out', site], work);
    const server = await serveFolder(site);
    const lessonFile = join(work, 'voorbeeld.yaml');
    writeFileSync(lessonFile, readFileSync(join(ROOT, 'scaffold', 'lessons', 'voorbeeld.yaml')));
    const browser = await launchBrowser();
    const results: BrowserRun[] = [];
    let preview: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        results.push(await browserRun(browser, server.url, lessonFile));
        process.stderr.write(`  web: visit ${i + 1} of ${runs}\n`);
      }
      const school = join(work, 'school');
      cliWall(['init', school], work);
      preview = await previewRuns(browser, school, runs);
    } finally {
      await browser.close();
      await server.close();
    }
    const node: { worksheetCold: number; worksheetWarm: number; lessonWarm: number }[] = [];
    for (let i = 0; i < runs; i++) node.push(await nodeRuns());
    const cliOut = join(work, 'cli');
    mkdirSync(cliOut);
    const cliLesson = Array.from({ length: runs }, (_, i) => cliWall(['build', LESSON, '--out', join(cliOut, String(i))], work));
    const cliList = Array.from({ length: runs }, () => cliWall(['list'], work));

    const b = (key: keyof BrowserRun) => median(results.map((r) => r[key]));
    const n = (key: 'worksheetCold' | 'worksheetWarm' | 'lessonWarm') => median(node.map((r) => r[key]));
    const lines = [
      `\n## The web app (gesprekskit web, gesprekskit preview)\n`,
      `Headless Chromium (${CHROMIUM_VERSION()}), a fresh profile per visit, the site on a local static server; median of ${runs}. "Node" runs the same API (WebKit) in one Node process; "CLI" is a whole \`gesprekskit\` process.\n`,
      '| case | browser | Node (same code) | CLI process |',
      '| --- | ---: | ---: | ---: |',
      `| first paint (first-contentful-paint) | ${ms(b('firstPaint'))} | | |`,
      `| page ready: kit loaded, lessons listed | ${ms(b('ready'))} | | ${ms(median(cliList))} (\`list\`) |`,
      `| worksheet, first build (fonts fetched and parsed) | ${ms(b('worksheetCold'))} | ${ms(n('worksheetCold'))} | |`,
      `| worksheet, again with other settings | ${ms(b('worksheetWarm'))} | ${ms(n('worksheetWarm'))} | |`,
      `| whole lesson (every piece), fonts loaded | ${ms(b('lessonWarm'))} | ${ms(n('lessonWarm'))} | ${ms(median(cliLesson))} (\`build ${LESSON}\`) |`,
      `| typing the school name → new worksheet preview drawn (300 ms pause included) | ${ms(b('typedToPreview'))} | | |`,
      `| own lesson edited in the page → new worksheet preview drawn (350 ms pause included) | ${ms(b('editToPreview'))} | | |`,
      `| \`gesprekskit preview\`: lesson saved on disk → new worksheet preview drawn | ${ms(median(preview))} | | |`,
      '',
      ...sizes(site),
    ];
    return lines.join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function CHROMIUM_VERSION(): string {
  const r = spawnSync(process.env.GESPREKSKIT_CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout || 'Chromium').trim().split('\n').pop()!.replace(/ built on .*/, '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  console.log(await benchWeb(runs));
}
