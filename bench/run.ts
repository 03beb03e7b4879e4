/**
 * npm run bench: how fast gesprekskit is as a teacher or a school would use it. Every case
 * runs the compiled CLI as a whole new process, several times; the tables show medians.
 * Each figure stands next to its anchor, measured in the same run, so the ratios hold
 * whatever else the machine is doing (see anchors.ts). Generated class lists, caches and all
 * output go to a temp folder.
 *
 *   npm run bench                 all cases
 *   npm run bench -- --runs 3     fewer runs
 *   npm run bench -- --quick      skip the 1,000-student cases
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, pdfPages, TYPST_ANCHOR, TYPST_FONT_DIRS, worksheetHtml, worksheets, worksheetTypst } from './anchors.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'gesprekskit.js');
const PRELOAD = pathToFileURL(join(ROOT, 'bench', 'rss-preload.mjs')).href;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const QUICK = args.includes('--quick');

const work = mkdtempSync(join(tmpdir(), 'gesprekskit-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
/** The cache every "warm" case shares; cold cases get an empty folder each run. */
const WARM_CACHE = join(work, 'cache-warm');

interface Run {
  ms: number;
  /** CPU time of all the process's threads. */
  cpuMs: number;
  rssMB: number;
  stdout: string;
}

let coldCaches = 0;
const cacheEnv = (cache: 'warm' | 'cold') => ({ XDG_CACHE_HOME: cache === 'warm' ? WARM_CACHE : join(work, `cache-cold-${coldCaches++}`) });

/** One whole process: wall time from spawn to exit, peak memory and CPU from the preload. */
function runProcess(command: string, commandArgs: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, GESPREKSKIT_LANG: 'en', ...options.env, GESPREKSKIT_BENCH_RSS: rssFile, NODE_OPTIONS: `--import ${PRELOAD}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${r.status}):\n${r.stderr}`);
  let usage = { maxRSS: 0, cpuMs: 0 };
  try {
    usage = JSON.parse(readFileSync(rssFile, 'utf8')) as typeof usage;
  } catch {
    // Not a Node process (Chromium): wall time only.
  }
  return { ms, cpuMs: usage.cpuMs, rssMB: usage.maxRSS / 1024, stdout: r.stdout };
}

