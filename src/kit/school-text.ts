import { KitError, type Problem } from '../errors.js';
import { MissingGlyphError } from '../layout/fonts.js';
import { fontStack } from '../layout/measure.js';
import { shape } from '../layout/text.js';
import { makeTheme } from '../layout/theme.js';
import type { FontChoice } from '../layout/font-choices.js';
import type { InputFiles } from '../input/input-files.js';
import type { KitOptions } from './options.js';

/**
 * The school's name (bold, in every header) and contact (teacher guide) must print: a
 * character no font has is the config file's mistake, reported at its line there, not in
 * every lesson that happens to print it.
 */
export function checkSchoolText(options: KitOptions, input: InputFiles): void {
  const problems: Problem[] = [];
  const { name, contact, places } = options.school;
  for (const [text, bold, where] of [
    [name, true, places?.name],
    [contact, false, places?.contact],
  ] as const) {
    const p = glyphProblem(text, bold, options.font, input);
    if (p) problems.push({ ...p, ...(where ?? {}) });
  }
  if (problems.length > 0) throw new KitError(problems);
}

/** The missing-glyph problem for a text, or undefined when every character prints. */
export function glyphProblem(text: string, bold: boolean, font: FontChoice, input: InputFiles): Problem | undefined {
  if (!text) return undefined;
  try {
    shape([{ text, bold }], makeTheme({ font }).body, fontStack(font, input));
    return undefined;
  } catch (e) {
    if (e instanceof MissingGlyphError) return e.problems[0];
    throw e;
  }
}
