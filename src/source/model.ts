/** What a section heading in a source file (`## answer`) says the paragraphs below it are. */
export const PARAGRAPH_KINDS = ['lead', 'question', 'answer', 'text', 'note'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export type { SourceMeta } from './meta-schema.js';
import type { SourceMeta } from './meta-schema.js';

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
