import PDFDocument from 'pdfkit';
import type { Face } from './fonts.js';
import { useFflate } from './pdfkit-deflate.js';

/**
 * pdfkit spends most of a build redoing work whose result cannot change. These adapters
 * skip the repeats and leave every byte as pdfkit writes it (tests compare whole files).
 * They rely on pdfkit 0.20 internals, named in the types below.
 *
 * What each one is worth, measured one at a time (issue 15) on a 1,000-student class set
 * drawn by one thread: strings laid out once per process 23% of the CPU, encoded once per
 * document 16%, stream text converted once 32% of the CPU and 130 MB of peak memory, writes
 * batched 9% and 90 MB. On the default kit none of them shows beyond the noise: they are
 * for class sets, which draw the same lines hundreds of times.
 */

/** The parts of pdfkit's EmbeddedFont used here. */
interface PdfkitFont {
  layoutCached(word: string): unknown;
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

/** The parts of pdfkit's PDFDocument (a Readable stream of the file's bytes) used here. */
interface PdfkitDoc {
  _offset: number;
  _write(data: unknown): void;
  push(chunk: Uint8Array | null): boolean;
}

/** The parts of pdfkit's PDFStructureElement (a node of the tagged structure) used here. */
interface PdfkitStruct {
  _flushed: boolean;
  _flush(): void;
  dictionary: { data: { P?: unknown } };
}

/**
 * Set in tests to compare the output with pdfkit as shipped (but for the deflate, which is
 * the same in both: see pdfkit-deflate.ts). Read without assuming Node: a browser has no
 * `process`.
 */
const PLAIN = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.GESPREKSKIT_PLAIN_PDFKIT === '1';

/** Shares shaping between documents and patches pdfkit's writing; once per document. */
export function speedUp(doc: PDFKit.PDFDocument, faces: readonly Face[]): void {
  patchPdfkit();
  if (!PLAIN) batchWrites(doc as unknown as PdfkitDoc);
  for (const face of faces) {
    // Opening a font does not embed it: pdfkit embeds only fonts that drew text. Opening all
    // of them now gives each the same resource name in every document.
    doc.font(face.name);
    if (!PLAIN) shareShaping((doc as unknown as { _font: PdfkitFont })._font, face);
  }
}

/**
 * pdfkit shapes and encodes every string it draws, word by word, in every document. The
 * results depend only on the font and the text, and pdfkit does not change them, so:
 * - words are shaped once per process, or read from earlier builds (the face's runs replace
 *   this document's layout cache);
 * - a string is laid out once per process and encoded once per document (encoding also adds
 *   the glyphs to the document's font subset, which the first call does).
 * A class set draws the same lines hundreds of times.
 */
function shareShaping(font: PdfkitFont, face: Face): void {
  font.layoutCached = (word) => face.run(word);
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

/**
 * pdfkit pushes every line of the file (each object header, dictionary, xref entry) to its
 * stream as its own small buffer. Collecting the text and pushing it in larger chunks gives
 * the same bytes in the same order: a big class set no longer builds up hundreds of
 * thousands of tiny buffers (the 8,000-line xref table of a 1,000-student file alone).
 */
function batchWrites(doc: PdfkitDoc): void {
  const push = doc.push.bind(doc);
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    push(latin1Bytes(pending.join('')));
    pending = [];
    pendingBytes = 0;
  };
  doc._write = (data: unknown) => {
    if (data instanceof Uint8Array) {
      flush();
      push(data);
      doc._offset += data.length;
      return;
    }
    // As pdfkit's _write: the text plus a newline, one byte per character.
    const text = String(data) + '\n';
    pending.push(text);
    pendingBytes += text.length;
    doc._offset += text.length;
    if (pendingBytes >= 1 << 16) flush();
  };
  doc.push = (chunk) => {
    if (chunk === null) flush();
    return push(chunk);
  };
}

/** pdfkit's PDFAbstractReference: what PDFObject.convert writes as `toString()` verbatim. */
let abstractReference: object | undefined;

/** A reference already written to the file: only its "12 0 R" is still needed. */
interface WrittenRef {
  text: string;
}

let writtenRefProto: object | undefined;

function written(text: string): WrittenRef {
  const ref = Object.create(writtenRefProto!) as WrittenRef;
  ref.text = text;
  return ref;
}

/** The parts of pdfkit's document that keep every page until the file ends. */
interface PdfkitPages {
  _root: { data: { Pages: { data: { Kids: unknown[] } }; StructTreeRoot?: { data: { ParentTree: { _items: Record<string, unknown> } } } } };
}

/** How far forgetFinishedPages got in each document. */
const forgotten = new WeakMap<object, { kids: number; keys: Set<string> }>();

/**
 * A class set writes thousands of pages, and pdfkit keeps two things of each until the file
 * ends, only to write their object numbers then: the page in the page tree, and the
 * structure elements of its marked content in the structure parent tree (about 30 per page,
 * each with its dictionary). Once a page is written, both are replaced by the text pdfkit
 * would write for them ("12 0 R", "[13 0 R 14 0 R null]"): the same bytes, and the memory
 * of a 1,000-student file no longer grows by ~50 KB per student. Only what was written
 * already is replaced: anything still open stays as it is.
 */
export function forgetFinishedPages(doc: PDFKit.PDFDocument): void {
  if (PLAIN || !writtenRefProto) return;
  const root = (doc as unknown as PdfkitPages)._root.data;
  let state = forgotten.get(doc);
  if (!state) forgotten.set(doc, (state = { kids: 0, keys: new Set() }));
  const kids = root.Pages.data.Kids;
  for (; state.kids < kids.length; state.kids++) {
    const text = writtenText(kids[state.kids]);
    if (text === undefined) break;
    kids[state.kids] = written(text);
  }
  const items = root.StructTreeRoot?.data.ParentTree._items;
  if (!items) return;
  for (const key of Object.keys(items)) {
    if (state.keys.has(key)) continue;
    const value = items[key];
    const text = Array.isArray(value) ? arrayText(value) : writtenText(value);
    if (text === undefined) continue;
    items[key] = written(text);
    state.keys.add(key);
  }
}

/** "12 0 R" for a reference pdfkit has written, else undefined. */
function writtenText(ref: unknown): string | undefined {
  if (!ref || typeof ref !== 'object' || !(ref instanceof (PDFReferenceClass as new () => object))) return undefined;
  const r = ref as { offset?: number; id: number; gen: number };
  return r.offset === undefined ? undefined : `${r.id} ${r.gen} R`;
}

/** An array of written references and nulls as PDFObject.convert writes it, else undefined. */
function arrayText(list: unknown[]): string | undefined {
  const parts: string[] = [];
  for (const item of list) {
    if (item === null || item === undefined) parts.push('null');
    else {
      const text = writtenText(item);
      if (text === undefined) return undefined;
      parts.push(text);
    }
  }
  return `[${parts.join(' ')}]`;
}

let PDFReferenceClass: unknown;

let patched = false;

/** The adapters that change pdfkit's classes, installed once: the deflate first, then the speed-ups. */
function patchPdfkit(): void {
  if (patched) return;
  patched = true;
  // A throwaway document (without pdfkit's default font) just to reach the classes.
  const probe = new PDFDocument({ autoFirstPage: false, font: null, tagged: true } as unknown as PDFKit.PDFDocumentOptions);
  useFflate(probe);
  if (!PLAIN) patchStreams(probe);
  const refProto = Object.getPrototypeOf(probe.ref({})) as { constructor: unknown };
  PDFReferenceClass = refProto.constructor;
  abstractReference = Object.getPrototypeOf(refProto) as object;
  writtenRefProto = Object.create(abstractReference, {
    toString: {
      value(this: WrittenRef) {
        return this.text;
      },
    },
  }) as object;
}

/**
 * pdfkit turns every drawing command into its own byte array as it is written, then joins
 * them when the page ends. Keeping the commands as text and converting them once, in order
 * with any binary chunks, gives the same bytes with far less work and garbage.
 */
function patchStreams(probe: PDFKit.PDFDocument): void {
  const proto = Object.getPrototypeOf(probe.ref({})) as PdfkitRef;
  const struct = Object.getPrototypeOf(probe.struct('P')) as PdfkitStruct;
  const write = proto.write;
  const finalize = proto.finalize;
  const flush = (ref: PdfkitRef) => {
    if (!ref.pendingText) return;
    ref.buffer.push(latin1Bytes(ref.pendingText.join('')));
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
  // A written structure element is only referred to from then on (by number), but pdfkit
  // keeps its whole dictionary until the file ends: about 30 per page, most of the memory a
  // 1,000-student file holds. Its parent still asks for P (whether it has one).
  const flushStruct = struct._flush;
  struct._flush = function (this: PdfkitStruct) {
    flushStruct.call(this);
    if (this._flushed) this.dictionary.data = { P: this.dictionary.data.P };
  };
}

const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'latin1'): Uint8Array } }).Buffer;

/** One byte per character, as pdfkit writes text: Node's Buffer does it natively, else a loop. */
function latin1Bytes(text: string): Uint8Array {
  if (nodeBuffer) return nodeBuffer.from(text, 'latin1');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