const runCli = (cliArgs: string[], cache: 'warm' | 'cold' = 'warm') => runProcess(process.execPath, [BIN, ...cliArgs], { env: cacheEnv(cache) });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** PDFs a build reported: "path  N pagina's  S KB  …" (or "N pages" in English). */
function pdfsOf(stdout: string, outDir: string): { file: string; pages: number; bytes: number }[] {
  const out: { file: string; pages: number; bytes: number }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^(\S+\.pdf)\s+(\d+) (?:pages?|pagina(?:'s)?)\s/.exec(line);
    if (!m) continue;
    const file = resolve(ROOT, m[1]!);
    out.push({ file: relative(outDir, file), pages: Number(m[2]), bytes: statSync(file).size });
  }
  return out;
}

interface Row {
  name: string;
  runs: number;
  wall: number;
  min: number;
  max: number;
  cpu: number;
  pages?: number;
  rss: number;
}
const rows = new Map<string, Row>();
const sizes: string[] = [];

interface Case {
  row: Row;
  runs: number;
  once: (i: number) => { run: Run; pages?: number };
  results: { run: Run; pages?: number }[];
}
/** Cases measured inside interleaved(): run round-robin, so all of them see the same load. */
let batch: Case[] | undefined;

function measure(name: string, runs: number, once: (i: number) => { run: Run; pages?: number }): Row {
  const row: Row = { name, runs, wall: 0, min: 0, max: 0, cpu: 0, rss: 0 };
  rows.set(name, row);
  const c: Case = { row, runs, once, results: [] };
  if (batch) batch.push(c);
  else {
    for (let i = 0; i < runs; i++) c.results.push(once(i));
    fill(c);
  }
  return row;
}

function interleaved(define: () => void): void {
  batch = [];
  define();
  const cases = batch;
  batch = undefined;
  const most = Math.max(...cases.map((c) => c.runs));
  for (let i = 0; i < most; i++) for (const c of cases) if (i < c.runs) c.results.push(c.once(i));
  for (const c of cases) fill(c);
}

function fill({ row, results }: Case): void {
  const walls = results.map((r) => r.run.ms);
  Object.assign(row, {
    wall: median(walls),
    min: Math.min(...walls),
    max: Math.max(...walls),
    cpu: median(results.map((r) => r.run.cpuMs)),
    pages: results[0]!.pages,
    rss: median(results.map((r) => r.run.rssMB)),
  });
  process.stderr.write(`  ${row.name}: ${row.wall.toFixed(0)} ms\n`);
}

/** Deterministic class lists with Dutch, French, Turkish, Moroccan, Polish and Cyrillic names. */
function writeRoster(n: number): string {
  const first = ['Sara', 'Noah', 'Zoë', 'Mohamed', 'Aïcha', 'Lucas', 'Emma', 'Yusuf', 'Léa', 'Daan', 'Fatima', 'Jules', 'Иван', 'Olga', 'Björn', 'Çağla', 'Mila', 'Adam', 'Nora', 'Wout', 'Inès', 'Ali', 'Lotte', 'Rayan', 'Amélie', 'Seppe', 'Zeynep', 'Lena', 'Kacper', 'Hanna', 'Mathis', 'Yara', 'Elias', 'Marie', 'Ilias', 'Julie', 'Omar', 'Fien', 'Tuur', 'Анна'];
  const last = ['Peeters', 'Janssens', 'El Amrani', 'Van den Broeck', 'Öztürk', 'Dubois', 'Maes', 'Nowak', 'Петров', 'Claes', 'Wouters', 'De Smet', 'Benali', 'Lambert', 'Goossens', 'Yılmaz', 'Vermeulen', 'Martin', 'Hermans', 'Bouzid', 'Mertens', 'Kowalska', 'Willems', 'Desmet', 'Leclercq'];
  const lines = ['naam;klas'];
  for (let i = 0; i < n; i++) lines.push(`${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]};${1 + (i % 6)}${'ABCD'[Math.floor(i / 6) % 4]}`);
  const file = join(work, `klas-${n}.csv`);
  writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
  return file;
}

/**
 * `build --watch` as a teacher uses it: save a lesson, wait until its new PDFs are on disk
 * (the watcher prints them once they are). Returns the milliseconds of each save.
 */
async function watchLatency(saves: number): Promise<number[]> {
  const lessons = join(work, 'watch-lessons');
  cpSync(join(ROOT, 'lessons'), lessons, { recursive: true });
  const file = join(lessons, 'identiteit.yaml');
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [BIN, 'build', '--watch', '--lessons', lessons, '--out', join(work, 'watch-out')], {
    cwd: ROOT,
    env: { ...process.env, GESPREKSKIT_LANG: 'en', ...cacheEnv('warm') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let seen = '';
  /** When the last line naming a PDF came. */
  let lastPdf = 0;
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    seen += chunk;
    if (/\.pdf\s+\d+ pages?/.test(chunk)) lastPdf = performance.now();
    for (const w of waiters.splice(0)) w();
  });
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => waiters.push(r));
  };
  const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    await until(() => seen.includes('Watching'));
    const times: number[] = [];
    for (let i = 0; i < saves; i++) {
      seen = '';
      lastPdf = 0;
      const start = performance.now();
      // A change most pieces show: the title (the watcher redraws only the pieces that change).
      writeFileSync(file, original.replace(/^title: "(.*)"$/m, `title: "$1 (${i + 1})"`));
      await until(() => seen.includes('changed:') && lastPdf > 0);
      // A round prints its PDFs together when all are on disk; wait until it is done.
      await quiet(500);
      times.push(lastPdf - start);
    }
    return times;
  } finally {
    child.kill('SIGTERM');
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

process.stderr.write(`gesprekskit benchmark: ${RUNS} runs per case, output in ${work}\n`);
const loadBefore = loadavg()[0]!;
// Compiled as the CLI runs (the bench script itself runs the sources with tsx).
spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });

// -- start-up: the floor and the small commands
// Every command once before measuring: the caches are then as warm as for a user.
for (const command of [['--help'], ['list'], ['validate']]) runCli(command);
// validate after a teacher edited one lesson: a copy of the lessons in a folder of its own
// (found as ./lessons), the largest lesson's title changed before each run.
const editDir = join(work, 'edit');
cpSync(join(ROOT, 'lessons'), join(editDir, 'lessons'), { recursive: true });
const edited = join(editDir, 'lessons', 'identiteit.yaml');
const editedText = readFileSync(edited, 'utf8');
const validateEdited = (i: number) => {
  writeFileSync(edited, editedText.replace(/^title: "(.*)"$/m, `title: "$1 (versie ${i})"`));
  return runProcess(process.execPath, [BIN, 'validate'], { cwd: editDir, env: cacheEnv('warm') });
};
validateEdited(-1);
let node!: Row;
let validateEdit!: Row;
interleaved(() => {
  node = measure('`node -e 0` (the floor)', RUNS, () => ({ run: runProcess(process.execPath, ['-e', '0']) }));
  for (const command of [['--version'], ['--help'], ['list'], ['validate']]) measure(`\`gesprekskit ${command.join(' ')}\``, RUNS, () => ({ run: runCli(command) }));
  validateEdit = measure('`gesprekskit validate` after editing one lesson', RUNS, (i) => ({ run: validateEdited(i) }));
});

