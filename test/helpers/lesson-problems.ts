import { formatProblem, type Problem } from '../../src/errors.js';
import { checkLesson } from '../../src/lesson/check-lesson.js';
import { parseLesson } from '../../src/lesson/load-lesson.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { loadSource } from '../../src/source/load-source.js';
import { join } from 'node:path';

const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);

/** What loading and checking a lesson text (as `les.yaml`, against the shipped interview) reports, in English. */
export function lessonProblems(text: string): string[] {
  const problems: Problem[] = [];
  const loaded = parseLesson(text, 'les.yaml', problems, nodeFiles);
  if (loaded) checkLesson(loaded, source, problems);
  return problems.map((p) => formatProblem(p, 'en'));
}
