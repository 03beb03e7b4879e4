import type { Face } from '../fonts.js';
import type { Pdf } from '../pdf.js';
import { FieldNames } from './field-names.js';

/**
 * Form fields for a fillable worksheet (build --fillable), written into pdfkit's document.
 * Every field is a widget annotation with its own appearance (so it prints as typed, in any
 * viewer), tagged as a Form structure element with an OBJR where it stands in the reading
 * order (PDF/UA-1 7.18.4), with the question as its tooltip (TU), which a screen reader
 * announces. pdfkit's own form helpers are not used: they set NeedAppearances instead of
 * writing appearances, and give every radio button a name of its own.
 */

/** Where a field goes, in pdfkit's coordinates (top left of the page, points). */
export interface FieldBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of a pdfkit object reference used here. */
interface Ref {
  data: Record<string, unknown>;
  end(chunk?: string): void;
}

/** The parts of pdfkit's EmbeddedFont used here. */
interface PdfkitFont {
  id: string;
  ref(): Ref;
  encode(text: string): [string[], object[]];
}

/** The parts of pdfkit's document used here (see pdfkit's AcroFormMixin and annotate). */
interface PdfkitDoc {
  _font: PdfkitFont;
  _root: { data: { AcroForm?: Ref & { data: { Fields: Ref[]; NeedAppearances?: boolean; DA?: unknown } } } };
  page: { annotations: Ref[] };
  font(name: string): unknown;
  initForm(): unknown;
  ref(data: Record<string, unknown>): Ref;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
}

/** Field flags (ISO 32000-1, tables 226, 228). */
const MULTILINE = 1 << 12;
const NO_TOGGLE_TO_OFF = 1 << 14;
const RADIO = 1 << 15;
/** Annotation flag: print the field. */
const PRINT = 4;

/**
 * Characters a student may type, put in the field font's subset up front: a viewer that
 * draws typed text with the form's font finds their glyphs (Dutch, French, German, Turkish,
 * Polish and other Latin letters, quotes and dashes).
 */
const TYPED = (() => {
  const chars: string[] = [];
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  };
  add(0x21, 0x7e);
  add(0xa1, 0xff);
  add(0x100, 0x17f);
  chars.push(...'‘’‚“”„–—…€•'.split(''));
  return chars;
})();

export class FormFields {
  /** Names handed out so far; a class set starts a new prefix for every student. */
  names = new FieldNames();
  private readonly doc: PdfkitDoc;
  private readonly font: PdfkitFont;

  constructor(
    private readonly pdf: Pdf,
    /** The font typed text and filled-in names are set in: one that has every filled-in name's letters. */
    readonly face: Face,
    /** Text size in the fields (the body size). */
    readonly size: number,
    covers: readonly string[] = [],
  ) {
    this.doc = pdf.doc as unknown as PdfkitDoc;
    const previous = this.doc._font;
    this.doc.font(face.name);
    this.font = this.doc._font;
    this.doc._font = previous;
    if (!this.doc._root.data.AcroForm) {
      // pdfkit's AcroForm dictionary (it ends the fields when the document ends), without
      // NeedAppearances: every field here brings its own appearance.
      const current = this.doc._font;
      this.doc._font = this.font;
      this.doc.initForm();
      this.doc._font = current;
      const acro = this.doc._root.data.AcroForm!.data;
      delete acro.NeedAppearances;
      acro.DA = new String(this.da(size));
    }
    const typed = [...TYPED, ...covers.flatMap((t) => [...t])].filter((c) => face.has(c.codePointAt(0)!));
    this.font.encode([...new Set(typed)].join(' '));
  }

  /** Whether fields can be made here: not inside an artifact (a repeated copy is not filled in). */
  get available(): boolean {
    return !this.pdf.tags.inArtifact;
  }

  /** A text field: one line (a name, a date) or several (an answer), with an optional value. */
  text(box: FieldBox, options: { name: (string | number)[]; tooltip: string; multiline: boolean; value?: string; size?: number }): string | undefined {
    if (!this.available) return undefined;
    const name = this.names.take(...options.name);
    const size = options.size ?? this.size;
    const value = options.value?.trim();
    const appearance = this.appearance(box, value ? this.textContent(box, value, size) : '/Tx BMC\nEMC');
    this.widget(box, undefined, {
      FT: 'Tx',
      T: new String(name),
      TU: new String(options.tooltip),
      ...(options.multiline ? { Ff: MULTILINE } : {}),
      DA: new String(this.da(size)),
      ...(value ? { V: new String(value) } : {}),
      AP: { N: appearance },
    });
    return name;
  }

