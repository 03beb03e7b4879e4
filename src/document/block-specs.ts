import type { Block, DocumentMeta, Orientation, TextSize } from './model.js';

/** The worksheet blocks of the document language; lessons/README.md documents them. */

export type AttrSpec =
  | { type: 'number'; min: number; max: number; required?: boolean }
  | { type: 'text'; required?: boolean }
  /** Items separated by "|". */
  | { type: 'list'; required?: boolean }
  /** One of a few words. */
  | { type: 'choice'; values: readonly string[]; required?: boolean };

export type AttrValue = string | number | string[];

export interface BlockSpec {
  /** leaf: one line `::name attrs`; container: `::: name attrs` … `:::`. */
  form: 'leaf' | 'container';
  attrs: Record<string, AttrSpec>;
  make(values: Record<string, AttrValue>, children: Block[], meta: DocumentMeta): Block | Block[] | undefined;
}

const text = (required = false): AttrSpec => ({ type: 'text', required });
const num = (min: number, max: number, required = false): AttrSpec => ({ type: 'number', min, max, required });
const list = (required = false): AttrSpec => ({ type: 'list', required });
const choice = (...values: string[]): AttrSpec => ({ type: 'choice', values });
const str = (v: AttrValue | undefined) => (v === undefined ? undefined : String(v));
const strs = (v: AttrValue | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [String(v)]);

export const DEFAULT_SCALE = ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'];

export const BLOCK_SPECS: Record<string, BlockSpec> = {
  // Document settings rather than drawn blocks.
  title: {
    form: 'leaf',
    attrs: { text: text(true) },
    make: (v, _c, meta) => {
      meta.title = String(v.text);
      return undefined;
    },
  },
  'running-header': {
    form: 'leaf',
    attrs: { left: text(), right: text() },
    make: (v, _c, meta) => {
      meta.header = { left: str(v.left) ?? '', right: str(v.right) ?? '' };
      return undefined;
    },
  },
  namefield: { form: 'leaf', attrs: {}, make: () => ({ type: 'namefield' }) },
  lines: { form: 'leaf', attrs: { count: num(1, 40, true) }, make: (v) => ({ type: 'lines', count: Number(v.count) }) },
  box: {
    form: 'leaf',
    attrs: { lines: num(1, 40, true), label: text() },
    make: (v) => ({ type: 'box', lines: Number(v.lines), ...(v.label ? { label: String(v.label) } : {}) }),
  },
  pagebreak: {
    form: 'leaf',
    attrs: { orientation: choice('portrait', 'landscape') },
    make: (v) => ({ type: 'pagebreak', ...(v.orientation ? { orientation: v.orientation as Orientation } : {}) }),
  },

  scale: {
    form: 'leaf',
    attrs: { statement: text(), labels: list() },
    make: (v) => ({
      type: 'scale',
      labels: v.labels ? strs(v.labels) : DEFAULT_SCALE,
      ...(v.statement ? { statement: String(v.statement) } : {}),
    }),
  },
  organiser: {
    form: 'leaf',
    attrs: { columns: list(true), rows: num(1, 12), lines: num(1, 8) },
    make: (v) => ({ type: 'organiser', columns: strs(v.columns), rows: Number(v.rows ?? 3), lines: Number(v.lines ?? 2) }),
  },
  chart: {
    form: 'leaf',
    attrs: { center: text(true), items: list(), empty: num(0, 12), alt: text() },
    make: (v) => ({
      type: 'chart',
      center: String(v.center),
      items: strs(v.items),
      empty: Number(v.empty ?? 0),
      ...(v.alt !== undefined ? { alt: String(v.alt) } : {}),
    }),
  },

  question: {
    form: 'container',
    attrs: { number: text() },
    make: (v, children) => ({ type: 'question', children, ...(v.number !== undefined ? { number: String(v.number) } : {}) }),
  },
  quote: {
    form: 'container',
    attrs: { ref: text() },
    make: (v, children) => ({ type: 'quote', children, ...(v.ref ? { ref: String(v.ref) } : {}) }),
  },
  passage: {
    form: 'container',
    attrs: { ref: text(true), role: text() },
    make: (v, children) => ({ type: 'passage', ref: String(v.ref), children, ...(v.role ? { role: String(v.role) } : {}) }),
  },
  tip: {
    form: 'container',
    attrs: { title: text() },
    make: (v, children) => ({ type: 'tip', children, ...(v.title ? { title: String(v.title) } : {}) }),
  },
  keep: { form: 'container', attrs: {}, make: (_v, children) => ({ type: 'keep', children }) },
  cards: {
    form: 'container',
    attrs: { fill: choice('page') },
    make: (v, children) => ({ type: 'cards', children, ...(v.fill ? { fill: 'page' as const } : {}) }),
  },
  card: {
    form: 'container',
    attrs: { label: text(), size: choice('normal', 'large'), align: choice('left', 'center') },
    make: (v, children) => ({
      type: 'card',
      children,
      ...(v.label ? { label: String(v.label) } : {}),
      ...(v.size ? { size: v.size as TextSize } : {}),
      ...(v.align ? { align: v.align as 'left' | 'center' } : {}),
    }),
  },
  sign: {
    form: 'container',
    attrs: { label: text() },
    make: (v, children) => ({ type: 'sign', children, ...(v.label ? { label: String(v.label) } : {}) }),
  },
  slide: {
    form: 'container',
    attrs: { title: text(), bookmark: text(), size: choice('normal', 'large'), align: choice('top', 'center') },
    make: (v, children) => ({
      type: 'slide',
      children,
      ...(v.title ? { title: String(v.title) } : {}),
      ...(v.bookmark ? { bookmark: String(v.bookmark) } : {}),
      ...(v.size ? { size: v.size as TextSize } : {}),
      ...(v.align ? { align: v.align as 'top' | 'center' } : {}),
    }),
  },
  small: {
    form: 'container',
    attrs: {},
    make: (_v, children) => children.map((b) => (b.type === 'paragraph' ? { ...b, size: 'small' as const } : b)),
  },
};
