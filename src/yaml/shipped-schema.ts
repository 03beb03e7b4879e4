import type { InputFiles } from '../input/input-files.js';

export const SCHEMA_NAMES = ['lesson', 'config', 'source'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const cache = new Map<SchemaName, object>();

/** The schemas are generated files of a few kilobytes. */
const MAX_SCHEMA_BYTES = 1024 * 1024;

/**
 * The JSON Schemas in schema/, generated from the TypeBox definitions by `npm run schemas`
 * (a test checks they are current). Reading JSON at run time instead of building the
 * schemas with TypeBox keeps TypeBox (a large module graph) out of every command. They are
 * shipped files, the same for every input: read once.
 */
export function shippedSchema(name: SchemaName, input: InputFiles): object {
  let schema = cache.get(name);
  if (!schema) {
    const file = input.join(input.shipped.schemas, `${name}.schema.json`);
    const bytes = input.readBytes(file, { what: 'schemaFile', name: `${name}.schema.json`, maxBytes: MAX_SCHEMA_BYTES });
    schema = JSON.parse(new TextDecoder().decode(bytes)) as object;
    cache.set(name, schema);
  }
  return schema;
}
