import type { HelperOptions } from 'handlebars';

/**
 * Templates are written by schools, so they are treated as untrusted: they may read the
 * lesson data and nothing else. Handlebars already refuses prototype properties at run time
 * (we never enable allowProtoPropertiesByDefault), but silently, as a blank plus a console
 * warning. Here the same names are refused up front, with the template's line and column,
 * and `lookup` refuses them at run time too.
 */

/** Names that lead from data to JavaScript internals: Object.prototype members and `prototype`. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export interface UnsafeUse {
  name: string;
  line: number;
  col: number;
  kind: 'field' | 'lookup' | 'partial-path' | 'log';
}

interface Loc {
  start: { line: number; column: number };
}

interface AstNode {
  type?: string;
  loc?: Loc;
  [key: string]: unknown;
}

/** Walks a parsed template (Handlebars AST) and lists every forbidden name or partial path. */
export function findUnsafeUses(ast: unknown): UnsafeUse[] {
  const found: UnsafeUse[] = [];
  const at = (node: AstNode) => ({ line: node.loc?.start.line ?? 1, col: (node.loc?.start.column ?? 0) + 1 });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as AstNode;
    if (n.type === 'PathExpression') {
      for (const part of (n.parts as string[] | undefined) ?? []) {
        if (FORBIDDEN_NAMES.has(part)) found.push({ name: part, kind: 'field', ...at(n) });
      }
    }
    // {{log}} would print lesson data (a class list's names) to the terminal.
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') && (n.path as AstNode | undefined)?.original === 'log') {
      found.push({ name: 'log', kind: 'log', ...at(n) });
    }
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') && (n.path as AstNode | undefined)?.original === 'lookup') {
      for (const p of (n.params as AstNode[] | undefined) ?? []) {
        if (p.type === 'StringLiteral' && FORBIDDEN_NAMES.has(String(p.value))) found.push({ name: String(p.value), kind: 'lookup', ...at(p) });
      }
    }
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      const name = n.name as AstNode | undefined;
      const original = name && (name.type === 'PathExpression' || name.type === 'StringLiteral') ? String(name.original ?? name.value) : '';
      if (/[/\\]|^\.|\.\./.test(original)) found.push({ name: original, kind: 'partial-path', ...at(n) });
      else if (FORBIDDEN_NAMES.has(original)) found.push({ name: original, kind: 'field', ...at(n) });
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'loc' && value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  // constructor.constructor, or a partial called by a forbidden name, is one mistake.
  const seen = new Set<string>();
  return found.filter((u) => {
    const key = `${u.line}:${u.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Thrown by `lookup` when a template asks for a name that is not the data's own. */
export class ForbiddenLookupError extends Error {
  constructor(readonly property: string) {
    super(`lookup of "${property}" refused`);
  }
}

/**
 * Replaces Handlebars' `lookup`: own properties only. A computed name that reaches for a
 * prototype member is an error, not a silent blank.
 */
export function safeLookup(obj: unknown, field: unknown, _options?: HelperOptions): unknown {
  if (obj === null || obj === undefined) return obj;
  const key = String(field);
  if (Object.prototype.hasOwnProperty.call(obj, key)) return (obj as Record<string, unknown>)[key];
  if (FORBIDDEN_NAMES.has(key) || key in Object(obj)) throw new ForbiddenLookupError(key);
  return undefined;
}