// -- the whole default kit and its anchors, Chromium printing one worksheet and Typst
// compiling ~180 pages, measured round-robin
const sheets = worksheets();
const chromium = findChromium();
const html = join(work, 'worksheet.html');
writeFileSync(html, worksheetHtml(sheets[1] ?? sheets[0]!));
const typ = join(work, 'worksheets.typ');
const perRepeat = 13;
writeFileSync(typ, worksheetTypst(sheets, Math.round(180 / perRepeat)));
let typstWorks = true;
try {
  runProcess(process.execPath, [TYPST_ANCHOR, typ, join(work, 'typst-try.pdf'), TYPST_FONT_DIRS.join(',')]);
} catch (e) {
  typstWorks = false;
  process.stderr.write(`  Typst anchor failed (npm install?): ${(e as Error).message.split('\n')[0]}\n`);
}
if (!chromium) process.stderr.write('  Chromium not found (apt-get install chromium): no Chromium anchor\n');
mkdirSync(WARM_CACHE, { recursive: true });
runCli(['build', '--out', join(work, 'prime')]); // fills the warm cache
let chromiumRow: Row | undefined;
let typstRow: Row | undefined;
let kitWarm!: Row, kitDrawn!: Row, kitCold!: Row, kitOne!: Row, kitTwo!: Row, npmStart!: Row;
let kitCases = 0;
/** Warm caches but no kept PDFs: every piece is drawn, as after editing every lesson. */
const forgetPdfs = () => rmSync(join(WARM_CACHE, 'gesprekskit', 'pdfs'), { recursive: true, force: true });
const kitRun = (name: string, cache: 'warm' | 'cold', extra: string[] = [], draw = false) => {
  const k = kitCases++;
  return measure(name, RUNS, (i) => {
    const out = join(work, `kit-${k}-${i}`);
    if (draw) forgetPdfs();
    const run = runCli(['build', '--out', out, ...extra], cache);
    const pdfs = pdfsOf(run.stdout, out);
    if (i === 0 && k === 0) for (const p of pdfs) sizes.push(`| ${p.file} | ${p.pages} | ${kb(p.bytes)} |`);
    return { run, pages: pdfs.reduce((n, p) => n + p.pages, 0) };
  });
};
interleaved(() => {
  if (chromium) {
    chromiumRow = measure('Chromium: one worksheet, HTML → PDF', RUNS, (i) => {
      const pdf = join(work, `chromium-${i}.pdf`);
      const run = runProcess(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href]);
      return { run, pages: pdfPages(pdf) };
    });
  }
  if (typstWorks) {
    typstRow = measure('Typst: the worksheets’ text, ~180 pages', RUNS, (i) => {
      const run = runProcess(process.execPath, [TYPST_ANCHOR, typ, join(work, `typst-${i}.pdf`), TYPST_FONT_DIRS.join(',')]);
      return { run, pages: Number(run.stdout) };
    });
  }
  kitWarm = kitRun('whole default kit (`build`), nothing changed', 'warm');
  kitDrawn = kitRun('whole default kit, every PDF drawn', 'warm', [], true);
  kitCold = kitRun('whole default kit, empty cache', 'cold');
  kitOne = kitRun('whole default kit drawn, `--threads 1`', 'warm', ['--threads', '1'], true);
  kitTwo = kitRun('whole default kit drawn, `--threads 2`', 'warm', ['--threads', '2'], true);
  npmStart = measure('`npm start`, unchanged checkout', RUNS, (i) => {
    const run = runProcess('npm', ['start', '--silent', '--', '--out', join(work, `start-${i}`)], { env: cacheEnv('warm') });
    // The preload measured npm's own process, not the build it started: wall time only.
    run.cpuMs = 0;
    run.rssMB = 0;
    return { run, pages: pdfsOf(run.stdout, join(work, `start-${i}`)).reduce((n, p) => n + p.pages, 0) };
  });
});

