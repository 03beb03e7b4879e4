import { readFileSync } from 'node:fs';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextRun {
  str: string;
  /** Baseline position in PDF points, origin bottom-left. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
  /** Innermost marked-content tag: the structure type (P, H2, Lbl…) or "Artifact". */
  tag: string;
  /** Page furniture or decoration, skipped by screen readers. */
  artifact: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  /** The page's text, runs joined in reading order. */
  text: string;
  /** The text a screen reader reads: without artifacts (header, footer, decoration). */
  content: string;
}

export interface PdfInfo {
  pages: PdfPage[];
  title: string;
  language: string;
  marked: boolean;
  displayDocTitle: boolean;
  outline: string[];
  raw: Buffer;
  /** All text, whitespace collapsed. */
  text: string;
  /** All text except artifacts (page headers and footers), whitespace collapsed. */
  content: string;
}

const cache = new Map<string, Promise<PdfInfo>>();

/** Reads a PDF the way a reader (or a screen reader) sees it: text with positions, metadata, tags. */
export function readPdf(fileOrBytes: string | Buffer): Promise<PdfInfo> {
  if (typeof fileOrBytes === 'string') {
    const bytes = readFileSync(fileOrBytes);
    const key = `${fileOrBytes}:${bytes.length}:${bytes.subarray(-64).toString('hex')}`;
    let p = cache.get(key);
    if (!p) {
      p = load(bytes);
      cache.set(key, p);
    }
    return p;
  }
  return load(fileOrBytes);
}

async function load(raw: Buffer): Promise<PdfInfo> {
  const doc: PDFDocumentProxy = await getDocument({ data: new Uint8Array(raw), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const textContent = await page.getTextContent({ includeMarkedContent: true });
    const runs: TextRun[] = [];
    let text = '';
    let content = '';
    const open: string[] = [];
    for (const item of textContent.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
        continue;
      }
      runs.push({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        height: item.height,
        fontName: item.fontName,
        tag: open[open.length - 1] ?? '',
        artifact: open.includes('Artifact'),
      });
      const piece = item.str + (item.hasEOL ? '\n' : '');
      text += piece;
      if (!open.includes('Artifact')) content += piece;
    }
    pages.push({ width: x1 - x0, height: y1 - y0, runs, text, content });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const markInfo = await doc.getMarkInfo();
  const outline = await doc.getOutline();
  const viewer = raw.toString('latin1');
  const result: PdfInfo = {
    pages,
    title: String(info.Title ?? ''),
    language: String(info.Language ?? ''),
    marked: !!markInfo?.Marked,
    displayDocTitle: /\/DisplayDocTitle true/.test(viewer),
    outline: (outline ?? []).map((o) => o.title),
    raw,
    text: pages.map((p) => p.text).join('\n').replace(/\s+/g, ' '),
    content: pages.map((p) => p.content).join('\n').replace(/\s+/g, ' '),
  };
  await doc.destroy();
  return result;
}

/** Text with all whitespace removed: comparisons that do not depend on where lines break. */
export function squash(s: string): string {
  return s.replace(/[\s\u00ad]+/g, '');
}

export interface FontReport {
  name: string;
  embedded: boolean;
}

/** The fonts a PDF uses and whether each is embedded (like `pdffonts`). */
export function fontsOf(raw: Buffer): FontReport[] {
  const s = raw.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
  const deref = (ref: string | undefined) => (ref ? objects.get(ref) : undefined);
  const out: FontReport[] = [];
  for (const body of objects.values()) {
    if (!/\/Type \/Font\b/.test(body)) continue;
    const subtype = /\/Subtype \/(\w+)/.exec(body)?.[1];
    if (subtype === 'CIDFontType2' || subtype === 'CIDFontType0') continue; // counted via their Type0 parent
    const name = /\/BaseFont \/([^\s/>]+)/.exec(body)?.[1] ?? '?';
    let descriptor = deref(/\/FontDescriptor (\d+) 0 R/.exec(body)?.[1]);
    if (!descriptor) {
      const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(body)?.[1];
      descriptor = deref(/\/FontDescriptor (\d+) 0 R/.exec(deref(descendant) ?? '')?.[1]);
    }
    out.push({ name, embedded: !!descriptor && /\/FontFile[23]? \d+ 0 R/.test(descriptor) });
  }
  return out;
}

export interface PageImage {
  /** Image width and height in pixels. */
  width: number;
  height: number;
  /** Where the image is drawn, in PDF points from the bottom-left corner. */
  x: number;
  y: number;
  /** Drawn size in points. */
  drawnWidth: number;
  drawnHeight: number;
}

/** The images each page draws (image XObjects, as a PDF viewer paints them). */
export async function imagesOf(raw: Buffer): Promise<PageImage[][]> {
  const doc = await getDocument({ data: new Uint8Array(raw), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PageImage[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    const images: PageImage[] = [];
    // Track the current transformation matrix to know where each image lands.
    let ctm = [1, 0, 0, 1, 0, 0];
    const stack: number[][] = [];
    const mul = (m: number[], n: number[]) => [
      m[0]! * n[0]! + m[1]! * n[2]!,
      m[0]! * n[1]! + m[1]! * n[3]!,
      m[2]! * n[0]! + m[3]! * n[2]!,
      m[2]! * n[1]! + m[3]! * n[3]!,
      m[4]! * n[0]! + m[5]! * n[2]! + n[4]!,
      m[4]! * n[1]! + m[5]! * n[3]! + n[5]!,
    ];
    ops.fnArray.forEach((fn, k) => {
      const args = ops.argsArray[k] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
      else if (fn === OPS.transform) ctm = mul(args as number[], ctm);
      else if (fn === OPS.paintImageXObject) {
        images.push({
          width: Number(args[1]),
          height: Number(args[2]),
          x: ctm[4]!,
          y: ctm[5]! + Math.min(0, ctm[3]!),
          drawnWidth: Math.abs(ctm[0]!),
          drawnHeight: Math.abs(ctm[3]!),
        });
      }
    });
    pages.push(images);
  }
  await doc.destroy();
  return pages;
}
