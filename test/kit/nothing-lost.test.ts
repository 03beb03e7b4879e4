import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonOutDir } from '../../src/node/build-kit.js';
import { KitError } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { leftoverTempFiles, snapshot } from '../helpers/files.js';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

const minimal = readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8');

function lessonsWith(text: string): string {
  const dir = tempDir('gk-lessons-');
  writeFileSync(join(dir, 'minimaal.yaml'), text);
  return dir;
}

describe('kit: nothing lost', () => {
  it('a lesson that fails validation keeps its previous PDFs byte for byte', async () => {
    const out = tempDir();
    const first = await buildInto(out, { lessonsDir: lessonsWith(minimal) });
    expect(first.failed).to.deep.equal([]);
    const before = snapshot(out);
    expect(before.size).to.equal(first.files.length);
    expect(before.size).to.be.greaterThan(1);

    const second = await buildInto(out, { lessonsDir: lessonsWith(minimal.replace('minutes: 10', 'minutes: 12')) });
    expect(second.failed.map((f) => f.problems[0]!.code)).to.deep.equal(['GK_LESSON_AGENDA_SUM']);
    expect(second.files).to.deep.equal([]);
    expect(snapshot(out)).to.deep.equal(before);
  });

  it('a lesson whose teacher guide fails to render keeps its old worksheet too (all pieces or none)', async () => {
    const out = tempDir();
    await buildInto(out, { lessonsDir: lessonsWith(minimal) });
    const before = snapshot(out);
    // The worksheet alone would build (new title); the teacher-only hint cannot be printed.
    const broken = minimal.replace('title: Een kleine les', 'title: Een nieuwe titel').replace('hint: "¶4:', 'hint: "👍 ¶4:');
    const result = await buildInto(out, { lessonsDir: lessonsWith(broken) });
    expect(result.failed.map((f) => f.problems[0]!.code)).to.deep.equal(['GK_FONT_MISSING_GLYPHS']);
    expect(snapshot(out)).to.deep.equal(before);
    expect(leftoverTempFiles(out)).to.deep.equal([]);
    expect((await readPdf(join(out, 'minimaal', 'worksheet.pdf'))).content).to.include('Een kleine les');
  });

  it('writes only the PDFs it reports, and leaves other files in the output folder alone', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'mijn-notities.txt'), 'van de leraar');
    const lessonDir = join(out, 'minimaal');
    await buildInto(out, { lessonsDir: lessonsWith(minimal), lessons: [] });
    writeFileSync(join(lessonDir, 'oude-versie.pdf'), 'eigen bestand');
    const result = await buildInto(out, { lessonsDir: lessonsWith(minimal) });
    const files = [...snapshot(out).keys()].sort();
    const built = result.files.map((f) => f.file).sort();
    expect(built).to.include.members([join(lessonDir, 'teacher-guide.pdf'), join(lessonDir, 'worksheet.pdf')]);
    // What is there: the teacher's own files, and exactly the PDFs the build reported.
    expect(files).to.deep.equal(['mijn-notities.txt', 'minimaal/oude-versie.pdf', ...built.map((f) => f.slice(out.length + 1))].sort());
    expect(readFileSync(join(out, 'mijn-notities.txt'), 'utf8')).to.equal('van de leraar');
    expect(readFileSync(join(lessonDir, 'oude-versie.pdf'), 'utf8')).to.equal('eigen bestand');
  });

  it('refuses a lesson id that would write outside the output folder', () => {
    const out = tempDir();
    expect(lessonOutDir(out, 'identiteit')).to.equal(join(out, 'identiteit'));
    expect(lessonOutDir('/', 'identiteit')).to.equal('/identiteit');
    for (const id of ['..', '../buiten', 'a/../../b', '/etc', 'a/b', 'a\\b', '.', '']) {
      expect(() => lessonOutDir(out, id), id).to.throw(KitError).with.property('code', 'GK_OUTPUT_OUTSIDE');
    }
  });

  it('an interrupted build leaves every PDF either complete and new, or as it was', async function () {
    this.timeout(120000);
    const ids = ['les-a', 'les-b', 'les-c', 'les-d'];
    const lessons = tempDir('gk-lessons-');
    for (const id of ids) writeFileSync(join(lessons, `${id}.yaml`), minimal.replace('id: minimaal', `id: ${id}`));
    const out = tempDir();
    // The previous kit, with another date, so old and new bytes differ.
    await buildInto(out, { lessonsDir: lessons, creationDate: new Date('2025-06-01T00:00:00Z') });
    const old = snapshot(out);
    const reference = tempDir();
    const epoch = 1767225600;
    await buildInto(reference, { lessonsDir: lessons, creationDate: new Date(epoch * 1000) });
    const fresh = snapshot(reference);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'build', '--no-cache', '--lessons', lessons, '--out', out], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), GESPREKSKIT_LANG: 'nl' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Stop it as soon as the first lesson has been written.
    let stopped = false;
    while (!stopped && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 10));
      const now = snapshot(out, { whileWriting: true });
      if ([...now].some(([f, b]) => !b.equals(old.get(f) ?? Buffer.alloc(0)))) {
        child.kill('SIGINT');
        stopped = true;
      }
    }
    const code = await exited;
    expect(stopped, 'the build finished before it could be stopped').to.equal(true);
    expect(code, stderr).to.equal(130);
    expect(stderr).to.include('gesprekskit: gestopt.');

    const after = snapshot(out);
    expect([...after.keys()].sort()).to.deep.equal([...old.keys()].sort());
    let replaced = 0;
    for (const [file, bytes] of after) {
      const isOld = bytes.equals(old.get(file)!);
      const isNew = bytes.equals(fresh.get(file)!);
      expect(isOld || isNew, `${file} is neither the old nor a complete new PDF`).to.equal(true);
      if (isNew) replaced++;
    }
    expect(replaced).to.be.greaterThan(0);
    expect(replaced, 'everything was rebuilt: not interrupted').to.be.lessThan(after.size);
    expect(leftoverTempFiles(out)).to.deep.equal([]);
    // Whole lessons: a lesson's pieces are replaced together.
    for (const id of ids) {
      const pieces = readdirSync(join(out, id)).map((f) => after.get(`${id}/${f}`)!.equals(fresh.get(`${id}/${f}`)!));
      expect(new Set(pieces).size, id).to.equal(1);
    }
  });

  describe('a class set stopped while it is written', function () {
    this.timeout(180000);
    const students = 'naam;klas\n' + Array.from({ length: 400 }, (_, i) => `Leerling ${i + 1};3B`).join('\n') + '\n';

    /** Starts a class-set build and sends `signal` as soon as its temporary file exists. */
    async function stopWhileStreaming(out: string, lessons: string, roster: string, signal: NodeJS.Signals) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'build', '--lessons', lessons, '--out', out, '--roster', roster, '--split'], {
        cwd: PACKAGE_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
      let sent = false;
      while (!sent && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 5));
        if (leftoverTempFiles(out).length > 0) {
          child.kill(signal);
          sent = true;
        }
      }
      return { sent, ...(await exited), stderr };
    }

    function setUp() {
      const lessons = tempDir('gk-lessons-');
      writeFileSync(join(lessons, 'minimaal.yaml'), minimal);
      const roster = join(tempDir('gk-roster-'), 'klas.csv');
      writeFileSync(roster, students);
      return { lessons, roster, out: tempDir() };
    }

    it('SIGTERM: exit 143, no temporary files, the previous class set untouched', async () => {
      const { lessons, roster, out } = setUp();
      const first = await buildInto(out, { lessonsDir: lessons, roster, split: true, creationDate: new Date('2025-06-01T00:00:00Z') });
      expect(first.failed).to.deep.equal([]);
      const before = snapshot(out);
      const r = await stopWhileStreaming(out, lessons, roster, 'SIGTERM');
      expect(r.sent, 'stopped before it was done').to.equal(true);
      expect(r.code, r.stderr).to.equal(143);
      expect(r.stderr).to.include('gestopt');
      expect(leftoverTempFiles(out)).to.deep.equal([]);
      expect(snapshot(out)).to.deep.equal(before);
    });

    it('SIGKILL leaves temporary files; the next build removes them', async () => {
      const { lessons, roster, out } = setUp();
      await buildInto(out, { lessonsDir: lessons });
      const r = await stopWhileStreaming(out, lessons, roster, 'SIGKILL');
      expect(r.signal).to.equal('SIGKILL');
      expect(leftoverTempFiles(out).length, 'what a killed build leaves').to.be.greaterThan(0);
      const next = await buildInto(out, { lessonsDir: lessons });
      expect(next.failed).to.deep.equal([]);
      expect(leftoverTempFiles(out)).to.deep.equal([]);
      expect(readdirSync(join(out, 'minimaal')).filter((f) => f.startsWith('.'))).to.deep.equal([]);
    });
  });
});

