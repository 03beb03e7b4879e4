import Handlebars from 'handlebars';
import { problem, type Problem } from '../errors.js';

/**
 * Handlebars reports syntax errors in parser terms ("Expecting 'OPEN_INVERSE_CHAIN',
 * 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'"), often at the end of the file. These turn them into
 * what went wrong, where the mistake is (the block that is never closed, not the end of the
 * file), and what to write instead.
 */

export interface TemplateSyntaxProblem {
  line: number;
  col?: number;
  /** The message, without a position yet. */
  problem: Problem;
}

interface ParseHash {
  token?: string | null;
  expected?: string[];
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
}

// Handlebars' generated parser throws errors without their position; keep the details it
// has (token, expected tokens, location) on the error. Behaviour is otherwise unchanged.
const parser = (Handlebars as unknown as { Parser: { parseError: (str: string, hash: ParseHash) => never } }).Parser;
parser.parseError = (str: string, hash: ParseHash) => {
  throw Object.assign(new Error(str), { hash });
};

export function explainTemplateSyntax(text: string, e: unknown): TemplateSyntaxProblem {
  const err = e as Error & { hash?: ParseHash; lineNumber?: number; column?: number };
  const message = err.message ?? String(e);

  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch && err.lineNumber !== undefined) {
    return { line: err.lineNumber, col: (err.column ?? 0) + 1, problem: problem('templateMismatchedClose', { open: mismatch[1]!, close: mismatch[2]! }) };
  }

  if (/^Lexical error/.test(message)) {
    const line = (err.hash?.line ?? 0) + 1;
    const comment = unclosedComment(text);
    if (comment) return { ...comment, problem: problem('templateUnclosedComment', {}) };
    return { line, problem: problem('templateUnreadable', {}) };
  }

  const hash = err.hash;
  const got = hash?.token ?? /got '(\w+)'/.exec(message)?.[1] ?? '';
  const expected = (hash?.expected ?? []).map((t) => t.replace(/'/g, ''));
  const loc = hash?.loc;
  // `loc` is the token before the offending one, which starts where that token ends.
  const here = loc ? { line: loc.last_line, col: loc.last_column + 1 } : { line: Number(/line (\d+)/.exec(message)?.[1] ?? 1) };

  if (got === 'EOF' && expected.includes('OPEN_ENDBLOCK')) {
    const open = unclosedBlock(text);
    if (open) {
      return { line: open.line, col: open.col, problem: problem('templateUnclosedBlock', { name: open.name }) };
    }
  }
  if (got === 'EOF' || got === 'INVALID') {
    const open = unclosedMustache(text);
    if (open) {
      return { ...open, problem: problem('templateUnclosedMustache', {}) };
    }
  }
  if (got === 'OPEN_ENDBLOCK') {
    return { ...here, problem: problem('templateStrayClose', {}) };
  }
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') {
    return { ...here, problem: problem('templateStrayElse', {}) };
  }
  if (got === 'INVALID') {
    return { ...here, problem: problem('templateInvalidChar', {}) };
  }
  if (got === 'SEP' && /\{\{~?>\s*[./]/.test(lineOf(text, here.line))) {
    return { ...here, problem: problem('templatePartialBySyntaxPath', {}) };
  }
  if (got === 'CLOSE' && expected.some((t) => ['ID', 'STRING', 'NUMBER'].includes(t))) {
    return { ...here, problem: problem('templateMissingBeforeClose', {}) };
  }
  return { ...here, problem: problem('templateUnexpected', { got, expected }) };
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

/** The innermost {{#block}} still open at the end of the template. */
function unclosedBlock(text: string): { name: string; line: number; col: number } | undefined {
  const stack: { name: string; line: number; col: number }[] = [];
  const tag = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#/])\s*>?\s*([^\s}~]+)/g;
  for (const m of text.matchAll(tag)) {
    if (!m[1]) continue;
    const name = m[2]!;
    if (m[1] === '#') {
      const before = text.slice(0, m.index);
      const line = before.split('\n').length;
      stack.push({ name: name.replace(/^\*/, ''), line, col: m.index - before.lastIndexOf('\n') });
    } else {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at !== -1) stack.splice(at);
    }
  }
  return stack.pop();
}

/** The first "{{" with no "}}" after it on its line. */
function unclosedMustache(text: string): { line: number; col: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let from = 0;
    for (let at = l.indexOf('{{', from); at !== -1; at = l.indexOf('{{', from)) {
      const close = l.indexOf('}}', at + 2);
      const next = l.indexOf('{{', at + 2);
      if (close === -1 || (next !== -1 && next < close)) return { line: i + 1, col: at + 1 };
      from = close + 2;
    }
  }
  return undefined;
}

function unclosedComment(text: string): { line: number; col: number } | undefined {
  const at = text.search(/\{\{!--(?![\s\S]*?--\}\})/);
  if (at === -1) return undefined;
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}
