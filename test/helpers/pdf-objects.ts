import { inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/**
 * Reading a PDF's objects as plain values, for checks that look inside the file (the
 * structure tree, fonts, form fields): pdf-lib parses, these helpers dereference and convert.
 */
export class PdfObjects {
  private constructor(readonly doc: PDFDocument) {}

  static async load(bytes: Uint8Array): Promise<PdfObjects> {
    return new PdfObjects(await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true }));
  }

  resolve(obj: PDFObject | undefined): PDFObject | undefined {
    let o = obj;
    for (let i = 0; i < 32 && o instanceof PDFRef; i++) o = this.doc.context.lookup(o);
    return o;
  }

  dict(obj: PDFObject | undefined): PDFDict | undefined {
    const o = this.resolve(obj);
    if (o instanceof PDFDict) return o;
    if (o instanceof PDFStream) return o.dict;
    return undefined;
  }

  get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
    if (!dict) return undefined;
    return this.resolve(dict.get(PDFName.of(key)));
  }

  /** The entry as given (a reference stays a reference): to compare objects by identity. */
  raw(dict: PDFDict | undefined, key: string): PDFObject | undefined {
    return dict?.get(PDFName.of(key));
  }

  name(dict: PDFDict | undefined, key: string): string | undefined {
    const o = this.get(dict, key);
    return o instanceof PDFName ? o.decodeText() : undefined;
  }

  number(dict: PDFDict | undefined, key: string): number | undefined {
    const o = this.get(dict, key);
    return o instanceof PDFNumber ? o.asNumber() : undefined;
  }

  bool(dict: PDFDict | undefined, key: string): boolean | undefined {
    const o = this.get(dict, key);
    return o instanceof PDFBool ? o.asBoolean() : undefined;
  }

  text(dict: PDFDict | undefined, key: string): string | undefined {
    return textOf(this.get(dict, key));
  }

  array(dict: PDFDict | undefined, key: string): PDFObject[] {
    const o = this.get(dict, key);
    return o instanceof PDFArray ? o.asArray() : [];
  }

  /** A stream's decoded bytes (FlateDecode or none; others through pdf-lib). */
  streamBytes(obj: PDFObject | undefined): Uint8Array {
    const o = this.resolve(obj);
    if (!(o instanceof PDFRawStream)) throw new Error('not a stream');
    const filter = this.get(o.dict, 'Filter');
    if (filter === undefined) return o.contents;
    if (filter instanceof PDFName && filter.decodeText() === 'FlateDecode') return inflateSync(o.contents);
    return decodePDFRawStream(o).decode();
  }

  /** Pages in order, with their references (to match /Pg entries). */
  pages(): { ref: PDFRef; dict: PDFDict }[] {
    return this.doc.getPages().map((p) => ({ ref: p.ref, dict: p.node }));
  }

  get catalog(): PDFDict {
    return this.doc.catalog;
  }

  /** Every (key, value) of a number tree (the structure parent tree). */
  numberTree(root: PDFDict | undefined): Map<number, PDFObject> {
    const out = new Map<number, PDFObject>();
    const walk = (node: PDFDict | undefined, depth: number) => {
      if (!node || depth > 32) return;
      const nums = this.array(node, 'Nums');
      for (let i = 0; i + 1 < nums.length; i += 2) {
        const key = this.resolve(nums[i]);
        if (key instanceof PDFNumber) out.set(key.asNumber(), nums[i + 1]!);
      }
      for (const kid of this.array(node, 'Kids')) walk(this.dict(kid), depth + 1);
    };
    walk(root, 0);
    return out;
  }
}

/** A PDF text string as JavaScript text (PDFDocEncoding or UTF-16BE with BOM). */
export function textOf(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return undefined;
}

export function refKey(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFRef ? `${o.objectNumber} ${o.generationNumber}` : undefined;
}

export { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFRawStream, PDFStream };
export type { PDFObject };
