/**
 * Turns the yaml library's syntax errors into messages a teacher can act on: where the
 * mistake really is (often a line below where the parser noticed it), what it means in
 * terms of indentation, quotes and colons, and how to fix it. One mistake often makes
 * the parser report two or three errors on the same spot; those collapse into one.
 */
import { problem, type Problem } from '../errors.js';
import type { MessageKey, ParamsOf } from '../messages/catalogue.js';

export interface RawYamlError {
  code: string;
  message: string;
  /** Character offset where the parser noticed the problem. */
  offset: number;
}

export interface YamlSyntaxProblem {
  /** Character offset of the mistake, as the user sees it. */
  offset: number;
  /** The message, without a position yet. */
  problem: Problem;
}

/** Mistakes that stand on their own; any other error after a first one is likely its echo. */
const INDEPENDENT = new Set(['TAB_AS_INDENT', 'DUPLICATE_KEY']);

export function explainYamlErrors(text: string, errors: readonly RawYamlError[]): YamlSyntaxProblem[] {
  const out: YamlSyntaxProblem[] = [];
  const lines = new Set<number>();
  const offsets = new Set<number>();
  let echoes = 0;
  let firstStructural: YamlSyntaxProblem | undefined;
  for (const err of [...errors].sort((a, b) => a.offset - b.offset)) {
    if (offsets.has(err.offset)) continue;
    offsets.add(err.offset);
    const multiline = errors.some((e) => e !== err && e.offset === err.offset && e.code === 'MULTILINE_IMPLICIT_KEY');
    const p = explain(text, err, multiline);
    // Follow-up errors of the same mistake land on the same line: report it once.
    const line = lineIndex(text, p.offset);
    if (lines.has(line)) continue;
    lines.add(line);
    // After one broken line, the parser finds the rest of its block broken too: those
    // reports would bury the real mistake, so they are counted, not listed.
    if (!INDEPENDENT.has(err.code) && out.length > 0) {
      echoes++;
      continue;
    }
    if (!INDEPENDENT.has(err.code)) firstStructural = p;
    out.push(p);
  }
  if (echoes > 0) {
    const target = firstStructural ?? out[0]!;
    target.problem = { ...target.problem, params: { ...target.problem.params, more: echoes } };
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function explain(text: string, err: RawYamlError, multiline: boolean): YamlSyntaxProblem {
  const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = <K extends MessageKey>(offset: number, key: K, params: ParamsOf<K>): YamlSyntaxProblem => ({ offset, problem: problem(key, params) });
  const lineStart = text.lastIndexOf('\n', Math.max(0, err.offset - 1)) + 1;
  const lineText = text.slice(lineStart, endOfLine(text, lineStart));
  const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)/.exec(lineText)?.[1];

  if (/Maximum call stack/i.test(first)) {
    return at(err.offset, 'yamlTooDeep', {});
  }
  if (/sequence items must start at the same column|Sequence item without - indicator/i.test(first)) {
    return at(err.offset, 'yamlItemMisaligned', {});
  }
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return at(err.offset, 'yamlTab', {});
    case 'DUPLICATE_KEY':
      return at(err.offset, 'yamlDuplicateKey', { key: keyAt(text, err.offset) });
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (/block sequence/i.test(first)) {
        return at(lineStart, 'yamlItemMisaligned', {});
      }
      if (multiline) {
        // A value followed by a line indented deeper: YAML reads that line as more of the
        // value, then finds a "key:" inside it. The mistake is the indentation below.
        const next = nextContentLine(text, lineStart);
        if (next !== undefined) {
          const nextText = text.slice(next, endOfLine(text, next));
          const nextKey = /^\s*(?:-\s+)?([^\s:#][^:#]*?):/.exec(nextText)?.[1];
          const indent = nextText.length - nextText.trimStart().length;
          return at(next + indent, 'yamlIndentedValue', { ...(key ? { key } : {}), ...(nextKey ? { nextKey } : {}) });
        }
      }
      if (/nested mappings/i.test(first)) {
        const colon = text.indexOf(': ', err.offset);
        return at(colon !== -1 && colon < endOfLine(text, err.offset) ? colon : err.offset, 'yamlColonInValue', key ? { key } : {});
      }
      return at(err.offset, 'yamlOtherKeys', { detail: first });
    case 'BAD_INDENT':
      if (/^Flow (sequence|map)/.test(first)) {
        const open = /sequence/.test(first) ? '[' : '{';
        const close = open === '[' ? ']' : '}';
        const start = text.lastIndexOf(open, err.offset);
        return at(start === -1 ? err.offset : start, 'yamlUnclosedFlow', { open, close });
      }
      if (/mapping items must start at the same column/.test(first)) {
        return at(err.offset, 'yamlKeyMisaligned', {});
      }
      return at(err.offset, 'yamlOtherItems', { detail: first });
    case 'MISSING_CHAR':
      if (/quote/i.test(first)) {
        const quote = /"/.test(first) ? '"' : "'";
        const open = openingQuote(text, err.offset, quote);
        return at(open, 'yamlUnclosedQuote', { quote });
      }
      if (/Implicit map keys need to be followed by map values/.test(first)) {
        return at(err.offset, 'yamlNoColon', {});
      }
      return at(err.offset, 'yamlOtherItems', { detail: first });
    case 'BAD_SCALAR_START': {
      const ch = /character (\S)/.exec(first)?.[1] ?? text[err.offset] ?? '';
      return at(err.offset, 'yamlBadStart', { char: ch, example: `${ch}…`, ...(key ? { key } : {}) });
    }
    case 'UNEXPECTED_TOKEN': {
      const value = /^\s*(?:-\s+)?[^\s:#][^:#]*?:\s+(.*)$/.exec(lineText)?.[1] ?? '';
      if (/^[*&]/.test(value)) {
        return at(lineStart + lineText.indexOf(value), 'yamlBadStart', { char: value[0]!, example: value.length > 20 ? value.slice(0, 20) + '…' : value, ...(key ? { key } : {}) });
      }
      if (/at node end/.test(first) && /["']\s*$/.test(text.slice(lineStart, err.offset))) {
        return at(err.offset, 'yamlTextAfterQuote', {});
      }
      return at(err.offset, 'yamlUnexpected', { detail: first.replace(/ in YAML stream.*$/, '').replace(/^Unexpected /, 'unexpected ') });
    }
    default:
      return at(err.offset, 'yamlOther', { detail: first });
  }
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function lineIndex(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Start of the first non-blank, non-comment line after the line starting at `lineStart`. */
function nextContentLine(text: string, lineStart: number): number | undefined {
  let at = endOfLine(text, lineStart) + 1;
  while (at < text.length) {
    const line = text.slice(at, endOfLine(text, at));
    if (line.trim() !== '' && !line.trim().startsWith('#')) return at;
    at += line.length + 1;
  }
  return undefined;
}

function keyAt(text: string, offset: number): string {
  return /^\s*(?:-\s+)?["']?([^:"'\n]*)/.exec(text.slice(offset, endOfLine(text, offset)))?.[1]?.trim() ?? '';
}

/**
 * An unclosed quote is noticed where the file (or the block) ends; the quote that opens it
 * is the last unmatched one before that point.
 */
function openingQuote(text: string, offset: number, quote: string): number {
  let open = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '#' && open === -1 && (i === 0 || /\s/.test(text[i - 1]!))) {
      i = endOfLine(text, i);
      continue;
    }
    if (c !== quote) continue;
    if (open === -1) {
      // Only a quote that starts a value opens a quoted text.
      if (/(^|[\s:[{,-])$/.test(text.slice(Math.max(0, i - 1), i))) open = i;
    } else if (quote === "'" && text[i + 1] === "'") {
      i++;
    } else if (quote === '"' && text[i - 1] === '\\') {
      continue;
    } else {
      open = -1;
    }
  }
  return open === -1 ? offset : open;
}