// -- watch mode
const watchTimes = await watchLatency(Math.max(3, RUNS));
process.stderr.write(`  watch: ${watchTimes.map((t) => t.toFixed(0)).join(', ')} ms\n`);

// -- class sets
const r30 = writeRoster(30);
measure('class set: 30 students × all lessons', Math.max(3, Math.ceil(RUNS / 2)), (i) => {
  const out = join(work, `r30-${i}`);
  const run = runCli(['build', '--roster', r30, '--out', out]);
  const pdfs = pdfsOf(run.stdout, out);
  if (i === 0) for (const p of pdfs) sizes.push(`| ${p.file} (30 students) | ${p.pages} | ${kb(p.bytes)} (${kb(p.bytes / 30)} per student) |`);
  return { run, pages: pdfs.reduce((n, p) => n + p.pages, 0) };
});
let big: Row | undefined;
if (!QUICK) {
  const r1000 = writeRoster(1000);
  big = measure('class set: 1,000 students × 1 lesson', 3, (i) => {
    const out = join(work, `r1000-${i}`);
    const run = runCli(['build', 'identiteit', '--roster', r1000, '--out', out]);
    const pdfs = pdfsOf(run.stdout, out);
    if (i === 0) for (const p of pdfs) sizes.push(`| ${p.file} (1,000 students) | ${p.pages} | ${kb(p.bytes)} (${kb(p.bytes / 1000)} per student) |`);
    rmSync(out, { recursive: true, force: true });
    return { run, pages: pdfs.reduce((n, p) => n + p.pages, 0) };
  });
  measure('class set: 1,000 students × 1 lesson, --split', 1, (i) => {
    const out = join(work, `r1000s-${i}`);
    const run = runCli(['build', 'identiteit', '--roster', r1000, '--split', '--out', out]);
    const pages = pdfsOf(run.stdout, out).reduce((n, p) => n + p.pages, 0);
    const folder = /(\S+)\/\s+(\d+) files\s+(\d+) pages\s+(\S+ \S+)/.exec(run.stdout);
    if (folder) sizes.push(`| ${relative(out, resolve(ROOT, folder[1]!))}/ (1,000 files) | ${folder[3]} | ${folder[4]} in all |`);
    rmSync(out, { recursive: true, force: true });
    return { run, pages: pages + Number(folder?.[3] ?? 0) };
  });
}

/**
 * Ctrl+C or SIGTERM must stop a build within a second at any point. A default build that
 * draws every PDF is started and stopped at points spread over its length; measured: signal
 * to process exit.
 */
function stopAfter(delayMs: number, out: string): Promise<{ stopMs: number; code: number | null }> {
  return new Promise((done) => {
    // A build that draws (no PDFs kept from earlier builds), with the other caches warm.
    forgetPdfs();
    const child = spawn(process.execPath, [BIN, 'build', '--out', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...cacheEnv('warm') } });
    let sent = 0;
    const timer = setTimeout(() => {
      sent = Date.now();
      child.kill('SIGTERM');
    }, delayMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ stopMs: sent ? Date.now() - sent : NaN, code });
    });
  });
}
const buildMs = kitDrawn.wall || 4000;
const stops: number[] = [];
for (let k = 1; k <= 12; k++) {
  const r = await stopAfter(Math.round((buildMs * k) / 13), join(work, `stop-${k}`));
  if (r.code === 143) stops.push(r.stopMs);
}
process.stderr.write(`  stop (SIGTERM during a build): max ${Math.max(...stops)} ms over ${stops.length} points\n`);

// -- report
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n## gesprekskit benchmark\n`);
console.log(`Node ${process.version}, ${availableParallelism()} cores (${cpu}), load average ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after.`);
console.log('Every case is a whole new process, median of the runs; each figure next to its anchor from this same run, the cases of each table group run round-robin so they see the same load.\n');

const ratio = (a: number, b: number) => (a / b).toFixed(2);
const targets: string[][] = [];
const target = (figure: string, value: string, anchor: string, r: number | undefined, goal: string, met: boolean | undefined) =>
  targets.push([figure, value, anchor, r === undefined ? '' : `${r.toFixed(2)} ×`, goal, met === undefined ? '' : met ? 'yes' : '**no**']);
