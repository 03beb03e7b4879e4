import { interpret, parseToUnicode, type FontInfo, type Glyph, type Interpreted, type Matrix, type Resources } from './pdf-content.js';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PdfObjects, refKey, type PDFObject } from './pdf-objects.js';

/**
 * The checks of PDF/UA-1 (ISO 14289-1) that a machine can make, run on a built PDF by
 * walking its structure tree and interpreting its content streams. veraPDF cannot be
 * installed here; each problem names the clause of ISO 14289-1 ("UA1 7.4.2", with the test
 * number of veraPDF's PDF/UA-1 profile where it has one, "-1") and the Matterhorn Protocol
 * 1.1 failure condition ("MH 14-003") it implements.
 *
 * Implemented:
 * - metadata and catalog: UA1 5 (pdfuaid:part 1), 7.1-8/7.1-9 (XMP with dc:title, MH 06-001..003),
 *   7.1-10 (DisplayDocTitle, MH 07-001/002), 7.1 MarkInfo Marked, 7.2 catalog Lang (MH 11-001),
 *   7.1-4 Suspects (MH 01-007)
 * - content: 7.1-1/7.1-2 (no Artifact inside tagged content and the reverse, MH 01-003/01-004),
 *   7.1 (every glyph, path and image is an Artifact or belongs to a structure element, through
 *   the parent tree, MH 01-005)
 * - structure types: 7.1-5 (standard or role-mapped, MH 02-001)
 * - headings: 7.4.2-1 (first heading H1, no skipped level, MH 14-002/14-003), 7.4.4-2/3 (H and
 *   Hn not mixed)
 * - tables: 7.2-3/4/8/9/10 (Table > TR > TH|TD, MH 09-004), 7.5 (TH has a Scope, MH 15-003)
 * - lists: 7.2-17..20 (L > LI > Lbl|LBody, MH 09-005)
 * - figures: 7.3-1 (Alt or ActualText, MH 13-004)
 * - notes: 7.9-1/7.9-2 (Note has a unique ID, MH 19-003/19-004)
 * - annotations and forms: 7.18.1-1 (annotations tagged, MH 28-002), 7.18.3-1 (Tabs /S on pages
 *   with annotations, MH 28-008/28-009), 7.18.4-1 (widgets inside a Form element through an OBJR,
 *   MH 28-010), 7.18.4 (a field has TU or its Form element Alt, MH 28-005), 7.18.5-1/2 (links)
 * - fonts (Matterhorn checkpoint 31): 7.21.3.2-1 (CIDToGIDMap), 7.21.4.1-1 (embedded),
 *   7.21.4.2-2 (CIDSet absent or listing every glyph of the font program), 7.21.7-1 (ToUnicode),
 *   7.21.8-1 (no .notdef); subset tags of the form ABCDEF+ and one tag per subset (ISO 32000-1 9.6.4)
 * - text (UA1 7.2, MH 09-001 as far as a machine can tell): what the tags read, word for word,
 *   is what the page shows: where the page shows two words apart, the tagged text has a space
 *   between them, and where it shows one word, no space.
 */

export interface HeadingInfo {
  level: number;
  text: string;
}

export interface StructNode {
  type: string;
  ref?: string;
  parent?: StructNode;
  kids: (StructNode | McRef | ObjRef)[];
  alt?: string;
  actualText?: string;
  id?: string;
  /** Attribute dictionaries (A), as plain key → value (names and numbers). */
  attributes: Record<string, string | number>[];
  /** First page this element has content on (index from 0). */
  page?: number;
}

export interface McRef {
  kind: 'mc';
  page: number;
  mcid: number;
}

export interface ObjRef {
  kind: 'obj';
  page?: number;
  obj: string;
}

export interface PageContent extends Interpreted {
  width: number;
  height: number;
}

export interface PdfUaReport {
  problems: string[];
  /** XMP says pdfuaid:part 1. */
  claimsPdfUa: boolean;
  headings: HeadingInfo[];
  root?: StructNode;
  pages: PageContent[];
  /** Glyphs of real content (not artifacts), with the structure element they belong to. */
  tagged: { glyph: Glyph; page: number; element: StructNode }[];
  /** Fonts: base name and the glyphs in their font program. */
  fonts: { baseFont: string; glyphCount: number; cidSet: boolean }[];
}

