import PDFDocument from 'pdfkit';
import { concatBytes } from '../bytes.js';
import type { Face, FontStack } from './fonts.js';
import { FormFields } from './form/fields.js';
import { PDF_CREATOR, PDF_SEAL_KEY, PDF_SEAL_PLACEHOLDER } from './pdf-seal.js';
import { patchFontEmbedding } from './pdfkit-fonts.js';
import { speedUp } from './pdfkit-speed.js';
import type { Geometry } from './geometry.js';
import type { Theme } from './theme.js';

type StructElement = PDFKit.PDFStructureElement;

/** The structure tree under construction: tagged PDF for screen readers. */
export class Tagger {
  private readonly stack: StructElement[] = [];
  /** Inside `asArtifact`: everything drawn is decoration, nothing joins the structure tree. */
  private artifactDepth = 0;

  /** Drawing a copy that is an artifact as a whole (see asArtifact). */
  get inArtifact(): boolean {
    return this.artifactDepth > 0;
  }

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack.push(root);
  }

  get current(): StructElement {
    return this.stack[this.stack.length - 1]!;
  }

  /** A structure element under the current one, left open for children. */
  open(type: string, options?: PDFKit.Mixins.StructureElementOptions): StructElement {
    const el = this.artifactDepth > 0 ? detached() : this.doc.struct(type, options);
    if (this.artifactDepth === 0) this.current.add(el);
    this.stack.push(el);
    return el;
  }

  /**
   * How a list's labels count (the List attribute ListNumbering), so a screen reader can say
   * "numbered list" or "bulleted list" (ISO 32000-1 14.8.5.5).
   */
  listNumbering(el: StructElement, numbering: 'Decimal' | 'Disc' | 'None'): StructElement {
    const dict = (el as unknown as { dictionary?: { data: Record<string, unknown> } }).dictionary;
    if (dict) dict.data.A = { O: 'List', ListNumbering: numbering };
    return el;
  }

  close(el: StructElement): void {
    const at = this.stack.lastIndexOf(el);
    if (at <= 0) return;
    for (const open of this.stack.splice(at)) open.end();
  }

  /** A new element under the current one, not opened as a parent. */
  element(type: string, options?: PDFKit.Mixins.StructureElementOptions): StructElement {
    if (this.artifactDepth > 0) return detached();
    const el = this.doc.struct(type, options);
    this.current.add(el);
    return el;
  }

  /** The element whose content is being drawn (inside `content`), for inline parts of it. */
  private drawing: { el: StructElement; type: string } | undefined;

  /** Draws content that belongs to `el` (may be called once per page for split content). */
  content(el: StructElement, type: string, draw: () => void): void {
    if (this.artifactDepth > 0) return draw();
    const outer = this.drawing;
    this.drawing = { el, type };
    el.add(this.doc.markStructureContent(type));
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      this.drawing = outer;
    }
  }

  /**
   * Draws part of the content being drawn as an inline element of its own (a note mark as a
   * Reference): the enclosing element's content pauses, so its children stay in reading
   * order ("…Beels?", Reference "*", " Hoe reageert…").
   */
  inline(type: string, draw: () => void): void {
    const around = this.drawing;
    if (this.artifactDepth > 0 || !around) return draw();
    this.doc.endMarkedContent();
    const child = this.doc.struct(type);
    around.el.add(child);
    child.add(this.doc.markStructureContent(type));
    this.drawing = undefined;
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      child.end();
      this.drawing = around;
      around.el.add(this.doc.markStructureContent(around.type));
    }
  }

  /** Gives an element an ID (a Note's, which PDF/UA-1 7.9 requires, unique in the file). */
  identify(el: StructElement, id: string): StructElement {
    const dict = (el as unknown as { dictionary?: { data: Record<string, unknown> } }).dictionary;
    if (!dict) return el;
    let unique = id;
    for (let k = 2; this.ids.has(unique); k++) unique = `${id}-${k}`;
    this.ids.add(unique);
    dict.data.ID = new String(unique);
    return el;
  }

  private readonly ids = new Set<string>();

  /** A one-piece element: heading, label, short paragraph. */
  leaf(type: string, draw: () => void, options?: PDFKit.Mixins.StructureElementOptions): void {
    const el = this.element(type, options);
    this.content(el, type, draw);
    el.end();
  }

  /** Decoration a screen reader should skip: rules, boxes, writing lines, page furniture. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    if (this.artifactDepth > 0) return draw();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Draws tagged content as one artifact: a second copy of the same exit ticket on a card
   * sheet is there for the scissors, a screen reader should read it once.
   */
  asArtifact(draw: () => void): void {
    this.artifact(() => {
      this.artifactDepth++;
      try {
        draw();
      } finally {
        this.artifactDepth--;
      }
    });
  }
}

/**
 * A stand-in for a structure element while drawing an artifact. pdfkit waits for every
 * element it creates to be written, so no real element may be made and then dropped.
 */