for (const name of ['`gesprekskit --version`', '`gesprekskit --help`', '`gesprekskit list`', '`gesprekskit validate`']) {
  const r = rows.get(name)!;
  target(name, ms(r.wall), `\`node -e 0\` ${ms(node.wall)}`, r.wall / node.wall, '≤ 2 ×', r.wall / node.wall <= 2);
}
target('`gesprekskit validate` after editing one lesson', ms(validateEdit.wall), `\`node -e 0\` ${ms(node.wall)}`, validateEdit.wall / node.wall, '(≤ 2 × for validate)', validateEdit.wall / node.wall <= 2);
const perPage = (r: Row) => r.wall / (r.pages ?? 1);
if (chromiumRow) {
  target('whole default kit, every PDF drawn', `${ms(kitDrawn.wall)} (${kitDrawn.pages} pages)`, `Chromium, one ${chromiumRow.pages}-page worksheet ${ms(chromiumRow.wall)}`, kitDrawn.wall / chromiumRow.wall, '≤ 1.0 ×', kitDrawn.wall <= chromiumRow.wall);
  target('whole default kit, nothing changed (PDFs from the cache)', `${ms(kitWarm.wall)} (${kitWarm.pages} pages)`, `Chromium ${ms(chromiumRow.wall)}`, kitWarm.wall / chromiumRow.wall, '≤ 1.0 ×', kitWarm.wall <= chromiumRow.wall);
  target('whole default kit, empty cache', ms(kitCold.wall), `Chromium ${ms(chromiumRow.wall)}`, kitCold.wall / chromiumRow.wall, '', undefined);
}
if (typstRow) {
  target('whole default kit drawn, per page', `${perPage(kitDrawn).toFixed(1)} ms`, `Typst ${perPage(typstRow).toFixed(1)} ms/page (${typstRow.pages} pages in ${ms(typstRow.wall)})`, perPage(kitDrawn) / perPage(typstRow), '≤ 2 ×', perPage(kitDrawn) <= 2 * perPage(typstRow));
}
target('`npm start`, unchanged checkout', ms(npmStart.wall), `\`gesprekskit build\` ${ms(kitWarm.wall)}`, npmStart.wall / kitWarm.wall, '≈ 1 × (npm itself adds its start)', undefined);
const watch = median(watchTimes);
target('`build --watch`: save a lesson → its PDFs on disk', ms(watch), `${watchTimes.map((t) => t.toFixed(0)).join(', ')} ms`, undefined, '≤ 300 ms', watch <= 300);
if (big) {
  const pps = (big.pages ?? 0) / (big.wall / 1000);
  target('class set, 1,000 students', `${pps.toFixed(0)} pages/s, ${big.rss.toFixed(0)} MB`, '', undefined, '≥ 510 pages/s, < 300 MB', pps >= 510 && big.rss < 300);
}
console.log('| figure | value | anchor (same run) | ratio | target | met |');
console.log('| --- | ---: | --- | ---: | --- | --- |');
for (const t of targets) console.log(`| ${t.join(' | ')} |`);

console.log('\n| case | runs | wall (median) | min–max | CPU | pages | pages/s | peak memory |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows.values()) {
  const pps = r.pages ? (r.pages / (r.wall / 1000)).toFixed(0) : '';
  console.log(`| ${r.name} | ${r.runs} | ${ms(r.wall)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} ms | ${r.cpu ? ms(r.cpu) : '–'} | ${r.pages ?? ''} | ${pps} | ${r.rss ? `${r.rss.toFixed(0)} MB` : '–'} |`);
}
console.log(
  `\nCPU is user + system time over all threads, peak memory the process's maxRSS (Node processes only). Drawn with a warm cache (parsed lessons, compiled templates, shaped words of earlier runs) the kit is ${ratio(kitCold.wall, kitDrawn.wall)} × faster than with an empty one; with nothing changed since the last build its PDFs come from the cache, ${ratio(kitDrawn.wall, kitWarm.wall)} × faster again. \`build\` draws a kit on one thread (each thread warms up on its own): \`--threads 1\` ${ms(kitOne.wall)}, \`--threads 2\` ${ms(kitTwo.wall)}.`,
);
console.log(`\nStopping a default build with SIGTERM at ${stops.length} points spread over its run: signal to exit at most ${Math.max(...stops).toFixed(0)} ms, median ${median(stops).toFixed(0)} ms (the aim: under a second at any point).`);
console.log('\n| output | pages | size |');
console.log('| --- | ---: | ---: |');
for (const s of sizes) console.log(s);

// The web app's figures (issue 12): in bench/web.ts, run after the CLI's.
try {
  const { benchWeb } = await import('./web.js');
  console.log(await benchWeb(Math.min(RUNS, 3)));
} catch (e) {
  console.log(`\n## The web app\n\nNot measured: ${(e as Error).message.split('\n')[0]} (it needs Chromium: apt-get install chromium).`);
}
