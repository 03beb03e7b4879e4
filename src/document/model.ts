/**
 * The printable document: what templates produce (after parsing) and the only thing the
 * layout stage sees. Adding a block = a parser rule here + a renderer in layout/blocks.
 */

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A line of rich text; paragraphs, headings and list items hold one. */
export type RichText = Inline[];

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; content: RichText }
  | { type: 'paragraph'; content: RichText; size?: 'small' | 'normal' }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'checklist'; items: RichText[] }
  | { type: 'quote'; ref?: string; children: Block[] }
  | { type: 'passage'; ref: string; role?: string; children: Block[] }
  | { type: 'lines'; count: number }
  | { type: 'box'; lines: number; label?: string }
  | { type: 'table'; header: RichText[]; rows: RichText[][] }
  | { type: 'pagebreak' }
  | { type: 'rule' }
  | { type: 'tip'; title?: string; children: Block[] }
  | { type: 'question'; number?: string; children: Block[] }
  | { type: 'keep'; children: Block[] }
  | { type: 'namefield' }
  | { type: 'scale'; statement?: string; labels: string[] }
  | { type: 'organiser'; columns: string[]; rows: number; lines: number }
  | { type: 'chart'; center: string; items: string[]; empty: number; alt?: string };

export type BlockType = Block['type'];

export interface RunningHeader {
  left: string;
  right: string;
}

export interface DocumentMeta {
  /** Shown in the PDF viewer's title bar. */
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  header?: RunningHeader;
}

export interface PrintDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

export function plainText(content: RichText): string {
  return content.map((i) => i.text).join('');
}