  /** A check box for a tick list; on: a tick drawn as a line (no font needed). */
  checkbox(box: FieldBox, options: { name: (string | number)[]; tooltip: string }): string | undefined {
    if (!this.available) return undefined;
    const name = this.names.take(...options.name);
    const on = this.appearance(box, tick(box.width, box.height));
    const off = this.appearance(box, '');
    this.widget(box, undefined, {
      FT: 'Btn',
      T: new String(name),
      TU: new String(options.tooltip),
      V: 'Off',
      AS: 'Off',
      AP: { N: { Yes: on, Off: off } },
    });
    return name;
  }

  /**
   * One choice out of several (an opinion scale): a radio group whose options are the
   * labels (Opt), each button tagged with its label as alternate text.
   */
  radioGroup(options: { name: (string | number)[]; tooltip: string; choices: { label: string; box: FieldBox }[] }): string | undefined {
    if (!this.available || options.choices.length === 0) return undefined;
    const name = this.names.take(...options.name);
    const parent = this.doc.ref({
      FT: 'Btn',
      Ff: RADIO | NO_TOGGLE_TO_OFF,
      T: new String(name),
      TU: new String(options.tooltip),
      V: 'Off',
      Opt: options.choices.map((c) => new String(c.label)),
      Kids: [],
    });
    options.choices.forEach((choice, k) => {
      const on = this.appearance(choice.box, dot(choice.box.width, choice.box.height));
      const off = this.appearance(choice.box, '');
      // With Opt, the on state of the k-th button is named by its position (ISO 32000-1 12.7.4.2.4).
      const widget = this.widget(choice.box, choice.label, { Parent: parent, AS: 'Off', AP: { N: { [String(k)]: on, Off: off } } });
      (parent.data.Kids as Ref[]).push(widget);
    });
    this.doc._root.data.AcroForm!.data.Fields.push(parent);
    return name;
  }

  /** A widget in its own Form element, in the reading order where it is drawn. */
  private widget(box: FieldBox, alt: string | undefined, data: Record<string, unknown>): Ref {
    const el = this.pdf.tags.element('Form', alt ? { alt } : undefined);
    this.doc.annotate(box.x, box.y, box.width, box.height, { Subtype: 'Widget', F: PRINT, C: [], ...data, structParent: el });
    el.end();
    const ref = this.doc.page.annotations[this.doc.page.annotations.length - 1]!;
    // Kids of a radio group are listed by their parent; every other field is a field of its own.
    if (!data.Parent) this.doc._root.data.AcroForm!.data.Fields.push(ref);
    return ref;
  }

  private da(size: number): string {
    return `/${this.font.id} ${round(size)} Tf 0 g`;
  }

  /** A form XObject of the field's size drawing `content`. */
  private appearance(box: FieldBox, content: string): Ref {
    const ref = this.doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, round(box.width), round(box.height)],
      Resources: { Font: { [this.font.id]: this.font.ref() } },
    });
    ref.end(content);
    return ref;
  }

  /** A filled-in value on one line, on the field's baseline (as a viewer would set it). */
  private textContent(box: FieldBox, value: string, size: number): string {
    const [glyphs] = this.font.encode(value.replace(/\s+/g, ' '));
    const baseline = (box.height - (this.face.ascent + this.face.descent) * size) / 2 + this.face.descent * size;
    return ['/Tx BMC', 'q', 'BT', `/${this.font.id} ${round(size)} Tf`, '0 g', `2 ${round(baseline)} Td`, `<${glyphs.join('')}> Tj`, 'ET', 'Q', 'EMC'].join('\n');
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A tick mark in a box of w × h. */
function tick(w: number, h: number): string {
  const s = Math.min(w, h);
  return ['q', '0 G', `${round(s * 0.12)} w`, '1 J 1 j', `${round(w * 0.2)} ${round(h * 0.52)} m`, `${round(w * 0.42)} ${round(h * 0.28)} l`, `${round(w * 0.82)} ${round(h * 0.78)} l`, 'S', 'Q'].join('\n');
}

/** A filled dot in the middle of a box of w × h. */
function dot(w: number, h: number): string {
  const r = Math.min(w, h) * 0.28;
  const cx = w / 2;
  const cy = h / 2;
  const k = r * 0.5523;
  const p = (x: number, y: number) => `${round(x)} ${round(y)}`;
  return [
    'q',
    '0 g',
    `${p(cx + r, cy)} m`,
    `${p(cx + r, cy + k)} ${p(cx + k, cy + r)} ${p(cx, cy + r)} c`,
    `${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)} c`,
    `${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)} c`,
    `${p(cx + k, cy - r)} ${p(cx + r, cy - k)} ${p(cx + r, cy)} c`,
    'f',
    'Q',
  ].join('\n');
}
