/**
 * The printable document: what templates produce (after parsing) and the only thing the
 * layout stage sees. Adding a block = a parser rule here + a renderer in layout/blocks.
 */

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A note mark ("*") that refers to the note passage with this ref (see notes.ts). */
  reference?: string;
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
  /** A new page; with an orientation, this page and the ones after it turn (signs in a card sheet). */
  | { type: 'pagebreak'; orientation?: Orientation }
  | { type: 'rule' }
  /** `level`: heading level of the title, set by assignHeadingLevels (headings.ts). */
  | { type: 'tip'; title?: string; level?: number; children: Block[] }
  | { type: 'question'; number?: string; children: Block[] }
  | { type: 'keep'; children: Block[] }
  | { type: 'namefield' }
  | { type: 'scale'; statement?: string; labels: string[] }
  | { type: 'organiser'; columns: string[]; rows: number; lines: number }
  /** `alt`: the description a screen reader reads; made from the items when not given, none when given empty. */
  | { type: 'chart'; center: string; items: string[]; empty: number; alt?: string }
  /** Cut-out cards on full sheets with cut lines; `fill: 'page'` repeats them to fill the last sheet. */
  | { type: 'cards'; fill?: 'page'; children: Block[] }
  | { type: 'card'; label?: string; level?: number; size?: TextSize; align?: 'left' | 'center'; children: Block[] }
  /** One large statement filling a whole page (four-corners signs). */
  | { type: 'sign'; label?: string; level?: number; children: Block[] }
  /** One projector slide: never overflows (shrinks, then continues on a next slide). */
  /** `bookmark`: the slide's name in the PDF's bookmarks (default: its title). */
  | { type: 'slide'; title?: string; bookmark?: string; level?: number; size?: TextSize; align?: 'top' | 'center'; children: Block[] };

export type Orientation = 'portrait' | 'landscape';
export type TextSize = 'normal' | 'large';

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
  /**
   * The document passes the authoring checks for screen readers (headings in order, figures
   * described, tables with headers): the PDF may claim PDF/UA. Unset: not checked, no claim.
   */
  accessible?: boolean;
}

export interface PrintDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

export function plainText(content: RichText): string {
  return content.map((i) => i.text).join('');
}
