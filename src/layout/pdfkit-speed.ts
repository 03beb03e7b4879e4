import PDFDocument from 'pdfkit';
import type { Face } from './fonts.js';

/**
 * pdfkit spends most of a build redoing work whose result cannot change. These adapters
 * skip the repeats and leave every byte as pdfkit writes it (tests compare whole files).
 * They rely on pdfkit 0.20 internals, named in the types below.
 */

/** The parts of pdfkit's EmbeddedFont used here. */
interface PdfkitFont {
  layoutCache?: object;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
  encode(text: string, features?: unknown): [string[], object[]];
}

/** The parts of pdfkit's PDFReference (one PDF object, possibly a stream) used here. */
interface PdfkitRef {
  data: { Length?: number; Filter?: string };
  buffer: Uint8Array[];
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
  /** Stream text not yet turned into bytes. */
  pendingText?: string[];
}

/** Shares shaping between documents and patches pdfkit's stream writing; once per document. */
export function speedUp(doc: PDFKit.PDFDocument, faces: readonly Face[]): void {
  patchStreams();
  for (const face of faces) {
    // Opening a font does not embed it: pdfkit embeds only fonts that drew text.
    doc.font(face.name);
    shareShaping((doc as unknown as { _font: PdfkitFont })._font, face);
  }
}

/**
 * pdfkit shapes and encodes every string it draws, word by word, in every document. The
 * results depend only on the font and the text, and pdfkit does not change them, so:
 * - words are shaped once per process (the face's runs are this document's layout cache);
 * - a string is laid out once per process and encoded once per document (encoding also adds
 *   the glyphs to the document's font subset, which the first call does).
 * A class set draws the same lines hundreds of times.
 */
function shareShaping(font: PdfkitFont, face: Face): void {
  font.layoutCache = face.runs;
  const layout = font.layout.bind(font);
  const encode = font.encode.bind(font);
  const encoded = new Map<string, [string[], object[]]>();
  font.layout = (text, features, onlyWidth) => {
    if (features) return layout(text, features, onlyWidth);
    let line = face.lines.get(text);
    if (line === undefined) {
      line = layout(text, undefined, false);
      face.lines.set(text, line);
    }
    return line;
  };
  font.encode = (text, features) => {
    if (features) return encode(text, features);
    let result = encoded.get(text);
    if (!result) {
      result = encode(text);
      encoded.set(text, result);
    }
    return result;
  };
}

let patched = false;

/**
 * pdfkit turns every drawing command into its own byte array as it is written, then joins
 * them when the page ends. Keeping the commands as text and converting them once, in order
 * with any binary chunks, gives the same bytes with far less work and garbage.
 */
function patchStreams(): void {
  if (patched) return;
  patched = true;
  // A throwaway document (without pdfkit's default font) just to reach the class.
  const probe = new PDFDocument({ autoFirstPage: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
  const proto = Object.getPrototypeOf(probe.ref({})) as PdfkitRef;
  const write = proto.write;
  const finalize = proto.finalize;
  const flush = (ref: PdfkitRef) => {
    if (!ref.pendingText) return;
    ref.buffer.push(Buffer.from(ref.pendingText.join(''), 'latin1'));
    ref.pendingText = undefined;
  };
  proto.write = function (this: PdfkitRef, chunk: unknown) {
    if (typeof chunk !== 'string') {
      flush(this);
      write.call(this, chunk);
      return;
    }
    // What pdfkit's write does for text, minus the byte array per command.
    const text = chunk + '\n';
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
    (this.pendingText ??= []).push(text);
  };
  proto.finalize = function (this: PdfkitRef) {
    flush(this);
    finalize.call(this);
  };
}