const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);
/** Elements read as part of the text around them (not a new block for a screen reader). */
const INLINE = new Set(['Span', 'Quote', 'Reference', 'Code', 'Link', 'BibEntry']);

/** Checks a PDF; `name` starts every problem so a failing test says which file. */
export async function checkPdfUa(bytes: Uint8Array, name = 'pdf'): Promise<PdfUaReport> {
  const objs = await PdfObjects.load(bytes);
  const problems: string[] = [];
  const say = (rule: string, text: string) => problems.push(`${name}: [${rule}] ${text}`);
  const catalog = objs.catalog;

  // --- catalog and metadata
  const xmp = objs.get(catalog, 'Metadata') ? Buffer.from(objs.streamBytes(objs.raw(catalog, 'Metadata'))).toString('utf8') : '';
  if (!xmp) say('UA1 7.1-8, MH 06-001', 'no XMP metadata stream in the catalog');
  const claimsPdfUa = /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part=["']1["']/.test(xmp);
  if (xmp && !/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) say('UA1 7.1-9, MH 06-003', 'the XMP metadata has no dc:title');
  if (objs.bool(objs.dict(objs.raw(catalog, 'ViewerPreferences')), 'DisplayDocTitle') !== true) say('UA1 7.1-10, MH 07-001', 'ViewerPreferences has no DisplayDocTitle true');
  const markInfo = objs.dict(objs.raw(catalog, 'MarkInfo'));
  if (objs.bool(markInfo, 'Marked') !== true) say('UA1 7.1', 'MarkInfo Marked is not true');
  if (objs.bool(markInfo, 'Suspects') === true) say('UA1 7.1-4, MH 01-007', 'MarkInfo Suspects is true');
  if (!/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(objs.text(catalog, 'Lang') ?? '')) say('UA1 7.2-29, MH 11-001', 'the catalog has no valid Lang');

  // --- pages: content, fonts, annotations
  const pages = objs.pages();
  const pageIndex = new Map(pages.map((p, i) => [refKey(p.ref)!, i]));
  const fonts = new FontTable(objs, say);
  const contents: PageContent[] = pages.map((p, i) => {
    const box = objs.array(p.dict, 'MediaBox').map((o) => (o instanceof PDFNumber ? o.asNumber() : 0));
    const data = contentOf(objs, p.dict);
    const result = interpret(data, resourcesOf(objs, objs.dict(inherited(objs, p.dict, 'Resources')), fonts));
    for (const n of new Set(result.nesting)) say(n.startsWith('an Artifact') ? 'UA1 7.1-1, MH 01-003' : 'UA1 7.1-2, MH 01-004', `page ${i + 1}: ${n}`);
    for (const g of result.glyphs) if (g.font.twoByte && g.code === 0) say('UA1 7.21.8-1', `page ${i + 1}: the .notdef glyph is drawn`);
    return { ...result, width: (box[2] ?? 0) - (box[0] ?? 0), height: (box[3] ?? 0) - (box[1] ?? 0) };
  });

  // --- structure tree
  const treeRoot = objs.dict(objs.raw(catalog, 'StructTreeRoot'));
  const roleMap = objs.dict(objs.raw(treeRoot, 'RoleMap'));
  const standard = (type: string): string => {
    let t = type;
    for (let i = 0; i < 16 && !STANDARD_TYPES.has(t); i++) {
      const mapped = objs.name(roleMap, t);
      if (!mapped) break;
      t = mapped;
    }
    return t;
  };
  const byRef = new Map<string, StructNode>();
  const claimed = new Map<string, StructNode>();
  let root: StructNode | undefined;
  if (!treeRoot) say('UA1 7.1, MH 01-005', 'no structure tree (StructTreeRoot)');
  else {
    root = { type: 'StructTreeRoot', kids: [], attributes: [] };
    const walk = (obj: PDFObject | undefined, parent: StructNode, pageOf: number | undefined, depth: number): void => {
      if (depth > 100) return;
      const raw = obj;
      const resolved = objs.resolve(obj);
      if (resolved instanceof PDFArray) {
        for (const k of resolved.asArray()) walk(k, parent, pageOf, depth);
        return;
      }
      if (resolved instanceof PDFNumber) {
        if (pageOf === undefined) say('UA1 7.1', `${parent.type} refers to MCID ${resolved.asNumber()} without a page`);
        else addMc(parent, pageOf, resolved.asNumber());
        return;
      }
      const d = objs.dict(resolved);
      if (!d) return;
      const type = objs.name(d, 'Type');
      if (type === 'MCR') {
        const pg = refKey(objs.raw(d, 'Pg'));
        const page = pg !== undefined ? pageIndex.get(pg) : pageOf;
        const mcid = objs.number(d, 'MCID');
        if (page !== undefined && mcid !== undefined) addMc(parent, page, mcid);
        return;
      }
      if (type === 'OBJR') {
        const pg = refKey(objs.raw(d, 'Pg'));
        parent.kids.push({ kind: 'obj', obj: refKey(objs.raw(d, 'Obj')) ?? '?', ...(pg && pageIndex.has(pg) ? { page: pageIndex.get(pg)! } : {}) });
        return;
      }
      const s = objs.name(d, 'S');
      if (!s) return;
      const pg = refKey(objs.raw(d, 'Pg'));
      const page = pg !== undefined && pageIndex.has(pg) ? pageIndex.get(pg) : pageOf;
      const node: StructNode = {
        type: s,
        parent,
        kids: [],
        attributes: attributesOf(objs, objs.get(d, 'A')),
        ...(refKey(raw) ? { ref: refKey(raw)! } : {}),
        ...(objs.text(d, 'Alt') !== undefined ? { alt: objs.text(d, 'Alt')! } : {}),
        ...(objs.text(d, 'ActualText') !== undefined ? { actualText: objs.text(d, 'ActualText')! } : {}),
        ...(objs.text(d, 'ID') !== undefined ? { id: objs.text(d, 'ID')! } : {}),
        ...(page !== undefined ? { page } : {}),
      };
      if (node.ref) byRef.set(node.ref, node);
      parent.kids.push(node);
      walk(objs.raw(d, 'K'), node, page, depth + 1);
    };
    const addMc = (parent: StructNode, page: number, mcid: number) => {
      const key = `${page}:${mcid}`;
      if (claimed.has(key)) say('UA1 7.1', `page ${page + 1}: MCID ${mcid} belongs to two structure elements`);
      claimed.set(key, parent);
      parent.kids.push({ kind: 'mc', page, mcid });
    };
    walk(objs.raw(treeRoot, 'K'), root, undefined, 0);
  }

  // The parent tree must lead from content back to the element that claims it.
  const parentTree = objs.numberTree(objs.dict(objs.raw(treeRoot, 'ParentTree')));
  const tagged: PdfUaReport['tagged'] = [];
  contents.forEach((c, i) => {
    const key = objs.number(pages[i]!.dict, 'StructParents');
    const entry = key !== undefined ? objs.resolve(parentTree.get(key)) : undefined;
    const parents = entry instanceof PDFArray ? entry.asArray() : [];
    const untagged = { glyphs: 0, paints: 0, sample: '' };
    const owner = (mcid: number | undefined): StructNode | undefined => {
      if (mcid === undefined) return undefined;
      const element = claimed.get(`${i}:${mcid}`);
      const viaTree = refKey(parents[mcid]);
      if (!element || !viaTree || byRef.get(viaTree) !== element) return undefined;
      return element;
    };
    for (const g of c.glyphs) {
      if (g.artifact) continue;
      const element = owner(g.mcid);
      if (element) tagged.push({ glyph: g, page: i, element });
      else {
        untagged.glyphs++;
        if (untagged.sample.length < 30) untagged.sample += g.text;
      }
    }
    for (const p of c.paints) if (!p.artifact && !owner(p.mcid)) untagged.paints++;
    if (untagged.glyphs + untagged.paints > 0) {
      say('UA1 7.1, MH 01-005', `page ${i + 1}: ${untagged.glyphs} glyphs ("${untagged.sample}") and ${untagged.paints} drawings are neither artifacts nor tagged`);
    }
  });
  for (const [key, element] of claimed) {
    const [page, mcid] = key.split(':').map(Number) as [number, number];
    if (!contents[page]?.mcids.includes(mcid)) say('UA1 7.1', `${element.type} refers to MCID ${mcid} on page ${page + 1}, which the page does not have`);
  }

  // --- structure rules
  const headings: HeadingInfo[] = [];
  const glyphsOf = new Map<string, Glyph[]>();
  for (const t of tagged) {
    const k = `${t.page}:${t.glyph.mcid}`;
    let list = glyphsOf.get(k);
    if (!list) glyphsOf.set(k, (list = []));
    list.push(t.glyph);
  }
  const noteIds = new Map<string, number>();
  let strong: 'H' | 'Hn' | undefined;
  const visit = (node: StructNode) => {
    const type = standard(node.type);
    const kids = node.kids.filter((k): k is StructNode => 'type' in k);
    const kidTypes = kids.map((k) => standard(k.type));
    const parentType = node.parent ? standard(node.parent.type) : '';
    const where = `${node.type}${node.page !== undefined ? ` on page ${node.page + 1}` : ''}${textPreview(node, glyphsOf)}`;
    if (!STANDARD_TYPES.has(type)) say('UA1 7.1-5, MH 02-001', `${node.type} is not a standard structure type and not role-mapped to one`);
    if (/^H[1-6]$/.test(type)) {
      headings.push({ level: Number(type.slice(1)), text: readText(node, glyphsOf) });
      if (strong === 'H') say('UA1 7.4.4-3', `${where}: the document mixes H and H1–H6`);
      strong = 'Hn';
    } else if (type === 'H') {
      if (strong === 'Hn') say('UA1 7.4.4-2', `${where}: the document mixes H and H1–H6`);
      strong = 'H';
    }
    if (type === 'Table' && !kidTypes.every((t) => /^(TR|THead|TBody|TFoot|Caption)$/.test(t))) say('UA1 7.2-3, MH 09-004', `${where} holds ${kidTypes.join(', ')}`);
    if (type === 'TR' && !/^(Table|THead|TBody|TFoot)$/.test(parentType)) say('UA1 7.2-4, MH 09-004', `${where} is not inside a table`);
    if (type === 'TR' && !kidTypes.every((t) => t === 'TH' || t === 'TD')) say('UA1 7.2-10, MH 09-004', `${where} holds ${kidTypes.join(', ')}`);
    if ((type === 'TH' || type === 'TD') && parentType !== 'TR') say(type === 'TH' ? 'UA1 7.2-8, MH 09-004' : 'UA1 7.2-9, MH 09-004', `${where} is not inside a TR`);
    if (type === 'TH') {
      const scope = node.attributes.find((a) => a.O === 'Table' && a.Scope !== undefined)?.Scope;
      if (!scope || !['Row', 'Column', 'Both'].includes(String(scope))) say('UA1 7.5, MH 15-003', `${where} has no Scope`);
    }
    if (type === 'L' && !kidTypes.every((t) => t === 'L' || t === 'LI' || t === 'Caption')) say('UA1 7.2-19, MH 09-005', `${where} holds ${kidTypes.join(', ')}`);
    if (type === 'LI' && parentType !== 'L') say('UA1 7.2-17, MH 09-005', `${where} is not inside an L`);
    if (type === 'LI' && !kidTypes.every((t) => t === 'Lbl' || t === 'LBody')) say('UA1 7.2-20, MH 09-005', `${where} holds ${kidTypes.join(', ')}`);
    if (type === 'LBody' && parentType !== 'LI') say('UA1 7.2-18, MH 09-005', `${where} is not inside an LI`);
    if (type === 'Figure' && !(node.alt?.trim() || node.actualText?.trim())) say('UA1 7.3-1, MH 13-004', `${where} has no alt text`);
    if (type === 'Formula' && !(node.alt?.trim() || node.actualText?.trim())) say('UA1 7.7-1', `${where} has no alt text`);
    if (type === 'Note') {
      if (!node.id) say('UA1 7.9-1, MH 19-003', `${where} has no ID`);
      else noteIds.set(node.id, (noteIds.get(node.id) ?? 0) + 1);
    }
    kids.forEach(visit);
  };
  if (root) root.kids.filter((k): k is StructNode => 'type' in k).forEach(visit);
  for (const [id, n] of noteIds) if (n > 1) say('UA1 7.9-2, MH 19-004', `${n} Note elements share the ID "${id}"`);
  if (headings[0] && headings[0].level !== 1) say('UA1 7.4.2-1, MH 14-002', `the first heading is H${headings[0].level} ("${headings[0].text}"), not H1`);
  headings.forEach((h, k) => {
    const prev = headings[k - 1];
    if (prev && h.level > prev.level + 1) say('UA1 7.4.2-1, MH 14-003', `H${h.level} "${h.text}" follows H${prev.level} "${prev.text}": level ${prev.level + 1} is skipped`);
  });

  // --- annotations and form fields
  const annotParents = new Map<string, StructNode>();
  const visitObj = (node: StructNode) => {
    for (const k of node.kids) {
      if ('type' in k) visitObj(k);
      else if (k.kind === 'obj') annotParents.set(k.obj, node);
    }
  };
  if (root) visitObj(root);
  pages.forEach((p, i) => {
    const annots = objs.array(p.dict, 'Annots');
    if (annots.length > 0 && objs.name(p.dict, 'Tabs') !== 'S') say('UA1 7.18.3-1, MH 28-008', `page ${i + 1} has annotations but no Tabs /S`);
    for (const a of annots) {
      const d = objs.dict(a);
      const subtype = objs.name(d, 'Subtype') ?? '?';
      if (subtype === 'Popup') continue;
      const key = refKey(a);
      const sp = objs.number(d, 'StructParent');
      const viaTree = sp !== undefined ? refKey(parentTree.get(sp)) : undefined;
      const element = key ? annotParents.get(key) : undefined;
      const ok = element && viaTree && byRef.get(viaTree) === element;
      const expected = subtype === 'Widget' ? 'Form' : subtype === 'Link' ? 'Link' : 'Annot';
      const rule = subtype === 'Widget' ? 'UA1 7.18.4-1, MH 28-010' : subtype === 'Link' ? 'UA1 7.18.5-1, MH 28-011' : 'UA1 7.18.1-1, MH 28-002';
      if (!ok || standard(element.type) !== expected) say(rule, `page ${i + 1}: a ${subtype} annotation is not inside a ${expected} element (OBJR and StructParent)`);
      if (subtype === 'Widget') {
        const tu = fieldText(objs, d!, 'TU');
        if (!tu?.trim() && !element?.alt?.trim()) say('UA1 7.18.4, MH 28-005', `page ${i + 1}: form field "${fieldName(objs, d!)}" has no TU (tooltip) and its Form element no Alt`);
      }
      if (subtype === 'Link' && !objs.text(d, 'Contents')?.trim()) say('UA1 7.18.5-2, MH 28-012', `page ${i + 1}: a link has no Contents`);
    }
  });

  // --- tagged text is the visible text
  if (root) {
    const check = (node: StructNode) => {
      const type = standard(node.type);
      // A figure is read by its alt text; a form field by its tooltip.
      if (type === 'Figure' || type === 'Formula' || type === 'Form') return;
      for (const run of readingRuns(node, glyphsOf, standard)) {
        for (const p of wordProblems(run)) say('UA1 7.2, MH 09-001', `${node.type} on page ${(node.page ?? 0) + 1}: ${p}`);
      }
      for (const k of node.kids) if ('type' in k && !INLINE.has(standard(k.type))) check(k);
    };
    root.kids.filter((k): k is StructNode => 'type' in k).forEach(check);
  }

  return { problems, claimsPdfUa, headings, ...(root ? { root } : {}), pages: contents, tagged, fonts: fonts.report() };
}

/** The text of an element as a screen reader reads it (inline children included). */
export function readText(node: StructNode, glyphsOf: Map<string, Glyph[]>): string {
  let out = '';
  for (const k of node.kids) {
    if ('type' in k) out += (out && !INLINE.has(k.type) ? ' ' : '') + readText(k, glyphsOf);
    else if (k.kind === 'mc') out += (glyphsOf.get(`${k.page}:${k.mcid}`) ?? []).map((g) => g.text).join('');
  }
  // Line breaks and runs of spaces read as one space; a no-break space stays what it is.
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}

function textPreview(node: StructNode, glyphsOf: Map<string, Glyph[]>): string {
  const t = readText(node, glyphsOf);
  return t ? ` ("${t.length > 40 ? t.slice(0, 37) + '…' : t}")` : '';
}

/**
 * The glyphs a screen reader reads as one stretch of text: an element's own content with
 * its inline children (Span, Reference…), in structure order. A block child starts a new run.
 */
function readingRuns(node: StructNode, glyphsOf: Map<string, Glyph[]>, standard: (t: string) => string): Glyph[][] {
  const runs: Glyph[][] = [[]];
  const add = (n: StructNode) => {
    for (const k of n.kids) {
      if ('type' in k) {
        if (INLINE.has(standard(k.type))) add(k);
        else runs.push([]);
      } else if (k.kind === 'mc') runs[runs.length - 1]!.push(...(glyphsOf.get(`${k.page}:${k.mcid}`) ?? []));
    }
  };
  add(node);
  return runs.filter((r) => r.length > 0);
}

/**
 * Compares the word breaks of the tagged text with what the page shows: two glyphs are apart
 * (a word break) when they stand on different lines or with a gap wider than a thin space.
 * A line that ends in a hyphen or slash may continue the word on the next line.
 */
export function wordProblems(run: readonly Glyph[]): string[] {
  const out: string[] = [];
  let prev: Glyph | undefined;
  let space = false;
  const context = (i: number) => {
    const from = Math.max(0, i - 20);
    return run
      .slice(from, i + 20)
      .map((g) => g.text)
      .join('');
  };
  run.forEach((g, i) => {
    if (/^\s+$/.test(g.text) || g.text === '') {
      if (g.text !== '') space = true;
      return;
    }
    if (prev) {
      const size = Math.min(prev.size, g.size);
      const sameLine = Math.abs(prev.y - g.y) < 0.3 * size;
      const gap = g.x - (prev.x + prev.width);
      const apart = !sameLine || gap > 0.15 * size || gap < -0.6 * size;
      const hyphenBreak = !sameLine && /[-/‐‑–]$/.test(prev.text);
      if (apart && !space && !hyphenBreak) out.push(`"${prev.text}" and "${g.text}" stand apart on the page but the tagged text joins them: "${context(i)}"`);
      if (!apart && space) out.push(`"${prev.text}" and "${g.text}" touch on the page but the tagged text has a space between them: "${context(i)}"`);
    }
    prev = g;
    space = false;
  });
  return out;
}

function attributesOf(objs: PdfObjects, a: PDFObject | undefined): Record<string, string | number>[] {
  const list = a instanceof PDFArray ? a.asArray() : a ? [a] : [];
  const out: Record<string, string | number>[] = [];
  for (const item of list) {
    const d = objs.dict(item);
    if (!d) continue;
    const rec: Record<string, string | number> = {};
    for (const [k, v] of d.entries()) {
      const r = objs.resolve(v);
      if (r instanceof PDFName) rec[k.decodeText()] = r.decodeText();
      else if (r instanceof PDFNumber) rec[k.decodeText()] = r.asNumber();
    }
    out.push(rec);
  }
  return out;
}

/** A field entry, looked up on the widget and then its parent fields (TU, T, FT inherit). */
function fieldText(objs: PdfObjects, widget: PDFDict, key: string): string | undefined {
  let d: PDFDict | undefined = widget;
  for (let i = 0; d && i < 16; i++) {
    const t = objs.text(d, key);
    if (t !== undefined) return t;
    d = objs.dict(objs.raw(d, 'Parent'));
  }
  return undefined;
}

function fieldName(objs: PdfObjects, widget: PDFDict): string {
  const parts: string[] = [];
  let d: PDFDict | undefined = widget;
  for (let i = 0; d && i < 16; i++) {
    const t = objs.text(d, 'T');
    if (t !== undefined) parts.unshift(t);
    d = objs.dict(objs.raw(d, 'Parent'));
  }
  return parts.join('.');
}

function inherited(objs: PdfObjects, page: PDFDict, key: string): PDFObject | undefined {
  let d: PDFDict | undefined = page;
  for (let i = 0; d && i < 32; i++) {
    const v = objs.raw(d, key);
    if (v !== undefined) return v;
    d = objs.dict(objs.raw(d, 'Parent'));
  }
  return undefined;
}

function contentOf(objs: PdfObjects, page: PDFDict): Uint8Array {
  const c = objs.resolve(objs.raw(page, 'Contents'));
  const parts = c instanceof PDFArray ? c.asArray() : c ? [objs.raw(page, 'Contents')!] : [];
  return Buffer.concat(parts.map((p) => Buffer.concat([Buffer.from(objs.streamBytes(p)), Buffer.from('\n')])));
}

/** Resources of a page or form XObject, for the interpreter. */
export function resourcesOf(objs: PdfObjects, res: PDFDict | undefined, fonts: FontTable): Resources {
  const fontDict = objs.dict(objs.raw(res, 'Font'));
  const xobjects = objs.dict(objs.raw(res, 'XObject'));
  return {
    font: (name) => fonts.get(objs.raw(fontDict, name)),
    xobject: (name) => {
      const raw = objs.raw(xobjects, name);
      const x = objs.resolve(raw);
      if (!(x instanceof PDFRawStream)) return undefined;
      if (objs.name(x.dict, 'Subtype') === 'Image') return 'image';
      const m = objs.array(x.dict, 'Matrix').map((o) => (o instanceof PDFNumber ? o.asNumber() : 0));
      return {
        content: objs.streamBytes(raw),
        matrix: (m.length === 6 ? m : [1, 0, 0, 1, 0, 0]) as Matrix,
        resources: resourcesOf(objs, objs.dict(objs.raw(x.dict, 'Resources')) ?? res, fonts),
      };
    },
  };
}

/** Fonts by object, read once, checked once. */
export class FontTable {
  private readonly fonts = new Map<string, FontInfo>();
  private readonly programs = new Map<string, { baseFont: string; glyphCount: number; cidSet: boolean; program: string }>();

  constructor(
    private readonly objs: PdfObjects,
    private readonly say: (rule: string, text: string) => void,
  ) {}

  report() {
    return [...this.programs.values()].map(({ baseFont, glyphCount, cidSet }) => ({ baseFont, glyphCount, cidSet }));
  }

  get(raw: PDFObject | undefined): FontInfo | undefined {
    const key = refKey(raw) ?? String(Math.random());
    const known = this.fonts.get(key);
    if (known) return known;
    const objs = this.objs;
    const d = objs.dict(raw);
    if (!d) return undefined;
    const subtype = objs.name(d, 'Subtype');
    const baseFont = objs.name(d, 'BaseFont') ?? '?';
    const toUnicodeRaw = objs.raw(d, 'ToUnicode');
    const toUnicode = toUnicodeRaw ? parseToUnicode(objs.streamBytes(toUnicodeRaw)) : new Map<number, string>();
    const widths = new Map<number, number>();
    let defaultWidth = 1000;
    let descriptor: PDFDict | undefined;
    let twoByte = false;
    if (subtype === 'Type0') {
      twoByte = true;
      const cid = objs.dict(objs.array(d, 'DescendantFonts')[0]);
      descriptor = objs.dict(objs.raw(cid, 'FontDescriptor'));
      defaultWidth = objs.number(cid, 'DW') ?? 1000;
      const w = objs.array(cid, 'W').map((o) => objs.resolve(o));
      for (let i = 0; i < w.length; ) {
        const first = w[i];
        const second = w[i + 1];
        if (!(first instanceof PDFNumber)) break;
        if (second instanceof PDFArray) {
          second.asArray().forEach((v, k) => {
            const n = objs.resolve(v);
            if (n instanceof PDFNumber) widths.set(first.asNumber() + k, n.asNumber());
          });
          i += 2;
        } else {
          const last = second instanceof PDFNumber ? second.asNumber() : first.asNumber();
          const width = objs.resolve(w[i + 2]);
          for (let c = first.asNumber(); c <= last; c++) widths.set(c, width instanceof PDFNumber ? width.asNumber() : defaultWidth);
          i += 3;
        }
      }
      if (objs.name(cid, 'Subtype') === 'CIDFontType2' && objs.get(cid, 'CIDToGIDMap') === undefined) this.say('UA1 7.21.3.2-1', `${baseFont} has no CIDToGIDMap`);
      if (!toUnicodeRaw) this.say('UA1 7.21.7-1', `${baseFont} has no ToUnicode map`);
      if (objs.name(d, 'Encoding') !== 'Identity-H') this.say('UA1 7.21.3.3-1', `${baseFont} uses an encoding other than Identity-H`);
    } else {
      descriptor = objs.dict(objs.raw(d, 'FontDescriptor'));
      const first = objs.number(d, 'FirstChar') ?? 0;
      objs.array(d, 'Widths').forEach((v, k) => {
        const n = objs.resolve(v);
        if (n instanceof PDFNumber) widths.set(first + k, n.asNumber());
      });
      defaultWidth = 500;
    }
    const file = objs.raw(descriptor, 'FontFile2') ?? objs.raw(descriptor, 'FontFile3') ?? objs.raw(descriptor, 'FontFile');
    if (!file) this.say('UA1 7.21.4.1-1', `${baseFont} is not embedded`);
    else this.checkProgram(baseFont, file, descriptor!);
    const info: FontInfo = { key, baseFont, twoByte, widths, defaultWidth, toUnicode };
    this.fonts.set(key, info);
    return info;
  }

  private checkProgram(baseFont: string, file: PDFObject, descriptor: PDFDict): void {
    const objs = this.objs;
    const fileKey = refKey(file) ?? baseFont;
    if (this.programs.has(fileKey)) return;
    const program = Buffer.from(objs.streamBytes(file));
    const glyphCount = trueTypeGlyphCount(program);
    const cidSetRaw = objs.raw(descriptor, 'CIDSet');
    this.programs.set(fileKey, { baseFont, glyphCount, cidSet: !!cidSetRaw, program: program.toString('base64') });
    if (!/^[A-Z]{6}\+/.test(baseFont)) this.say('ISO 32000-1 9.6.4', `${baseFont}: a subset font's name has no six-letter tag`);
    for (const other of this.programs.values()) {
      if (other.baseFont === baseFont && other.program !== program.toString('base64')) this.say('ISO 32000-1 9.6.4', `${baseFont} names two different subsets: the tag must differ`);
    }
    if (cidSetRaw && glyphCount > 0) {
      const bits = objs.streamBytes(cidSetRaw);
      const missing: number[] = [];
      for (let gid = 0; gid < glyphCount; gid++) if (!((bits[gid >> 3] ?? 0) & (0x80 >> (gid & 7)))) missing.push(gid);
      let extra = 0;
      for (let gid = glyphCount; gid < bits.length * 8; gid++) if ((bits[gid >> 3] ?? 0) & (0x80 >> (gid & 7))) extra++;
      if (missing.length > 0 || extra > 0) {
        this.say('UA1 7.21.4.2-2', `${baseFont}: the CIDSet does not list exactly the ${glyphCount} glyphs of the font program (${missing.length} missing, ${extra} extra)`);
      }
    }
  }
}

/** numGlyphs of a TrueType font program (its maxp table); 0 when it is not TrueType. */
export function trueTypeGlyphCount(font: Buffer): number {
  if (font.length < 12) return 0;
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === 'maxp') return font.readUInt16BE(font.readUInt32BE(at + 8) + 4);
  }
  return 0;
}

