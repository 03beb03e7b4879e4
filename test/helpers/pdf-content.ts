/**
 * A small PDF content-stream interpreter for checks: which glyphs are drawn where, in what
 * size and colour, inside which marked-content sequences (MCID, Artifact), and which paths
 * and images are painted. Enough for the files gesprekskit writes and the appearance
 * streams of form fields; not a renderer.
 */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied first, then n (PDF's row-vector convention: m × n). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export type Token =
  | { kind: 'num'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'str'; value: Uint8Array }
  | { kind: 'op'; value: string }
  | { kind: 'array'; value: Token[] }
  | { kind: 'dict'; value: Map<string, Token> };

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** Splits a content stream into operands and operators. */
export function* tokens(data: Uint8Array): Generator<Token> {
  let i = 0;
  const n = data.length;
  const stack: { kind: 'array' | 'dict'; items: Token[] }[] = [];
  const emit = function* (t: Token): Generator<Token> {
    const top = stack[stack.length - 1];
    if (top) top.items.push(t);
    else yield t;
  };
  while (i < n) {
    const c = data[i]!;
    if (WHITE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25) {
      // comment
      while (i < n && data[i] !== 10 && data[i] !== 13) i++;
      continue;
    }
    if (c === 0x2f) {
      let j = i + 1;
      while (j < n && !WHITE.has(data[j]!) && !DELIM.has(data[j]!)) j++;
      const raw = Buffer.from(data.subarray(i + 1, j)).toString('latin1');
      yield* emit({ kind: 'name', value: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) });
      i = j;
      continue;
    }
    if (c === 0x28) {
      const out: number[] = [];
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = data[i]!;
        if (d === 0x5c) {
          const e = data[i + 1]!;
          const map: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };
          if (map[e] !== undefined) {
            out.push(map[e]!);
            i += 2;
          } else if (e >= 0x30 && e <= 0x37) {
            let k = i + 1;
            let v = 0;
            while (k < i + 4 && data[k]! >= 0x30 && data[k]! <= 0x37) v = v * 8 + (data[k++]! - 0x30);
            out.push(v & 0xff);
            i = k;
          } else if (e === 10 || e === 13) {
            i += e === 13 && data[i + 2] === 10 ? 3 : 2;
          } else {
            out.push(e);
            i += 2;
          }
          continue;
        }
        if (d === 0x28) depth++;
        if (d === 0x29) depth--;
        if (depth > 0) out.push(d);
        i++;
      }
      yield* emit({ kind: 'str', value: Uint8Array.from(out) });
      continue;
    }
    if (c === 0x3c && data[i + 1] === 0x3c) {
      stack.push({ kind: 'dict', items: [] });
      i += 2;
      continue;
    }
    if (c === 0x3e && data[i + 1] === 0x3e) {
      const top = stack.pop();
      const map = new Map<string, Token>();
      const items = top?.items ?? [];
      for (let k = 0; k + 1 < items.length; k += 2) {
        const key = items[k]!;
        if (key.kind === 'name') map.set(key.value, items[k + 1]!);
      }
      yield* emit({ kind: 'dict', value: map });
      i += 2;
      continue;
    }
    if (c === 0x3c) {
      let j = i + 1;
      let hex = '';
      while (j < n && data[j] !== 0x3e) {
        if (!WHITE.has(data[j]!)) hex += String.fromCharCode(data[j]!);
        j++;
      }
      if (hex.length % 2) hex += '0';
      yield* emit({ kind: 'str', value: Uint8Array.from(Buffer.from(hex, 'hex')) });
      i = j + 1;
      continue;
    }
    if (c === 0x5b) {
      stack.push({ kind: 'array', items: [] });
      i++;
      continue;
    }
    if (c === 0x5d) {
      const top = stack.pop();
      yield* emit({ kind: 'array', value: top?.items ?? [] });
      i++;
      continue;
    }
    let j = i;
    while (j < n && !WHITE.has(data[j]!) && !DELIM.has(data[j]!)) j++;
    if (j === i) {
      i++;
      continue;
    }
    const word = Buffer.from(data.subarray(i, j)).toString('latin1');
    i = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      yield* emit({ kind: 'num', value: Number(word) });
      continue;
    }
    if (word === 'BI') {
      // Inline image: skip to EI.
      const end = Buffer.from(data).indexOf('EI', i, 'latin1');
      i = end === -1 ? n : end + 2;
      yield { kind: 'op', value: 'BI' };
      continue;
    }
    yield* emit({ kind: 'op', value: word });
  }
}

