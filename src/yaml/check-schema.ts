import type { ErrorObject } from 'ajv';
import { problem, type Problem } from '../errors.js';
import type { PatternRule, TypeFix, ValueKind } from '../messages/catalogue/schema.js';
import type { Noun } from '../messages/nouns.js';
import { positionOf, type ParsedYaml } from './parse.js';
import * as validators from './schema-validators.js';
import type { SchemaName } from './shipped-schema.js';
import { suggest } from './suggest.js';

/** A validator as Ajv's standalone code makes it: errors of the last call on the function. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Checks a parsed YAML document against one of the shipped JSON Schemas and reports every
 * violation at its line and column, in words a teacher understands. `what` names the
 * document ("lesson"). The validators are compiled ahead of time (npm run schemas): Ajv
 * compiling them took about 60 ms of every command.
 */
export function checkSchema(schema: SchemaName, parsed: ParsedYaml, what: Noun): Problem[] {
  const validate = (validators as Record<SchemaName, Validator>)[schema];
  if (validate(parsed.value)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const errors = validate.errors ?? [];
  // A misspelt required key shows up twice (unknown "titel", missing "title"): keep the first.
  const typos = new Set<string>();
  for (const err of errors) {
    if (err.keyword !== 'additionalProperties') continue;
    const known = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
    const guess = suggest(String(err.params.additionalProperty), known);
    if (guess) typos.add(`${err.instancePath}|${guess}`);
  }
  // Several keys missing from one block: one problem that lists them all.
  const missing = new Map<string, string[]>();
  for (const err of errors) {
    if (err.keyword !== 'required' || typos.has(`${err.instancePath}|${String(err.params.missingProperty)}`)) continue;
    missing.set(err.instancePath, [...(missing.get(err.instancePath) ?? []), String(err.params.missingProperty)]);
  }
  for (const err of errors) {
    if (err.keyword === 'required' && typos.has(`${err.instancePath}|${String(err.params.missingProperty)}`)) continue;
    const keys = err.keyword === 'required' ? missing.get(err.instancePath) : undefined;
    if (keys && keys.length > 1) {
      if (keys[0] !== String(err.params.missingProperty)) continue;
      const path = pathOf(err.instancePath);
      problems.push(problem('schemaMissingKeys', { what, keys, path: label(path) }, { file: parsed.file, ...positionOf(parsed, path, 'value') }));
      continue;
    }
    const p = toProblem(err, parsed, what);
    if (!p) continue;
    const id = `${p.line}:${p.col}:${p.key}:${JSON.stringify(p.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(p);
  }
  return problems;
}

/** Patterns of the schemas, by what they are for; the words are in the catalogue (schema.ts). */
const PATTERN_RULES: Record<string, PatternRule> = {
  '^[a-z0-9][a-z0-9-]{0,62}$': 'id',
  '^[a-z0-9][a-z0-9-]*$': 'id',
  '^#[0-9a-fA-F]{6}$': 'colour',
  '^[a-z]{2}(-[A-Z]{2})?$': 'language',
};

function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Where in the file, as written there: "excerpts[2].quote"; empty for the file as a whole. */
function label(path: readonly string[]): string {
  return path.map((s, i) => (/^\d+$/.test(s) ? `[${Number(s) + 1}]` : i === 0 ? s : `.${s}`)).join('');
}

/** A value from the file, for the message to describe ("the text "tien"", "a list"). */
function describe(value: unknown): { valueKind: ValueKind; valueText?: string } {
  if (value === null || value === undefined) return { valueKind: 'nothing' };
  if (Array.isArray(value)) return { valueKind: 'list' };
  if (typeof value === 'object') return { valueKind: 'block' };
  if (typeof value === 'string') {
    const line = value.replace(/\s+/g, ' ');
    return { valueKind: 'text', valueText: line.length > 30 ? line.slice(0, 30) + '…' : line };
  }
  return { valueKind: typeof value === 'number' ? 'number' : 'value', valueText: String(value) };
}

/** The schema's own explanation of a field (Dutch, written for editors), when it has one. */
function descriptionOf(err: ErrorObject): { description?: string } {
  const description = (err.parentSchema as { description?: string } | undefined)?.description;
  return description ? { description } : {};
}

function toProblem(err: ErrorObject, parsed: ParsedYaml, what: Noun): Problem | undefined {
  const path = pathOf(err.instancePath);
  const file = parsed.file;
  const here = label(path);
  const at = { file, ...positionOf(parsed, path) };
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
      const guess = suggest(key, known);
      return problem('schemaUnknownKey', { key, path: here, known, ...(guess ? { guess } : {}) }, { file, ...positionOf(parsed, [...path, key], 'key') });
    }
    case 'required':
      return problem('schemaMissingKey', { what, key: String(err.params.missingProperty), path: here }, { file, ...positionOf(parsed, path, 'value') });
    case 'type': {
      const types = String(err.params.type).split(',');
      const last = path[path.length - 1] ?? here;
      const data: unknown = err.data;
      const wantsText = types.length === 1 && types[0] === 'string';
      const fix: TypeFix =
        wantsText && Array.isArray(data)
          ? 'text-not-list'
          : wantsText && data !== null && typeof data === 'object'
            ? 'text-not-block'
            : wantsText
              ? 'quote'
              : typeof data === 'string' && data.trim() !== '' && !Number.isNaN(Number(data)) && types.some((t) => t === 'number' || t === 'integer')
                ? 'unquote'
                : 'write-as';
      return problem('schemaType', { path: here, types, fix, last, ...describe(data), ...(fix === 'unquote' ? { written: String(data).trim() } : {}) }, at);
    }
    case 'enum': {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      const guess = typeof err.data === 'string' ? suggest(err.data, allowed) : undefined;
      return problem('schemaEnum', { path: here, allowed, ...describe(err.data), ...(guess ? { guess } : {}) }, at);
    }
    case 'const':
      return problem('schemaConst', { path: here, allowed: String(err.params.allowedValue) }, at);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { minimum, maximum } = (err.parentSchema ?? {}) as { minimum?: number; maximum?: number };
      const limit = Number(err.params.limit);
      const range =
        minimum !== undefined && maximum !== undefined
          ? ({ bound: 'between', min: minimum, max: maximum } as const)
          : err.keyword === 'minimum' || err.keyword === 'exclusiveMinimum'
            ? ({ bound: 'min', limit } as const)
            : ({ bound: 'max', limit } as const);
      return problem('schemaRange', { path: here, value: String(err.data), ...range }, at);
    }
    case 'minLength':
      return problem('schemaEmpty', { path: here }, at);
    case 'maxLength':
      return problem('schemaTooLong', { path: here, limit: Number(err.params.limit) }, at);
    case 'minItems':
      return problem('schemaTooFew', { path: here, limit: Number(err.params.limit) }, at);
    case 'maxItems':
      return problem('schemaTooMany', { path: here, limit: Number(err.params.limit) }, at);
    case 'pattern': {
      const pattern = String(err.params.pattern);
      const rule = PATTERN_RULES[pattern];
      return rule
        ? problem('schemaPattern', { path: here, rule, ...describe(err.data) }, at)
        : problem('schemaPatternOther', { path: here, pattern, ...describe(err.data), ...descriptionOf(err) }, at);
    }
    case 'anyOf':
    case 'oneOf':
      // The branch errors already say what is wrong, except when the value fits no branch at all.
      return problem('schemaShape', { path: here, ...descriptionOf(err) }, at);
    default:
      return problem('schemaOther', { path: here, detail: err.message ?? 'is not valid', ...descriptionOf(err) }, at);
  }
}
