import { expect } from 'chai';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { join } from 'node:path';
import { configuredInput } from '../../src/config/merge.js';
import { resolveOptions } from '../../src/node/options.js';
import { watchKit, type KitWatcher, type WatchRound, type WatchState } from '../../src/node/watch-kit.js';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

/** The next finished rebuild. */
const nextBuild = (w: KitWatcher) => new Promise<WatchRound>((resolve) => w.once('build', resolve));

describe('kit: watch mode', () => {
  let school: string;
  let watcher: KitWatcher;
  let first: WatchRound;
  const lessonFile = () => join(school, 'lessons', 'voorbeeld.yaml');
  const worksheet = () => join(school, 'output', 'voorbeeld', 'worksheet.pdf');
  const config = () => join(school, 'gesprekskit.config.yaml');

  before(async () => {
    school = tempDir();
    expect((await runCli(['init', '--school', 'Eerste Naam'], school)).code).to.equal(0);
    watcher = watchKit({
      load: () => {
        const { input, config: c } = configuredInput(school, undefined, {}, nodeFiles);
        return { options: resolveOptions(input), files: c?.extraFiles ?? [] };
      },
      configFile: config(),
    });
    const firstBuild = nextBuild(watcher);
    await watcher.ready;
    first = await firstBuild;
  });

  after(() => watcher.close());

  it('builds everything first and watches the lessons, templates, sources and config', () => {
    expect(first.full).to.equal(true);
    expect(first.failed).to.deep.equal([]);
    expect(first.files.map((f) => f.piece)).to.include.members(['worksheet', 'teacher-guide']);
    expect(watcher.watched()).to.include.members([join(school, 'lessons'), join(school, 'templates'), join(school, 'lessons', 'sources'), config()]);
  });

  it('a changed lesson is rebuilt and its PDF changes', async () => {
    const text = readFileSync(lessonFile(), 'utf8');
    const rebuilt = nextBuild(watcher);
    writeFileSync(lessonFile(), text.replace('title: "Samenleven of naast elkaar leven?"', 'title: "Een nieuwe titel na bewaren"'));
    const round = await rebuilt;
    expect(round.changed).to.deep.equal([lessonFile()]);
    expect(round.full).to.equal(false);
    expect(round.files.length).to.equal(first.files.length);
    expect(new Set(round.files.map((f) => f.lesson))).to.deep.equal(new Set(['voorbeeld']));
    expect((await readPdf(worksheet())).text).to.include('Een nieuwe titel na bewaren');
  });

  it('a second save right after the first (which chokidar does not report) is built too', async () => {
    const text = readFileSync(lessonFile(), 'utf8');
    const rounds: WatchRound[] = [];
    const collect = (r: WatchRound) => rounds.push(r);
    watcher.on('build', collect);
    writeFileSync(lessonFile(), text.replace(/^title: ".*"$/m, 'title: "Eerst bewaard"'));
    await new Promise((r) => setTimeout(r, 25));
    writeFileSync(lessonFile(), text.replace(/^title: ".*"$/m, 'title: "Daarna nog eens bewaard"'));
    const until = async (title: string) => {
      for (let waited = 0; waited < 20_000 && !(await readPdf(worksheet())).text.includes(title); waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await until('Daarna nog eens bewaard');
    watcher.off('build', collect);
    expect((await readPdf(worksheet())).text).to.include('Daarna nog eens bewaard');
    expect(rounds.length).to.be.greaterThan(0);
    // As the next test expects it. The round that writes the worksheet reports after its
    // other pieces: wait for that report, or the next test would take it for its own.
    const restored = /^title: "(.*)"$/m.exec(text)![1]!;
    const reported = new Promise<void>((resolve) => {
      const on = async () => {
        if (!(await readPdf(worksheet())).text.includes(restored)) return;
        watcher.off('build', on);
        resolve();
      };
      watcher.on('build', on);
    });
    writeFileSync(lessonFile(), text);
    await reported;
  });

  it('a broken lesson is reported, the previous PDF is kept, and the watcher goes on', async () => {
    const before = readFileSync(worksheet());
    const good = readFileSync(lessonFile(), 'utf8');
    let rebuilt = nextBuild(watcher);
    writeFileSync(lessonFile(), good.replace('duration: 50', 'duration: [vijftig'));
    const broken = await rebuilt;
    expect(broken.files).to.deep.equal([]);
    expect(broken.failed).to.have.length(1);
    expect(broken.failed[0]!.problems[0]).to.include({ code: 'GK_YAML_SYNTAX', file: lessonFile() });
    expect(readFileSync(worksheet()).equals(before)).to.equal(true);

    rebuilt = nextBuild(watcher);
    writeFileSync(lessonFile(), good.replace('Een nieuwe titel na bewaren', 'Weer goed'));
    const fixed = await rebuilt;
    expect(fixed.failed).to.deep.equal([]);
    expect((await readPdf(worksheet())).text).to.include('Weer goed');
  });

  it('a broken partial is reported with its line; the fixed partial rebuilds every lesson with it', async () => {
    const partial = join(school, 'templates', 'partials', 'page-header.hbs');
    const good = readFileSync(partial, 'utf8');
    const before = readFileSync(worksheet());
    let rebuilt = nextBuild(watcher);
    writeFileSync(partial, good.replace('{{piece.label}}"', '{{piece.label}"'));
    const broken = await rebuilt;
    expect(broken.problems[0]).to.include({ code: 'GK_TEMPLATE_SYNTAX', file: partial });
    expect(readFileSync(worksheet()).equals(before)).to.equal(true);

    rebuilt = nextBuild(watcher);
    writeFileSync(partial, good.replace('right="{{piece.label}}"', 'right="{{piece.label}} (aangepast)"'));
    const round = await rebuilt;
    expect(round.full).to.equal(true);
    expect(round.problems).to.deep.equal([]);
    expect((await readPdf(worksheet())).text).to.include('Werkblad (aangepast)');
  });

  it('a broken config is reported with its line; fixing it resumes with the new settings', async () => {
    const good = readFileSync(config(), 'utf8');
    const before = readFileSync(worksheet());
    let rebuilt = nextBuild(watcher);
    writeFileSync(config(), good.replace('page_size: A4', 'page_size: A5'));
    const broken = await rebuilt;
    expect(broken.problems[0]).to.include({ code: 'GK_SCHEMA_VALUE', file: config() });
    expect(broken.problems[0]!.line).to.be.a('number');
    expect(readFileSync(worksheet()).equals(before)).to.equal(true);

    rebuilt = nextBuild(watcher);
    writeFileSync(config(), good.replace('name: "Eerste Naam"', 'name: "Tweede Naam"'));
    const fixed = await rebuilt;
    expect(fixed.problems).to.deep.equal([]);
    expect((await readPdf(worksheet())).text).to.include('Tweede Naam');
  });

  it('recovers when the lessons folder is deleted and made again, and says what it watches', async () => {
    const lessons = join(school, 'lessons');
    const saved = readFileSync(lessonFile(), 'utf8');
    const gone = new Promise<WatchState>((resolve) => watcher.once('watching', resolve));
    rmSync(lessons, { recursive: true });
    const state = await gone;
    expect(state.missing).to.include(lessons);
    expect(watcher.missing()).to.include(lessons);

    const back = new Promise<WatchState>((resolve) => watcher.once('watching', resolve));
    const rebuilt = nextBuild(watcher);
    mkdirSync(join(lessons, 'sources'), { recursive: true });
    copyFileSync(join(BUILTIN_SOURCES, 'interview-somers.md'), join(lessons, 'sources', 'interview-somers.md'));
    writeFileSync(lessonFile(), saved.replace(/^title: .*$/m, 'title: "Terug na het wissen"'));
    expect((await back).watched).to.include(lessons);
    const round = await rebuilt;
    expect(round.full).to.equal(true);
    expect((await readPdf(worksheet())).text).to.include('Terug na het wissen');

    // And it goes on watching the new folder (a late event from making it may come first).
    const again = new Promise<WatchRound>((resolve) => {
      const see = (r: WatchRound) => (r.changed.includes(lessonFile()) ? resolve(r) : watcher.once('build', see));
      watcher.once('build', see);
    });
    writeFileSync(lessonFile(), saved.replace(/^title: .*$/m, 'title: "Daarna nog eens bewaard"'));
    expect((await again).failed).to.deep.equal([]);
    expect((await readPdf(worksheet())).text).to.include('Daarna nog eens bewaard');
  });
});

describe('cli: build --watch', () => {
  it('prints the first build, then each rebuild with its problems, until stopped', async () => {
    const school = tempDir();
    await runCli(['init'], school);
    const lesson = join(school, 'lessons', 'voorbeeld.yaml');
    const stop = new AbortController();
    const out: string[] = [];
    const err: string[] = [];
    // Each step waits for what the previous one caused: no timing.
    const code = await main(['build', '--watch'], {
      cwd: school,
      env: {},
      signal: stop.signal,
      out: (l) => {
        out.push(l);
        if (l.startsWith('gesprekskit let op wijzigingen')) writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('duration: 50', 'duration: vijftig'));
      },
      err: (l) => {
        err.push(l);
        if (l.startsWith('Niet alles is gemaakt')) stop.abort();
      },
    });
    expect(code).to.equal(0);
    expect(out[0]).to.match(/^output\/voorbeeld\/worksheet\.pdf\s+\d+ pagina/);
    expect(out).to.include('gewijzigd: lessons/voorbeeld.yaml');
    expect(err.join('\n')).to.match(/^lessons\/voorbeeld\.yaml:\d+:11: duration moet een geheel getal zijn/m);
  });
});
