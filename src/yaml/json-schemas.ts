import type { TSchema } from '@sinclair/typebox';
import { ConfigSchema } from '../config/schema.js';
import { LessonSchema } from '../lesson/schema.js';
import { SourceMetaSchema } from '../source/meta-schema.js';
import type { SchemaName } from './shipped-schema.js';

const DEFINITIONS: Record<SchemaName, TSchema> = { lesson: LessonSchema, config: ConfigSchema, source: SourceMetaSchema };

/** A TypeBox definition as plain draft-07 JSON Schema: what schema/<name>.schema.json holds. */
export function jsonSchemaFromDefinition(name: SchemaName): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(DEFINITIONS[name])) as object) };
}
