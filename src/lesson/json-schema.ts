import { LessonSchema } from './schema.js';

/** The lesson schema as plain JSON Schema (draft-07), for editors and other validators. */
export function lessonJsonSchema(): object {
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...(JSON.parse(JSON.stringify(LessonSchema)) as object) };
}
