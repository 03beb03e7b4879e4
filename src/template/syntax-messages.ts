import Handlebars from 'handlebars';

/**
 * Handlebars reports syntax errors in parser terms ("Expecting 'OPEN_INVERSE_CHAIN',
 * 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'"), often at the end of the file. These turn them into
 * what went wrong, where the mistake is (the block that is never closed, not the end of the
 * file), and what to write instead.
 */

export interface TemplateSyntaxProblem {
  line: number;
  col?: number;
  message: string;
  hint: string;
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

const TOKENS: Record<string, string> = {
  EOF: 'the end of the template',
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN: '"{{"',
  OPEN_BLOCK: '"{{#"',
  OPEN_ENDBLOCK: 'a closing "{{/…}}"',
  OPEN_INVERSE: '"{{^"',
  INVERSE: '"{{else}}"',
  OPEN_INVERSE_CHAIN: '"{{else …}}"',
  OPEN_PARTIAL: '"{{>"',
  SEP: '"/"',
  ID: 'a name',
  STRING: 'a text in quotes',
  NUMBER: 'a number',
  EQUALS: '"="',
  OPEN_SEXPR: '"("',
  CLOSE_SEXPR: '")"',
  DATA: '"@"',
  CONTENT: 'text',
  INVALID: 'a character that is not allowed here',
};

const BLOCK_HINT = 'Every {{#if …}} / {{#each …}} / {{#with …}} needs its own {{/if}} / {{/each}} / {{/with}}; blocks close in the reverse order they open.';

export function explainTemplateSyntax(text: string, e: unknown): TemplateSyntaxProblem {
  const err = e as Error & { hash?: ParseHash; lineNumber?: number; column?: number };
  const message = err.message ?? String(e);

  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch && err.lineNumber !== undefined) {
    return {
      line: err.lineNumber,
      col: (err.column ?? 0) + 1,
      message: `template syntax error: {{#${mismatch[1]}}} is closed with {{/${mismatch[2]}}}`,
      hint: `Close it with {{/${mismatch[1]}}}. ${BLOCK_HINT}`,
    };
  }

  if (/^Lexical error/.test(message)) {
    const line = (err.hash?.line ?? 0) + 1;
    const comment = unclosedComment(text);
    if (comment) return { ...comment, message: 'template syntax error: this comment {{!-- is never closed with --}}', hint: 'End the comment with --}}.' };
    return { line, message: 'template syntax error: text that Handlebars cannot read', hint: 'Check the {{ … }} on this line: names, quotes and brackets.' };
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
      return {
        line: open.line,
        col: open.col,
        message: `template syntax error: {{#${open.name}}} is never closed with {{/${open.name}}}`,
        hint: `Add {{/${open.name}}} where the block should end. ${BLOCK_HINT}`,
      };
    }
  }
  if (got === 'EOF' || got === 'INVALID') {
    const open = unclosedMustache(text);
    if (open) {
      return { ...open, message: 'template syntax error: this {{ is never closed with }}', hint: 'Close it with }} on the same line, e.g. {{lesson.title}}.' };
    }
  }
  if (got === 'OPEN_ENDBLOCK') {
    return { ...here, message: 'template syntax error: this {{/…}} closes a block that was never opened', hint: `Remove it, or add the matching {{#…}} above it. ${BLOCK_HINT}` };
  }
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') {
    return { ...here, message: 'template syntax error: {{else}} outside an {{#if}} or {{#each}} block, or a second {{else}} in one block', hint: 'Use {{else}} once, between {{#if …}} and {{/if}}.' };
  }
  if (got === 'INVALID') {
    return {
      ...here,
      message: 'template syntax error: this {{ … }} is not closed, or holds a character that is not allowed',
      hint: 'Close it with }} on the same line, and put texts between matching quotes: {{eq kind "box"}}.',
    };
  }
  if (got === 'SEP' && /\{\{~?>\s*[./]/.test(lineOf(text, here.line))) {
    return {
      ...here,
      message: 'template syntax error: a partial is included by its name, not by a path',
      hint: 'Write {{> name}} for the file partials/name.hbs in a template folder.',
    };
  }
  if (got === 'CLOSE' && expected.some((t) => ['ID', 'STRING', 'NUMBER'].includes(t))) {
    return { ...here, message: 'template syntax error: something is missing before "}}"', hint: 'Write the name or value that belongs there, e.g. {{> glossary}} or {{#if lesson.intro}}.' };
  }
  const wanted = [...new Set(expected.map((t) => TOKENS[t]).filter((t): t is string => t !== undefined))];
  return {
    ...here,
    message: `template syntax error: unexpected ${TOKENS[got] ?? got}${wanted.length > 0 && wanted.length <= 3 ? `; expected ${wanted.join(' or ')}` : ''}`,
    hint: 'Check that every {{ has its }} and every {{#block}} its {{/block}}.',
  };
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
