import type { ErrorObject } from 'ajv';
import type { Problem } from '../errors.js';
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
 * document ("lesson"). The validators are compiled ahead of time (npm run schemas).
 */
export function checkSchema(schema: SchemaName, parsed: ParsedYaml, what: string): Problem[] {
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
      problems.push({
        code: 'GK_SCHEMA_MISSING',
        file: parsed.file,
        ...positionOf(parsed, path, 'value'),
        message: `${what} is missing the required keys ${keys.map((k) => `"${k}"`).join(', ')}${path.length ? ` in ${label(path)}` : ''}`,
        hint: `Add a line for each (${keys.map((k) => `${k}: …`).join(', ')}); see the example lessons.`,
      });
      continue;
    }
    const p = toProblem(err, parsed, what);
    if (!p) continue;
    const id = `${p.line}:${p.col}:${p.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(p);
  }
  return problems;
}

/** Patterns of the schemas, in words: ids become folder and file names. */
const ID_RULE = {
  rule: 'an id may only contain lowercase letters, digits and dashes',
  hint: 'Use something like "samen-leven": no spaces, capitals, accents, dots or slashes (it becomes a folder name in output/).',
};
const PATTERN_RULES: Record<string, { rule: string; hint: string }> = {
  '^[a-z0-9][a-z0-9-]{0,62}$': ID_RULE,
  '^[a-z0-9][a-z0-9-]*$': ID_RULE,
};

function pathOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function label(path: readonly string[]): string {
  if (path.length === 0) return 'the file';
  return path.map((s, i) => (/^\d+$/.test(s) ? `[${Number(s) + 1}]` : i === 0 ? s : `.${s}`)).join('');
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a block of "key: value" lines',
  null: 'nothing',
};

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of keys';
  if (typeof value === 'string') {
    const line = value.replace(/\s+/g, ' ');
    return `the text "${line.length > 30 ? line.slice(0, 30) + '…' : line}"`;
  }
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function toProblem(err: ErrorObject, parsed: ParsedYaml, what: string): Problem | undefined {
  const path = pathOf(err.instancePath);
  const file = parsed.file;
  const here = label(path);
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
      const guess = suggest(key, known);
      return {
        code: 'GK_SCHEMA_UNKNOWN_KEY',
        file,
        ...positionOf(parsed, [...path, key], 'key'),
        message: `unknown key "${key}"${path.length ? ` in ${here}` : ''}${guess ? `; did you mean "${guess}"?` : ''}`,
        hint: guess ? `Rename it to "${guess}".` : `Allowed here: ${known.join(', ')}.`,
      };
    }
    case 'required': {
      const key = String(err.params.missingProperty);
      return {
        code: 'GK_SCHEMA_MISSING',
        file,
        ...positionOf(parsed, path, 'value'),
        message: `${what} is missing the required key "${key}"${path.length ? ` in ${here}` : ''}`,
        hint: `Add a line "${key}: …"${path.length ? ` to ${here}` : ''}; see the example lessons.`,
      };
    }
    case 'type': {
      const want = String(err.params.type)
        .split(',')
        .map((t) => typeNames[t] ?? t)
        .join(' or ');
      return {
        code: 'GK_SCHEMA_TYPE',
        file,
        ...positionOf(parsed, path),
        message: `${here} must be ${want}, not ${describe(err.data)}`,
        hint:
          want === 'text' && Array.isArray(err.data)
            ? `Write it as one text: ${path[path.length - 1] ?? here}: "…" (square brackets or "- " lines make a list).`
            : want === 'text' && err.data !== null && typeof err.data === 'object'
            ? `Write it as one text: ${path[path.length - 1] ?? here}: "…" (indented "key: value" lines below it make a block).`
            : want === 'text'
            ? 'Put the value between quotes to make it text.'
            : typeof err.data === 'string' && err.data.trim() !== '' && !Number.isNaN(Number(err.data)) && /number/.test(want)
              ? `Remove the quotes: ${path[path.length - 1] ?? here}: ${err.data.trim()}`
              : `Write ${here} as ${want}.`,
      };
    }
    case 'enum': {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      const guess = typeof err.data === 'string' ? suggest(err.data, allowed) : undefined;
      return {
        code: 'GK_SCHEMA_VALUE',
        file,
        ...positionOf(parsed, path),
        message: `${here} is ${describe(err.data)}, which is not one of: ${allowed.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
        hint: `Use one of the listed values${guess ? `, probably "${guess}"` : ''}.`,
      };
    }
    case 'const':
      return {
        code: 'GK_SCHEMA_VALUE',
        file,
        ...positionOf(parsed, path),
        message: `${here} must be "${String(err.params.allowedValue)}"`,
        hint: `Write exactly "${String(err.params.allowedValue)}".`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { minimum, maximum } = (err.parentSchema ?? {}) as { minimum?: number; maximum?: number };
      const range =
        minimum !== undefined && maximum !== undefined
          ? `from ${minimum} to ${maximum}`
          : err.keyword === 'minimum' || err.keyword === 'exclusiveMinimum'
            ? `at least ${String(err.params.limit)}`
            : `at most ${String(err.params.limit)}`;
      return {
        code: 'GK_SCHEMA_RANGE',
        file,
        ...positionOf(parsed, path),
        message: `${here} is ${String(err.data)}, but it must be ${range}`,
        hint: `Write a number ${range}.`,
      };
    }
    case 'minLength':
      return {
        code: 'GK_SCHEMA_EMPTY',
        file,
        ...positionOf(parsed, path),
        message: `${here} is empty`,
        hint: 'Write the text, or remove the key if it is optional.',
      };
    case 'maxLength':
      return {
        code: 'GK_SCHEMA_TOO_LONG',
        file,
        ...positionOf(parsed, path),
        message: `${here} is too long (at most ${err.params.limit} characters)`,
        hint: 'Shorten it; long texts belong in a field meant for paragraphs.',
      };
    case 'minItems':
      return {
        code: 'GK_SCHEMA_TOO_FEW',
        file,
        ...positionOf(parsed, path),
        message: `${here} needs at least ${err.params.limit} item${err.params.limit === 1 ? '' : 's'}`,
        hint: 'Add items as lines starting with "- ".',
      };
    case 'maxItems':
      return {
        code: 'GK_SCHEMA_TOO_MANY',
        file,
        ...positionOf(parsed, path),
        message: `${here} has more than ${err.params.limit} items`,
        hint: `Keep at most ${err.params.limit}; remove the ones you need least.`,
      };
    case 'pattern': {
      const rule = PATTERN_RULES[String(err.params.pattern)];
      return {
        code: 'GK_SCHEMA_PATTERN',
        file,
        ...positionOf(parsed, path),
        message: rule ? `${here} is ${describe(err.data)}, but ${rule.rule}` : `${here} has ${describe(err.data)}, which is not allowed here`,
        hint: rule?.hint ?? (err.parentSchema as { description?: string })?.description ?? `It must match ${String(err.params.pattern)}.`,
      };
    }
    case 'anyOf':
    case 'oneOf':
      // The branch errors already say what is wrong, except when the value fits no branch at all.
      return {
        code: 'GK_SCHEMA_SHAPE',
        file,
        ...positionOf(parsed, path),
        message: `${here} does not have one of the allowed forms`,
        hint: (err.parentSchema as { description?: string })?.description ?? 'Compare with an example lesson in lessons/.',
      };
    default:
      return {
        code: 'GK_SCHEMA',
        file,
        ...positionOf(parsed, path),
        message: `${here} ${err.message ?? 'is not valid'}`,
        hint: (err.parentSchema as { description?: string })?.description ?? 'Compare with an example lesson in lessons/.',
      };
  }
}
