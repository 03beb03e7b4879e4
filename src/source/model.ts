import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../yaml/string-enum.js';

/** What a section heading in a source file (`## answer`) says the paragraphs below it are. */
export const PARAGRAPH_KINDS = ['lead', 'question', 'answer', 'text', 'note'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

const Text = Type.String({ minLength: 1 });

/** The front matter of a source text (lessons/sources/*.md). */
export const SourceMetaSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Use lowercase letters, digits and dashes, e.g. "krantenartikel-2024".' }),
    title: Text,
    kind: StringEnum(['interview', 'article', 'text'] as const, { description: 'interview, article or text.' }),
    interviewee: Type.Optional(Text),
    interviewee_role: Type.Optional(Text),
    interviewer: Type.Optional(Text),
    author: Type.Optional(Text),
    publisher: Text,
    date: Type.Optional(Text),
    url: Type.Optional(Text),
    language: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'A language code such as "nl" or "nl-BE".' }),
    attribution: Text,
  },
  { additionalProperties: false },
);
export type SourceMeta = Static<typeof SourceMetaSchema>;

export interface SourceParagraph {
  /** The ¶ number worksheets and hints cite; stable as long as the file's order stays. */
  n: number;
  kind: ParagraphKind;
  text: string;
  /** 1-based line in the source file, for error messages. */
  line: number;
}

export interface Source {
  file: string;
  meta: SourceMeta;
  paragraphs: SourceParagraph[];
}

export function paragraph(source: Source, n: number): SourceParagraph | undefined {
  return source.paragraphs[n - 1];
}