/** Bookmarks as a tree: title, target page (from 0) and the top of the view there. */
export interface OutlineItem {
  title: string;
  page?: number;
  top?: number;
  children: OutlineItem[];
}

export async function readOutline(bytes: Uint8Array): Promise<OutlineItem[]> {
  const objs = await PdfObjects.load(bytes);
  const pageIndex = new Map(objs.pages().map((p, i) => [refKey(p.ref)!, i]));
  const read = (first: PDFObject | undefined, depth: number): OutlineItem[] => {
    const out: OutlineItem[] = [];
    let raw = first;
    for (let i = 0; raw && i < 10000 && depth < 16; i++) {
      const d = objs.dict(raw);
      if (!d) break;
      const dest = objs.array(d, 'Dest');
      const page = refKey(dest[0]);
      const top = objs.resolve(dest[3]);
      out.push({
        title: objs.text(d, 'Title') ?? '',
        ...(page !== undefined && pageIndex.has(page) ? { page: pageIndex.get(page)! } : {}),
        ...(top instanceof PDFNumber ? { top: top.asNumber() } : {}),
        children: read(objs.raw(d, 'First'), depth + 1),
      });
      raw = objs.raw(d, 'Next');
    }
    return out;
  };
  return read(objs.raw(objs.dict(objs.raw(objs.catalog, 'Outlines')), 'First'), 0);
}

export { PDFRef };
