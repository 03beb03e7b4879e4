import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { problem, type Problem } from '../errors.js';
import { explainYamlErrors } from './syntax-messages.js';

/** Keys that would reach into JavaScript object prototypes once the YAML becomes an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The YAML 1.2 core tags: writing !!str before a text changes nothing, so it is allowed. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * A node's range starts at its value, after any tag and anchor: the tag as typed is the last
 * "!…" word before it on the same line.
 */
function tagOffset(text: string, valueStart: number): number {
  const lineStart = text.lastIndexOf('\n', Math.max(0, valueStart - 1)) + 1;
  const before = text.slice(lineStart, valueStart + 1);
  const at = before.search(/!\S*\s*(&\S+\s*)?\S?$/);
  if (at !== -1) return lineStart + at;
  const inside = text.slice(valueStart, text.indexOf('\n', valueStart) === -1 ? undefined : text.indexOf('\n', valueStart)).indexOf('!');
  return inside !== -1 ? valueStart + inside : valueStart;
}

function tagAsWritten(text: string, valueStart: number, fallback: string): string {
  return /^!\S*/.exec(text.slice(tagOffset(text, valueStart)))?.[0] ?? fallback;
}

/** More aliases than any hand-written lesson needs; fewer than an alias bomb uses. */
const MAX_ALIASES = 50;

export interface ParsedYaml {
  doc: Document.Parsed;
  value: unknown;
  /** Turns a character offset in the YAML text into a 1-based line and column in the file. */
  position(offset: number): { line: number; col: number };
  file: string;
  /** The YAML text itself, to point inside long values. */
  text: string;
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
  // A second document is an error of its own: say so in words.
  const second = doc.errors.find((e) => e.code === 'MULTIPLE_DOCS');
  if (second) {
    problems.push(problem('yamlMultipleDocuments', {}, { file, ...position(second.pos[0]) }));
    return undefined;
  }
  const raw = doc.errors.map((err) => ({ code: err.code, message: err.message, offset: err.pos[0] }));
  for (const p of explainYamlErrors(text, raw)) {
    problems.push({ ...p.problem, file, ...position(p.offset) });
  }
  if (problems.length > before) return undefined;

  visit(doc, {
    Node(_, node) {
      // Tags (!include, !!js/function, …) would be silently read as plain text.
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        problems.push(problem('yamlTag', { tag: tagAsWritten(text, node.range?.[0] ?? 0, node.tag) }, { file, ...position(tagOffset(text, node.range?.[0] ?? 0)) }));
      }
    },
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key) && !isAlias(pair.key)) {
        problems.push(problem('yamlComplexKey', {}, { file, ...position((pair.key as Node).range?.[0] ?? 0) }));
        return;
      }
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push(problem('yamlMergeKey', {}, { file, ...position(pair.key.range?.[0] ?? 0) }));
        return;
      }
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(problem('yamlForbiddenKey', { key: String(pair.key.value) }, { file, ...position(pair.key.range?.[0] ?? 0) }));
      }
    },
  });
  if (problems.length > before) return undefined;

  const aliases: { name: string; offset: number }[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push({ name: node.source, offset: node.range?.[0] ?? 0 });
    },
  });
  let value: unknown;
  try {
    // maxAliasCount stops "billion laughs" alias bombs.
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const unresolved = /Unresolved alias.*: (.*)$/.exec((e as Error).message)?.[1];
    const alias = aliases.find((a) => a.name === unresolved) ?? aliases[0];
    problems.push(
      unresolved !== undefined
        ? problem('yamlAlias', { name: unresolved }, { file, ...position(alias?.offset ?? 0) })
        : problem('yamlAliases', { max: MAX_ALIASES }, { file, ...position(alias?.offset ?? 0) }),
    );
    return undefined;
  }
  return { doc, value, position, file, text };
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

/** Position of `needle` inside the value at `path` (e.g. "¶40" in a long hint), else of the value. */
export function positionIn(parsed: ParsedYaml, path: readonly (string | number)[], needle: string) {
  const { node } = nodeAt(parsed, path);
  const range = node?.range;
  if (range) {
    const at = parsed.text.slice(range[0], range[1]).indexOf(needle);
    if (at !== -1) return parsed.position(range[0] + at);
  }
  return positionOf(parsed, path);
}
