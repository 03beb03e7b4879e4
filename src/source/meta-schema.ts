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
    glossary: Type.Optional(
      Type.Array(
        Type.Object(
          {
            term: Type.String({ minLength: 1, description: 'The word as the text has it.' }),
            explanation: Type.String({ minLength: 1, description: 'A plain explanation in the language of the text, without ¶ numbers.' }),
          },
          { additionalProperties: false },
        ),
        { description: 'Words of this text with one explanation each, shared by every lesson on it: a lesson lists a term without "explanation".' },
      ),
    ),
    teacher_notes: Type.Optional(
      Type.Array(
        Type.Object({ title: Text, text: Text }, { additionalProperties: false }),
        { description: 'Notes about the text itself for the teacher guide: contested words, slips in the verbatim text.' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SourceMeta = Static<typeof SourceMetaSchema>;
