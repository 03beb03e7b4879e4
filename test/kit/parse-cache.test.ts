import { expect } from 'chai';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateKit } from '../../src/node/library.js';
import { resolveOptions } from '../../src/node/options.js';
import { BUILTIN_LESSONS_DIR } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Lessons and sources parsed by an earlier run come from the cache while their text is
 * unchanged. Whatever the cache holds, validate must say exactly what it says without one.
 */
describe('parse cache: lessons and source texts parsed once per version of the file', () => {
  const setup = () => {
    const dir = tempDir('gesprekskit-parse-cache-');
    const lessonsDir = join(dir, 'lessons');
    cpSync(BUILTIN_LESSONS_DIR, lessonsDir, { recursive: true });
    const cacheDir = join(dir, 'cache');
    const run = (cache = true) => validateKit(resolveOptions({ lessonsDir, cwd: dir, ...(cache ? { cacheDir } : { cache: false }) }));
    const entries = (area: string) => {
      try {
        return readdirSync(join(cacheDir, area)).length;
      } catch {
        return 0;
      }
    };
    return { lessonsDir, cacheDir, run, entries };
  };
  const summary = (kit: ReturnType<typeof validateKit>) => ({
    lessons: kit.lessons.map((l) => ({ file: l.file, lesson: l.lesson, source: l.source })),
    failed: kit.failed,
  });

  it('a warm run gives the same lessons and sources as a cold one and as none', () => {
    const { run, entries } = setup();
    const cold = summary(run());
    expect(cold.lessons).to.have.length(3);
    expect(entries('lessons')).to.equal(3);
    expect(entries('sources')).to.equal(1);
    expect(summary(run()), 'warm').to.deep.equal(cold);
    expect(summary(run(false)), '--no-cache').to.deep.equal(cold);
  });

  it('an edited lesson is parsed again, and a lesson with problems is not kept', () => {
    const { lessonsDir, run, entries } = setup();
    run();
    const file = join(lessonsDir, 'identiteit.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^title: ".*"$/m, 'title: "Een nieuwe titel"'));
    expect(run().lessons.find((l) => l.file === file)?.lesson.title).to.equal('Een nieuwe titel');
    writeFileSync(file, text.replace(/^title: ".*"$/m, 'titel: "typo"'));
    const broken = run();
    expect(broken.failed.map((f) => f.file)).to.deep.equal([file]);
    expect(JSON.stringify(broken.failed[0]!.problems[0])).to.include('titel');
    expect(entries('lessons'), 'one entry per file').to.equal(3);
    // The broken version is not what the cache holds: fixing it brings back the old entry's twin.
    writeFileSync(file, text);
    expect(run().failed).to.deep.equal([]);
  });

  it('a cached lesson whose quote no longer matches its source points at the quote line', () => {
    const { lessonsDir, run } = setup();
    run();
    const source = join(lessonsDir, 'sources', 'interview-somers.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('niet je afkomst maar je toekomst telt', 'niet je afkomst telt'));
    const lessonText = readFileSync(join(lessonsDir, 'identiteit.yaml'), 'utf8').split('\n');
    const quoteLine = lessonText.findIndex((l) => l.includes('niet je afkomst maar je toekomst telt')) + 1;
    const fresh = run(false).failed.find((f) => f.name === 'identiteit');
    const cached = run().failed.find((f) => f.name === 'identiteit');
    expect(fresh?.problems.map((p) => p.line)).to.include(quoteLine);
    expect(cached).to.deep.equal(fresh);
  });

  it('a damaged or foreign cache file is ignored', () => {
    const { cacheDir, run } = setup();
    const cold = summary(run());
    for (const area of ['lessons', 'sources']) {
      readdirSync(join(cacheDir, area)).forEach((f, i) => writeFileSync(join(cacheDir, area, f), i % 2 ? 'not json' : '{"format":"gesprekskit-cache/1","key":"x","sum":"y"}\n{}'));
    }
    expect(summary(run())).to.deep.equal(cold);
  });
});
