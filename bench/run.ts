/**
 * npm run bench: how fast gesprekskit is as a teacher or a school would use it. Every case
 * runs the compiled CLI as a whole new process (cold: nothing cached between runs), several
 * times; the table shows the median. Generated class lists and all output go to a temp folder.
 *
 *   npm run bench                 all cases
 *   npm run bench -- --runs 3     fewer runs
 *   npm run bench -- --quick      skip the 1,000-student cases
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'gesprekskit.js');
const PRELOAD = pathToFileURL(join(ROOT, 'bench', 'rss-preload.mjs')).href;
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const QUICK = args.includes('--quick');

const work = mkdtempSync(join(tmpdir(), 'gesprekskit-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

interface Run {
  ms: number;
  /** CPU time of all the process's threads. */
  cpuMs: number;
  rssMB: number;
  stdout: string;
}

/** One whole CLI process: wall time from spawn to exit, peak memory from the preload. */
function runCli(cliArgs: string[], cwd = ROOT): Run {
  const rssFile = join(work, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...cliArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GESPREKSKIT_BENCH_RSS: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`gesprekskit ${cliArgs.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpuMs: number };
  return { ms, cpuMs: usage.cpuMs, rssMB: usage.maxRSS / 1024, stdout: r.stdout };
}

function runNode(code: string): Run {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = JSON.parse(r.stdout) as { maxRSS: number; cpuMs: number };
  return { ms, cpuMs: usage.cpuMs, rssMB: usage.maxRSS / 1024, stdout: '' };
}

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
const rows: Row[] = [];
const sizes: string[] = [];

function measure(name: string, runs: number, once: (i: number) => { run: Run; pages?: number }): void {
  const results = Array.from({ length: runs }, (_, i) => once(i));
  const walls = results.map((r) => r.run.ms);
  rows.push({
    name,
    runs,
    wall: median(walls),
    min: Math.min(...walls),
    max: Math.max(...walls),
    cpu: median(results.map((r) => r.run.cpuMs)),
    pages: results[0]!.pages,
    rss: median(results.map((r) => r.run.rssMB)),
  });
  process.stderr.write(`  ${name}: ${median(walls).toFixed(0)} ms\n`);
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

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

process.stderr.write(`gesprekskit benchmark: ${RUNS} runs per case, output in ${work}\n`);
const loadBefore = loadavg()[0]!;

measure('node -e 0 (reference)', RUNS, () => ({
  run: runNode('const u = process.resourceUsage(); process.stdout.write(JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }))'),
}));
measure('validate', RUNS, () => ({ run: runCli(['validate']) }));
measure('list', RUNS, () => ({ run: runCli(['list']) }));

for (const threads of [undefined, 2] as const) {
  measure(`default kit (build${threads ? ` --threads ${threads}` : ''})`, RUNS, (i) => {
    const out = join(work, `kit-${threads ?? 'auto'}-${i}`);
    const run = runCli(['build', '--out', out, ...(threads ? ['--threads', String(threads)] : [])]);
    const pdfs = pdfsOf(run.stdout, out);
    if (i === 0 && !threads) for (const p of pdfs) sizes.push(`| ${p.file} | ${p.pages} | ${kb(p.bytes)} |`);
    return { run, pages: pdfs.reduce((n, p) => n + p.pages, 0) };
  });
}

const r30 = writeRoster(30);
measure('class set: 30 students × all lessons', Math.max(3, Math.ceil(RUNS / 2)), (i) => {
  const out = join(work, `r30-${i}`);
  const run = runCli(['build', '--roster', r30, '--out', out]);
  const pdfs = pdfsOf(run.stdout, out);
  if (i === 0) for (const p of pdfs) sizes.push(`| ${p.file} (30 students) | ${p.pages} | ${kb(p.bytes)} (${kb(p.bytes / 30)} per student) |`);
  return { run, pages: pdfs.reduce((n, p) => n + p.pages, 0) };
});

if (!QUICK) {
  const r1000 = writeRoster(1000);
  measure('class set: 1,000 students × 1 lesson', 3, (i) => {
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
 * Ctrl+C or SIGTERM must stop a build within a second at any point. A default build is
 * started and stopped at points spread over its length; measured: signal to process exit.
 */
function stopAfter(delayMs: number, out: string): Promise<{ stopMs: number; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'build', '--out', out], { cwd: ROOT, stdio: 'ignore' });
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
const buildMs = rows.find((r) => r.name === 'default kit (build)')?.wall ?? 4000;
const stops: number[] = [];
for (let k = 1; k <= 12; k++) {
  const r = await stopAfter(Math.round((buildMs * k) / 13), join(work, `stop-${k}`));
  if (r.code === 143) stops.push(r.stopMs);
}
process.stderr.write(`  stop (SIGTERM during a build): max ${Math.max(...stops)} ms over ${stops.length} points\n`);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n## gesprekskit benchmark\n`);
console.log(`Node ${process.version}, ${availableParallelism()} cores (${cpu}), load average ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after.`);
console.log(
  `Each case is a whole new process (\`node bin/gesprekskit.js …\`), median of the runs. CPU is the process's user + system time over all its threads; peak memory its maxRSS. Other load on the machine slows the wall times: compare with the \`node -e 0\` row.\n`,
);
console.log('| case | runs | wall (median) | min–max | CPU | pages | pages/s | peak memory |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const pps = r.pages ? (r.pages / (r.wall / 1000)).toFixed(0) : '';
  console.log(`| ${r.name} | ${r.runs} | ${r.wall.toFixed(0)} ms | ${r.min.toFixed(0)}–${r.max.toFixed(0)} ms | ${r.cpu.toFixed(0)} ms | ${r.pages ?? ''} | ${pps} | ${r.rss.toFixed(0)} MB |`);
}
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