function detached(): StructElement {
  const el = { end: () => {}, add: () => el };
  return el as unknown as StructElement;
}

/** A PDF being drawn, with everything the block renderers need. */
export interface Pdf {
  doc: PDFKit.PDFDocument;
  fonts: FontStack;
  theme: Theme;
  /** Geometry of the page being drawn (pages may differ: a landscape sign in a portrait sheet). */
  geom: Geometry;
  /** Geometry of every page so far, by page index. */
  pageGeoms: Geometry[];
  /** Pages (indices into pageGeoms) left blank on purpose: backs for double-sided printing. */
  blankPages: Set<number>;
  tags: Tagger;
  /** Bookmarks open for nesting: the last one of each level (see outline.ts). */
  outline: { level: number; item: unknown }[];
  /** How often each bookmark title was used, to tell repeats apart. */
  bookmarks: Map<string, number>;
  /** A fillable worksheet (build --fillable): where blocks put their form fields. */
  form?: FormFields;
}

export interface PdfSetup {
  fonts: FontStack;
  theme: Theme;
  geom: Geometry;
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  creationDate: Date;
  /** Claim PDF/UA-1 in the metadata: only for documents that passed the authoring checks. */
  pdfUa: boolean;
  /** Make a PDF form: fields where students write, in this font and size, covering these filled-in values. */
  fillable?: { face: Face; size: number; covers: readonly string[] };
}

export { PDF_CREATOR } from './pdf-seal.js';

/** Metadata is one line of text: no control characters (XML cannot hold most of them). */
export function safeMetadata(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

type InfoDoc = PDFKit.PDFDocument & { info: Record<string, unknown>; _addInfo(): void };

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata without escaping them, so
 * a title like "Wij & zij" or "<groep>" would make the XMP invalid XML. The document info
 * keeps the text as it is; only the XMP copy is escaped.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const d = doc as InfoDoc;
  const addInfo = d._addInfo;
  d._addInfo = function (this: InfoDoc) {
    const info = this.info;
    const escaped: Record<string, unknown> = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      if (typeof info[key] === 'string') escaped[key] = escapeXml(info[key]);
    }
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

export function createPdf(setup: PdfSetup): Pdf {
  const { fonts, geom } = setup;
  const options = {
    size: [geom.width, geom.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    ...(setup.pdfUa ? { subset: 'PDF/UA' } : {}),
    tagged: true,
    lang: setup.lang,
    displayTitle: true,
    // No default font: pdfkit would load Helvetica, or compare our fonts with it on every document.
    font: null,
    info: {
      Title: safeMetadata(setup.title),
      ...(setup.author ? { Author: safeMetadata(setup.author) } : {}),
      ...(setup.subject ? { Subject: safeMetadata(setup.subject) } : {}),
      Creator: PDF_CREATOR,
      CreationDate: setup.creationDate,
      ModDate: setup.creationDate,
      [PDF_SEAL_KEY]: PDF_SEAL_PLACEHOLDER,
    },
  };
  // Cast: @types/pdfkit does not know subset 'PDF/UA' or a fontkit object as default font.
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpInfo(doc);
  for (const face of fonts.faces) doc.registerFont(face.name, face.font);
  speedUp(doc, fonts.faces);
  // speedUp opened every face: the last one is the current font.
  patchFontEmbedding((doc as unknown as { _font: unknown })._font);
  const pdf: Pdf = { doc, fonts, theme: setup.theme, geom, pageGeoms: [], blankPages: new Set(), tags: new Tagger(doc), outline: [], bookmarks: new Map() };
  if (setup.fillable) pdf.form = new FormFields(pdf, setup.fillable.face, setup.fillable.size, setup.fillable.covers);
  return pdf;
}

/** Starts a page with its own size; later pages may differ (orientation changes). */
export function addPage(pdf: Pdf, geom: Geometry): void {
  pdf.doc.addPage({ size: [geom.width, geom.height], margin: 0 });
  pdf.geom = geom;
  pdf.pageGeoms.push(geom);
}

/** A page left blank (no header, footer or page number): the back of a sheet. */
export function addBlankPage(pdf: Pdf, geom: Geometry): void {
  addPage(pdf, geom);
  pdf.blankPages.add(pdf.pageGeoms.length - 1);
}

/**
 * Starts the next content page so that double-sided printing comes out right:
 * - `oneSided`: every page gets a blank back (a wall sign is one sheet, printed on one side);
 * - when the orientation changes (a landscape sign after portrait card sheets), the new
 *   orientation starts on a new sheet, never on the back of the last page before it.
 */
export function addContentPage(pdf: Pdf, geom: Geometry, oneSided = false): void {
  const pages = pdf.pageGeoms.length;
  const last = pdf.pageGeoms[pages - 1];
  const turned = last !== undefined && last.width > last.height !== geom.width > geom.height;
  if (pages % 2 === 1 && (oneSided || turned)) addBlankPage(pdf, last!);
  addPage(pdf, geom);
}

export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(concatBytes(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

