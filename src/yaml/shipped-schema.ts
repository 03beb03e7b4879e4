import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

export const SCHEMA_NAMES = ['lesson', 'config', 'source'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const cache = new Map<SchemaName, object>();

/**
 * The JSON Schemas in schema/, generated from the TypeBox definitions by `npm run schemas`
 * (a test checks they are current). Reading JSON at run time instead of building the
 * schemas with TypeBox keeps TypeBox (a large module graph) out of every command.
 */
export function shippedSchema(name: SchemaName): object {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', `${name}.schema.json`), 'utf8')) as object;
    cache.set(name, schema);
  }
  return schema;
}
