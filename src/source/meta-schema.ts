import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../yaml/string-enum.js';

/**
 * The front matter of a source text, as TypeBox: the source of the TypeScript type and of
 * schema/source.schema.json, which is what the build checks files against (npm run schemas).
 */
const Text = Type.String({ minLength: 1 });

/** The front matter of a source text (lessons/sources/*.md). */
export const SourceMetaSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Kleine letters, cijfers en streepjes, bv. "krantenartikel-2024"; gelijk aan de bestandsnaam.' }),
    title: Text,
    kind: StringEnum(['interview', 'article', 'text'] as const, { description: 'interview, article of text.' }),
    interviewee: Type.Optional(Text),
    interviewee_role: Type.Optional(Text),
    interviewer: Type.Optional(Text),
    author: Type.Optional(Text),
    publisher: Text,
    date: Type.Optional(Text),
    url: Type.Optional(Text),
    language: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'Een taalcode zoals "nl" of "nl-BE".' }),
    attribution: Text,
  },
  { additionalProperties: false },
);
export type SourceMeta = Static<typeof SourceMetaSchema>;
