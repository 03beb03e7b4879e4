import { problem, reword, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import { checkSchema } from '../yaml/check-schema.js';
import { controlCharacterProblems } from '../yaml/control-characters.js';
import { parseYaml, type ParsedYaml } from '../yaml/parse.js';
import type { Lesson } from './schema.js';

export interface LoadedLesson {
  file: string;
  lesson: Lesson;
  /** Kept so later checks (quotes, agenda) can point at a line and column. */
  yaml: ParsedYaml;
}

/**
 * Reads and schema-checks one lesson file. Returns undefined when it has problems (they are
 * appended to `problems`); checks against the source text come later, in checkLesson.
 */
export function loadLesson(file: string, problems: Problem[], input: InputFiles): LoadedLesson | undefined {
  const text = readLessonText(file, problems, input);
  return text === undefined ? undefined : parseLesson(text, file, problems, input);
}

/** A lesson file's text, or undefined when it cannot be read (the problems say why). */
export function readLessonText(file: string, problems: Problem[], input: InputFiles): string | undefined {
  try {
    // Found in the lessons folder: a link may not lead out of it.
    return readTextFile(input, file, 'lessonFile', input.dirname(file));
  } catch (e) {
    if (e instanceof Error && 'problems' in e) {
      for (const p of (e as { problems: Problem[] }).problems) {
        // Lesson files are found by their name: a folder called x.yaml is in the way.
        problems.push(p.code === 'GK_FILE_IS_FOLDER' ? reword(p, 'lessonFileIsFolder', {}) : p);
      }
      return undefined;
    }
    throw e;
  }
}

export function parseLesson(text: string, file: string, problems: Problem[], input: InputFiles): LoadedLesson | undefined {
  const yaml = parseYaml(text, file, problems);
  if (!yaml) return undefined;
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    problems.push(problem('lessonNotAMap', {}, { file, line: 1, col: 1 }));
    return undefined;
  }
  const schemaProblems = checkSchema('lesson', yaml, 'lesson');
  if (schemaProblems.length > 0) {
    problems.push(...schemaProblems);
    return undefined;
  }
  const controls = controlCharacterProblems(yaml, 'lessonFile');
  if (controls.length > 0) {
    problems.push(...controls);
    return undefined;
  }
  return { file, lesson: yaml.value as Lesson, yaml };
}
