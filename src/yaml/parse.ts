import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from '../errors.js';

/** Keys that would reach into JavaScript object prototypes once the YAML becomes an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  doc: Document.Parsed;
  value: unknown;
  /** Turns a character offset in the YAML text into a 1-based line and column in the file. */
  position(offset: number): { line: number; col: number };
  file: string;
}

/**
 * Parses YAML keeping node positions. `firstLine` shifts positions when the YAML is embedded
 * in another file (the front matter of a source text). Syntax errors, alias bombs and
 * prototype keys become problems; the caller decides whether to go on.
 */
export function parseYaml(text: string, file: string, problems: Problem[], firstLine = 1): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const position = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col };
  };
  const before = problems.length;
  for (const err of doc.errors) {
    problems.push({
      code: 'GK_YAML_SYNTAX',
      file,
      ...position(errorOffset(text, err.code, err.message, err.pos[0])),
      message: yamlMessage(err.code, err.message),
      hint: yamlHint(err.code, err.message),
    });
  }
  if (problems.length > before) return undefined;

  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push({
          code: 'GK_YAML_FORBIDDEN_KEY',
          file,
          ...position(pair.key.range?.[0] ?? 0),
          message: `the key "${String(pair.key.value)}" is not allowed`,
          hint: 'Rename or remove this key; gesprekskit never uses it.',
        });
      }
    },
  });
  if (problems.length > before) return undefined;

  let value: unknown;
  try {
    // maxAliasCount stops "billion laughs" alias bombs.
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    problems.push({
      code: 'GK_YAML_ALIASES',
      file,
      line: firstLine,
      col: 1,
      message: `the YAML uses too many aliases (*name): ${(e as Error).message}`,
      hint: 'Write the text out instead of repeating it with &anchor / *alias.',
    });
    return undefined;
  }
  return { doc, value, position, file };
}

/** An unclosed quote is reported where the line ends; point at the quote that opens it. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return offset;
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const quoteChar = /"/.test(message) ? '"' : "'";
  const at = text.indexOf(quoteChar, lineStart);
  return at !== -1 && at < offset ? at : offset;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'YAML syntax error: a tab is used for indentation';
    case 'DUPLICATE_KEY':
      return `YAML syntax error: ${first.replace('Map keys must be unique', 'this key appears twice in the same block')}`;
    case 'MISSING_CHAR':
    case 'BAD_SCALAR_START':
      return `YAML syntax error: ${first}`;
    default:
      return `YAML syntax error: ${first}`;
  }
}

function yamlHint(code: string, message: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'Indent with spaces only (2 per level); set your editor to insert spaces for Tab.';
    case 'DUPLICATE_KEY':
      return 'Remove or rename one of the two.';
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return 'Add the closing quote at the end of the text, or remove the opening one.';
      return 'Check the indentation: items of the same list or block start in the same column.';
    case 'BAD_INDENT':
      return 'Check the indentation: items of the same list or block start in the same column.';
    default:
      if (/quot|end of/i.test(message)) return 'Check that every opening quote (" or \') has a matching closing quote.';
      return 'Compare with an example lesson in lessons/, or put text containing ":" or "#" between quotes.';
  }
}

/** The YAML node at a data path (as Ajv reports it), and the key node pointing at it. */
export function nodeAt(parsed: ParsedYaml, path: readonly (string | number)[]): { node?: Node; key?: Node } {
  let node: unknown = parsed.doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: node as Node, key };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { node: node as Node, key };
      key = undefined;
      node = item;
    } else {
      return { node: node as Node | undefined, key };
    }
  }
  return { node: node as Node | undefined, key };
}

/** Position of the value at `path`, falling back to its closest existing parent. */
export function positionOf(parsed: ParsedYaml, path: readonly (string | number)[], at: 'key' | 'value' = 'value') {
  const { node, key } = nodeAt(parsed, path);
  const target = at === 'key' && key ? key : (node ?? key);
  const offset = target?.range?.[0] ?? 0;
  return parsed.position(offset);
}
