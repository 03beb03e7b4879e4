import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { multiply, type Matrix } from './pdf-content.js';

/**
 * The straight lines a PDF strokes, read from pdfjs' operator list the way a renderer sees
 * them: writing lines under a question, dashed cut lines on a card sheet. Coordinates are PDF
 * points with the origin bottom-left, like the text positions in pdf.ts.
 */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke colour as "#rrggbb". */
  color: string;
  dashed: boolean;
  /** Inside an Artifact marked-content sequence. */
  artifact: boolean;
  /** The marked-content tags it is drawn in, outermost first (Artifact, Figure…). */
  tags: string[];
  /** A curve, given by its start and end point only. */
  curve?: boolean;
}

export interface PageGraphics {
  segments: Segment[];
  /** Fill colours in force when text was drawn, one entry per text-showing operator. */
  textColors: string[];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdfjs' path opcodes inside constructPath, and how many numbers each takes. */
const DRAW_ARGS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };
const STROKING = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

function toHex(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return first.toLowerCase();
  const [r, g, b] = (args as number[]).map((v) => Math.round((v <= 1 ? v * 255 : v) as number));
  return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

export async function readGraphics(raw: Buffer): Promise<PageGraphics[]> {
  const doc = await getDocument({ data: new Uint8Array(raw), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PageGraphics[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    const segments: Segment[] = [];
    const textColors: string[] = [];
    let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, stroke: '#000000', fill: '#000000', dashed: false };
    const stack: (typeof state)[] = [];
    const marked: string[] = [];
    for (let k = 0; k < ops.fnArray.length; k++) {
      const fn = ops.fnArray[k]!;
      const args = (ops.argsArray[k] ?? []) as unknown[];
      switch (fn) {
        case OPS.save:
          stack.push({ ...state });
          break;
        case OPS.restore:
          state = stack.pop() ?? state;
          break;
        case OPS.transform:
          state.ctm = multiply(args as Matrix, state.ctm);
          break;
        case OPS.setStrokeRGBColor:
        case OPS.setStrokeColor:
          state.stroke = toHex(args);
          break;
        case OPS.setFillRGBColor:
        case OPS.setFillColor:
          state.fill = toHex(args);
          break;
        case OPS.setStrokeGray:
          state.stroke = toHex([args[0], args[0], args[0]]);
          break;
        case OPS.setDash:
          state.dashed = Array.isArray(args[0]) && (args[0] as number[]).length > 0;
          break;
        case OPS.beginMarkedContent:
        case OPS.beginMarkedContentProps:
          marked.push(String(args[0]));
          break;
        case OPS.endMarkedContent:
          marked.pop();
          break;
        case OPS.showText:
        case OPS.showSpacedText:
          textColors.push(state.fill);
          break;
        case OPS.constructPath: {
          const [paintOp, data] = args as [number, [ArrayLike<number> | null]];
          if (!STROKING.has(paintOp)) break;
          const path = data?.[0];
          if (!path) break;
          let pos = 0;
          let cur: [number, number] | undefined;
          let start: [number, number] | undefined;
          while (pos < path.length) {
            const op = path[pos++]!;
            const n = DRAW_ARGS[op] ?? 0;
            const nums = Array.from({ length: n }, (_, j) => path[pos + j]!);
            pos += n;
            if (op === 0) cur = start = apply(state.ctm, nums[0]!, nums[1]!);
            else if (op === 1 || op === 4) {
              const to = op === 1 ? apply(state.ctm, nums[0]!, nums[1]!) : start;
              if (cur && to) {
                segments.push({ x1: cur[0], y1: cur[1], x2: to[0], y2: to[1], color: state.stroke, dashed: state.dashed, artifact: marked.includes('Artifact'), tags: [...marked] });
              }
              cur = to;
            } else {
              // Curves (rounded corners, ellipses) count by their end points: enough to see where they reach.
              const to = apply(state.ctm, nums[n - 2]!, nums[n - 1]!);
              if (cur) segments.push({ x1: cur[0], y1: cur[1], x2: to[0], y2: to[1], color: state.stroke, dashed: state.dashed, artifact: marked.includes('Artifact'), tags: [...marked], curve: true });
              cur = to;
            }
          }
          break;
        }
        default:
          break;
      }
    }
    pages.push({ segments, textColors });
  }
  await doc.destroy();
  return pages;
}

/** Horizontal segments (writing lines, cut lines), left to right. */
export function horizontal(segments: readonly Segment[]): Segment[] {
  return segments
    .filter((s) => !s.curve)
    .filter((s) => Math.abs(s.y1 - s.y2) < 0.01 && Math.abs(s.x2 - s.x1) > 1)
    .map((s) => (s.x1 <= s.x2 ? s : { ...s, x1: s.x2, x2: s.x1 }));
}

export function vertical(segments: readonly Segment[]): Segment[] {
  return segments
    .filter((s) => !s.curve)
    .filter((s) => Math.abs(s.x1 - s.x2) < 0.01 && Math.abs(s.y2 - s.y1) > 1)
    .map((s) => (s.y1 <= s.y2 ? s : { ...s, y1: s.y2, y2: s.y1 }));
}

export interface StructNode {
  role: string;
  alt?: string;
}

/** Every structure element of the document (page by page, as pdfjs reports them). */
export async function readStructure(raw: Buffer): Promise<StructNode[]> {
  const doc = await getDocument({ data: new Uint8Array(raw), verbosity: 0, isEvalSupported: false }).promise;
  const out: StructNode[] = [];
  const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
    if (node.role) out.push({ role: node.role, ...(node.alt ? { alt: node.alt } : {}) });
    for (const c of node.children ?? []) if (c && typeof c === 'object' && 'role' in c) walk(c as typeof node);
  };
  for (let i = 1; i <= doc.numPages; i++) {
    const tree = await (await doc.getPage(i)).getStructTree();
    if (tree) walk(tree as unknown as { children?: unknown[] });
  }
  await doc.destroy();
  return out;
}