/** What the interpreter needs to know of a font to place and read its glyphs. */
export interface FontInfo {
  /** Resource key of the font object, to tell fonts apart. */
  key: string;
  baseFont: string;
  /** Two-byte codes (Identity-H); one byte otherwise. */
  twoByte: boolean;
  /** Advance widths in 1/1000 text space units, by character code. */
  widths: Map<number, number>;
  defaultWidth: number;
  toUnicode: Map<number, string>;
}

export interface Mark {
  tag: string;
  mcid?: number;
}

export interface Glyph {
  code: number;
  text: string;
  /** Origin in default user space (points, origin bottom-left of the page). */
  x: number;
  y: number;
  /** Advance in user space. */
  width: number;
  /** Height of 1 em in user space. */
  size: number;
  /** Fill colour as "#rrggbb" ("" when not RGB/gray). */
  color: string;
  font: FontInfo;
  /** Innermost marked-content sequence with an MCID, if any. */
  mcid?: number;
  artifact: boolean;
}

export interface Paint {
  kind: 'path' | 'image' | 'shading';
  mcid?: number;
  artifact: boolean;
  /** Stroke width in user space, stroke colour (paths). */
  lineWidth?: number;
  stroke?: string;
  fill?: string;
  stroked?: boolean;
  filled?: boolean;
  /** Bounds of the path in user space. */
  box?: [number, number, number, number];
}

export interface ContentProblem {
  message: string;
}

export interface Interpreted {
  glyphs: Glyph[];
  paints: Paint[];
  /** Marked-content nesting errors (artifact in tagged content, tagged content in an artifact). */
  nesting: string[];
  /** MCIDs opened, in order of appearance. */
  mcids: number[];
}

export interface Resources {
  font(name: string): FontInfo | undefined;
  /** A form XObject to run (its content, matrix and resources), or 'image'. */
  xobject(name: string): { content: Uint8Array; matrix: Matrix; resources: Resources } | 'image' | undefined;
}

interface State {
  ctm: Matrix;
  fill: string;
  stroke: string;
  lineWidth: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  font?: FontInfo;
  fontSize: number;
}

const hex = (v: number) => Math.round(Math.max(0, Math.min(1, v)) * 255).toString(16).padStart(2, '0');
function colorOf(nums: number[]): string {
  if (nums.length === 1) return `#${hex(nums[0]!)}${hex(nums[0]!)}${hex(nums[0]!)}`;
  if (nums.length === 3) return `#${hex(nums[0]!)}${hex(nums[1]!)}${hex(nums[2]!)}`;
  if (nums.length === 4) {
    const [c, m, y, k] = nums as [number, number, number, number];
    return `#${hex((1 - c) * (1 - k))}${hex((1 - m) * (1 - k))}${hex((1 - y) * (1 - k))}`;
  }
  return '';
}

const PAINT_OPS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const STROKES = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);
const FILLS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

