import { problem, type Problem } from '../errors.js';
import type { Noun } from '../messages/nouns.js';
import { nodeAt, positionOf, type ParsedYaml } from './parse.js';

/**
 * Characters that never belong in text for a worksheet: C0 and C1 controls (an escape
 * "\e[31m" would colour the terminal when a message quotes the text, BEL rings it) and the
 * bidirectional overrides and isolates (U+202E turns text around: "trojan source"). Line
 * breaks and tabs are ordinary text.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** "U+001B" for a character. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One problem per text value holding a control character, at that value. */
export function controlCharacterProblems(parsed: ParsedYaml, what: Noun): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = CONTROL_CHARACTER.exec(value);
      if (m) problems.push(problem('controlCharacter', { code: codePointName(m[0]), what }, { file: parsed.file, ...whereTyped(parsed, path, m[0]) }));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(parsed.value, []);
  return problems;
}

/** YAML's short escapes for control characters, as typed between double quotes. */
const NAMED: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\e', 0x85: '\\N' };

/** Where the character was typed: as itself, or as an escape (\e, \x1b, \u202E) in quotes. */
function whereTyped(parsed: ParsedYaml, path: (string | number)[], ch: string): { line: number; col: number } {
  const range = nodeAt(parsed, path).node?.range;
  if (range) {
    const written = parsed.text.slice(range[0], range[1]);
    const code = ch.codePointAt(0)!;
    const hex = code.toString(16);
    const forms = [ch, NAMED[code], `\\x${hex.padStart(2, '0')}`, `\\u${hex.padStart(4, '0')}`, `\\U${hex.padStart(8, '0')}`].filter((f): f is string => f !== undefined);
    let best = -1;
    for (const form of forms) {
      const at = written.toLowerCase().indexOf(form.toLowerCase());
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    if (best !== -1) return parsed.position(range[0] + best);
  }
  return positionOf(parsed, path);
}