/** Runs a content stream and reports what it draws. */
export function interpret(content: Uint8Array, resources: Resources, base: Matrix = IDENTITY, out?: Interpreted, marksIn: Mark[] = []): Interpreted {
  const result: Interpreted = out ?? { glyphs: [], paints: [], nesting: [], mcids: [] };
  let gs: State = { ctm: base, fill: '#000000', stroke: '#000000', lineWidth: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, fontSize: 0 };
  const stack: State[] = [];
  const marks: Mark[] = [...marksIn];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let operands: Token[] = [];
  let path: [number, number][] = [];
  const nums = () => operands.filter((t): t is { kind: 'num'; value: number } => t.kind === 'num').map((t) => t.value);
  const innerMcid = () => {
    for (let k = marks.length - 1; k >= 0; k--) if (marks[k]!.mcid !== undefined) return marks[k]!.mcid;
    return undefined;
  };
  const inArtifact = () => marks.some((m) => m.tag === 'Artifact');
  const point = (x: number, y: number): [number, number] => [gs.ctm[0] * x + gs.ctm[2] * y + gs.ctm[4], gs.ctm[1] * x + gs.ctm[3] * y + gs.ctm[5]];

  const show = (bytes: Uint8Array) => {
    const font = gs.font;
    if (!font) return;
    const step = font.twoByte ? 2 : 1;
    for (let k = 0; k + step - 1 < bytes.length; k += step) {
      const code = step === 2 ? (bytes[k]! << 8) | bytes[k + 1]! : bytes[k]!;
      const w0 = (font.widths.get(code) ?? font.defaultWidth) / 1000;
      const trm = multiply(multiply([gs.fontSize * gs.hScale, 0, 0, gs.fontSize, 0, gs.rise], tm), gs.ctm);
      const tx = (w0 * gs.fontSize + gs.charSpacing + (step === 1 && code === 32 ? gs.wordSpacing : 0)) * gs.hScale;
      const next = multiply([1, 0, 0, 1, tx, 0], tm);
      const end = multiply([1, 0, 0, 1, 0, 0], multiply(next, gs.ctm));
      const size = Math.hypot(trm[2], trm[3]);
      result.glyphs.push({
        code,
        text: font.toUnicode.get(code) ?? (step === 1 ? String.fromCharCode(code) : ''),
        x: trm[4],
        y: trm[5],
        width: Math.hypot(end[4] - trm[4], end[5] - trm[5]),
        size,
        color: gs.fill,
        font,
        ...(innerMcid() !== undefined ? { mcid: innerMcid()! } : {}),
        artifact: inArtifact(),
      });
      tm = next;
    }
  };

  for (const t of tokens(content)) {
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    const op = t.value;
    const a = nums();
    switch (op) {
      case 'q':
        stack.push({ ...gs });
        break;
      case 'Q':
        gs = stack.pop() ?? gs;
        break;
      case 'cm':
        gs.ctm = multiply(a as Matrix, gs.ctm);
        break;
      case 'w':
        gs.lineWidth = a[0] ?? 1;
        break;
      case 'g':
      case 'rg':
      case 'k':
      case 'sc':
      case 'scn':
        gs.fill = colorOf(a);
        break;
      case 'G':
      case 'RG':
      case 'K':
      case 'SC':
      case 'SCN':
        gs.stroke = colorOf(a);
        break;
      case 'cs':
        gs.fill = '#000000';
        break;
      case 'CS':
        gs.stroke = '#000000';
        break;
      case 'BT':
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case 'Tf': {
        const name = operands.find((o) => o.kind === 'name');
        gs.font = name && name.kind === 'name' ? resources.font(name.value) : undefined;
        gs.fontSize = a[0] ?? 0;
        break;
      }
      case 'Tc':
        gs.charSpacing = a[0] ?? 0;
        break;
      case 'Tw':
        gs.wordSpacing = a[0] ?? 0;
        break;
      case 'Tz':
        gs.hScale = (a[0] ?? 100) / 100;
        break;
      case 'TL':
        gs.leading = a[0] ?? 0;
        break;
      case 'Ts':
        gs.rise = a[0] ?? 0;
        break;
      case 'Tm':
        tm = tlm = a as Matrix;
        break;
      case 'Td':
        tm = tlm = multiply([1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0], tlm);
        break;
      case 'TD':
        gs.leading = -(a[1] ?? 0);
        tm = tlm = multiply([1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0], tlm);
        break;
      case 'T*':
        tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        break;
      case 'Tj':
      case "'":
      case '"': {
        if (op !== 'Tj') tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        if (op === '"') {
          gs.wordSpacing = a[0] ?? 0;
          gs.charSpacing = a[1] ?? 0;
        }
        const s = operands.find((o) => o.kind === 'str');
        if (s && s.kind === 'str') show(s.value);
        break;
      }
      case 'TJ': {
        const arr = operands.find((o) => o.kind === 'array');
        if (arr && arr.kind === 'array') {
          for (const item of arr.value) {
            if (item.kind === 'str') show(item.value);
            else if (item.kind === 'num') tm = multiply([1, 0, 0, 1, (-item.value / 1000) * gs.fontSize * gs.hScale, 0], tm);
          }
        }
        break;
      }
      case 'BMC':
      case 'BDC': {
        const tag = operands.find((o) => o.kind === 'name');
        const props = operands.find((o) => o.kind === 'dict');
        const mcidTok = props && props.kind === 'dict' ? props.value.get('MCID') : undefined;
        const mark: Mark = { tag: tag && tag.kind === 'name' ? tag.value : '' };
        if (mcidTok && mcidTok.kind === 'num') mark.mcid = mcidTok.value;
        if (mark.tag === 'Artifact' && innerMcid() !== undefined) result.nesting.push('an Artifact inside tagged content');
        if (mark.mcid !== undefined && inArtifact()) result.nesting.push(`tagged content (MCID ${mark.mcid}) inside an Artifact`);
        if (mark.mcid !== undefined) result.mcids.push(mark.mcid);
        marks.push(mark);
        break;
      }
      case 'EMC':
        marks.pop();
        break;
      case 'm':
      case 'l':
        path.push(point(a[0] ?? 0, a[1] ?? 0));
        break;
      case 'c':
        path.push(point(a[0] ?? 0, a[1] ?? 0), point(a[2] ?? 0, a[3] ?? 0), point(a[4] ?? 0, a[5] ?? 0));
        break;
      case 'v':
      case 'y':
        path.push(point(a[0] ?? 0, a[1] ?? 0), point(a[2] ?? 0, a[3] ?? 0));
        break;
      case 're': {
        const [x, y, w, h] = a as [number, number, number, number];
        path.push(point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h));
        break;
      }
      case 'n':
        path = [];
        break;
      case 'sh':
        result.paints.push({ kind: 'shading', artifact: inArtifact(), ...(innerMcid() !== undefined ? { mcid: innerMcid()! } : {}) });
        break;
      case 'Do': {
        const name = operands.find((o) => o.kind === 'name');
        const x = name && name.kind === 'name' ? resources.xobject(name.value) : undefined;
        if (x === 'image') {
          const [p0, p1] = [point(0, 0), point(1, 1)];
          result.paints.push({
            kind: 'image',
            artifact: inArtifact(),
            box: [Math.min(p0[0], p1[0]), Math.min(p0[1], p1[1]), Math.max(p0[0], p1[0]), Math.max(p0[1], p1[1])],
            ...(innerMcid() !== undefined ? { mcid: innerMcid()! } : {}),
          });
        } else if (x) interpret(x.content, x.resources, multiply(x.matrix, gs.ctm), result, marks);
        break;
      }
      default:
        if (PAINT_OPS.has(op)) {
          const xs = path.map((p) => p[0]);
          const ys = path.map((p) => p[1]);
          const scale = Math.sqrt(Math.abs(gs.ctm[0] * gs.ctm[3] - gs.ctm[1] * gs.ctm[2]));
          result.paints.push({
            kind: 'path',
            artifact: inArtifact(),
            lineWidth: gs.lineWidth * scale,
            stroke: gs.stroke,
            fill: gs.fill,
            stroked: STROKES.has(op),
            filled: FILLS.has(op),
            box: path.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : [0, 0, 0, 0],
            ...(innerMcid() !== undefined ? { mcid: innerMcid()! } : {}),
          });
          path = [];
        }
        break;
    }
    operands = [];
  }
  return result;
}

/** Parses a ToUnicode CMap: character code → text. */
export function parseToUnicode(data: Uint8Array): Map<number, string> {
  const map = new Map<number, string>();
  const text = Buffer.from(data).toString('latin1');
  const utf16 = (h: string) => Buffer.from(h.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F\s]*>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        const items = [...dst.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((x) => x[1]!);
        for (let c = lo; c <= hi && c - lo < items.length; c++) map.set(c, utf16(items[c - lo]!));
      } else {
        const start = dst.slice(1, -1).replace(/\s+/g, '');
        const last = parseInt(start.slice(-4), 16);
        for (let c = lo; c <= hi; c++) map.set(c, utf16(start.slice(0, -4) + (last + c - lo).toString(16).padStart(4, '0')));
      }
    }
  }
  return map;
}
