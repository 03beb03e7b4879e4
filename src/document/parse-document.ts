import MarkdownIt, { type StateBlock, type Token } from 'markdown-it';
import container from 'markdown-it-container';
import { problem, type Problem } from '../errors.js';
import { suggest } from '../yaml/suggest.js';
import { parseAttributes, splitList, unescapeValue } from './attributes.js';
import { BLOCK_SPECS, type AttrSpec, type AttrValue } from './block-specs.js';
import { assignHeadingLevels } from './headings.js';
import { linkNotes } from './notes.js';
import { keepNumbersWithUnits } from './typography.js';
import { plainText, type Block, type DocumentMeta, type PrintDocument, type RichText } from './model.js';

/**
 * Parses the document language (Markdown plus `::name attrs` leaf blocks and
 * `::: name attrs` … `:::` containers) into the block tree the layout stage draws.
 */

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.disable(['code', 'fence', 'image', 'link', 'autolink', 'strikethrough']);
md.use(container, 'block', { validate: (params: string) => /^\s*[a-z][\w-]*/i.test(params) });
md.block.ruler.before('paragraph', 'leaf_directive', leafDirective, { alt: ['paragraph'] });

function leafDirective(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const line = state.src.slice(start, max);
  if (!/^::[a-z]/i.test(line)) return false;
  if (silent) return true;
  const token = state.push('leaf_directive', '', 0);
  token.info = line.slice(2);
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

/** Says where a piece of the generated text came from, so errors point at a template. */
export type Locate = (snippet: string, outputLine: number, fullLine?: string) => Pick<Problem, 'file' | 'line' | 'col'>;

export interface ParseResult {
  document: PrintDocument;
  problems: Problem[];
  /**
   * What makes the PDF harder to read with a screen reader (a skipped heading level, a figure
   * without a description, a table without a header row), at the template line it comes
   * from. The PDF is still made, but does not claim PDF/UA.
   */
  warnings: Problem[];
}

export function parseDocument(text: string, lang: string, locate: Locate = () => ({})): ParseResult {
  const tokens = md.parse(text, {});
  const problems: Problem[] = [];
  const meta: DocumentMeta = { title: '', lang };
  const cursor = { i: 0 };
  const ctx: Ctx = { problems, meta, locate, lines: text.split('\n'), at: new Map() };
  const blocks = parseBlocks(tokens, cursor, undefined, ctx);
  if (!meta.title) meta.title = firstHeading(blocks) ?? 'gesprekskit';
  linkNotes(blocks);
  keepNumbersWithUnits(blocks);
  const warnings = accessibilityWarnings(blocks, ctx);
  meta.accessible = warnings.length === 0;
  return { document: { meta, blocks }, problems, warnings };
}

interface Ctx {
  problems: Problem[];
  meta: DocumentMeta;
  locate: Locate;
  /** The generated text, to find the template line a block came from. */
  lines: string[];
  /** Output line (1-based) of the blocks that accessibility warnings point at. */
  at: Map<Block, { line: number; snippet: string }>;
}

/** Headings in order without skipped levels, every figure described, every table with headers. */
function accessibilityWarnings(blocks: Block[], ctx: Ctx): Problem[] {
  const warnings: Problem[] = [];
  const where = (b: Block) => {
    const at = ctx.at.get(b);
    return at ? ctx.locate(at.snippet, at.line, ctx.lines[at.line - 1]) : {};
  };
  const headings = assignHeadingLevels(blocks);
  headings.forEach((h, k) => {
    const prev = headings[k - 1];
    if (!prev && h.level !== 1) warnings.push(problem('headingFirstNotTop', { level: h.level, text: h.text }, where(h.block)));
    if (prev && h.level > prev.level + 1) warnings.push(problem('headingSkipsLevel', { level: h.level, previous: prev.level, text: h.text }, where(h.block)));
  });
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'chart' && b.alt !== undefined && !b.alt.trim()) warnings.push(problem('figureWithoutAlt', { block: 'chart' }, where(b)));
      if (b.type === 'table' && b.header.length > 0 && b.header.every((cell) => !plainText(cell).trim())) warnings.push(problem('tableWithoutHeader', {}, where(b)));
      if (b.type === 'list') b.items.forEach(walk);
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
  return warnings;
}

function parseBlocks(tokens: Token[], cursor: { i: number }, until: string | undefined, ctx: Ctx): Block[] {
  const out: Block[] = [];
  while (cursor.i < tokens.length) {
    const t = tokens[cursor.i]!;
    if (until && t.type === until) {
      cursor.i++;
      return out;
    }
    cursor.i++;
    switch (t.type) {
      case 'heading_open': {
        const content = inline(tokens[cursor.i]!);
        cursor.i += 2;
        const level = Math.min(3, Number(t.tag.slice(1))) as 1 | 2 | 3;
        const heading: Block = { type: 'heading', level, content };
        ctx.at.set(heading, { line: (t.map?.[0] ?? 0) + 1, snippet: t.markup });
        out.push(heading);
        break;
      }
      case 'paragraph_open': {
        const content = inline(tokens[cursor.i]!);
        cursor.i += 2;
        if (content.length > 0) out.push({ type: 'paragraph', content });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const start = Number(t.attrGet('start') ?? 1);
        const items: Block[][] = [];
        while (tokens[cursor.i]?.type === 'list_item_open') {
          cursor.i++;
          items.push(parseBlocks(tokens, cursor, 'list_item_close', ctx));
        }
        cursor.i++; // list close
        out.push(checklistOrList(items, ordered, start));
        break;
      }
      case 'blockquote_open':
        out.push({ type: 'quote', children: parseBlocks(tokens, cursor, 'blockquote_close', ctx) });
        break;
      case 'hr':
        out.push({ type: 'rule' });
        break;
      case 'table_open': {
        const block = table(tokens, cursor);
        ctx.at.set(block, { line: (t.map?.[0] ?? 0) + 1, snippet: '|' });
        out.push(block);
        break;
      }
      case 'leaf_directive': {
        out.push(...directive(t, 'leaf', [], ctx));
        break;
      }
      case 'container_block_open': {
        const children = parseBlocks(tokens, cursor, 'container_block_close', ctx);
        out.push(...directive(t, 'container', children, ctx));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function checklistOrList(items: Block[][], ordered: boolean, start: number): Block {
  const box = /^\[( |x|X)\]\s+/;
  const firsts = items.map((blocks) => (blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0] : undefined));
  if (!ordered && firsts.length > 0 && firsts.every((p) => p && box.test(p.content[0]?.text ?? ''))) {
    return {
      type: 'checklist',
      items: firsts.map((p) => {
        const content = (p as { content: RichText }).content.map((r) => ({ ...r }));
        content[0]!.text = content[0]!.text.replace(box, '');
        return content;
      }),
    };
  }
  return { type: 'list', ordered, start, items };
}

function table(tokens: Token[], cursor: { i: number }): Block {
  const header: RichText[] = [];
  const rows: RichText[][] = [];
  let row: RichText[] | undefined;
  while (cursor.i < tokens.length) {
    const t = tokens[cursor.i++]!;
    if (t.type === 'table_close') break;
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'inline' && row) row.push(inline(t));
    else if (t.type === 'tr_close' && row) {
      if (header.length === 0) header.push(...row);
      else rows.push(row);
      row = undefined;
    }
  }
  return { type: 'table', header, rows };
}

function inline(token: Token): RichText {
  const out: RichText = [];
  let bold = 0;
  let italic = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    const style = { bold: bold > 0, italic: italic > 0 };
    if (last && !!last.bold === style.bold && !!last.italic === style.italic) last.text += text;
    else out.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
  };
  for (const c of token.children ?? []) {
    switch (c.type) {
      case 'text':
      case 'code_inline':
        push(c.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      default:
        break;
    }
  }
  return out;
}

function directive(t: Token, form: 'leaf' | 'container', children: Block[], ctx: Ctx): Block[] {
  const info = t.info.trim();
  const name = /^[a-z][\w-]*/i.exec(info)?.[0] ?? '';
  const line = (t.map?.[0] ?? 0) + 1;
  const where = () => ctx.locate(`${form === 'leaf' ? '::' : ':::'}${name}`, line, ctx.lines[line - 1]) ?? {};
  const spec = BLOCK_SPECS[name];
  if (!spec || spec.form !== form) {
    const candidates = Object.entries(BLOCK_SPECS)
      .filter(([, s]) => s.form === form)
      .map(([n]) => n);
    const guess = suggest(name, candidates);
    ctx.problems.push(
      spec
        ? problem('blockWrongForm', { name, form: spec.form }, where())
        : problem('blockUnknown', { name, form, blocks: candidates, ...(guess ? { guess } : {}) }, where()),
    );
    return [];
  }
  const { attrs, error } = parseAttributes(info.slice(name.length));
  if (error) {
    ctx.problems.push(problem('blockAttrSyntax', { name, ...error }, where()));
    return [];
  }
  const values: Record<string, AttrValue> = {};
  const invalid = new Set<string>();
  for (const [key, value] of Object.entries(attrs)) {
    const a: AttrSpec | undefined = spec.attrs[key];
    if (!a) {
      const guess = suggest(key, Object.keys(spec.attrs));
      ctx.problems.push(problem('blockAttrUnknown', { name, key, attrs: Object.keys(spec.attrs), ...(guess ? { guess } : {}) }, where()));
      continue;
    }
    if (a.type === 'number') {
      const n = Number(unescapeValue(value));
      if (!Number.isFinite(n) || n < a.min || n > a.max) {
        ctx.problems.push(problem('blockAttrNumber', { name, key, value, min: a.min, max: a.max, example: Math.min(a.max, Math.max(a.min, 3)) }, where()));
        invalid.add(key);
        continue;
      }
      values[key] = n;
    } else if (a.type === 'list') {
      values[key] = splitList(value);
    } else if (a.type === 'choice') {
      const v = unescapeValue(value);
      if (!a.values.includes(v)) {
        const guess = suggest(v, [...a.values]);
        ctx.problems.push(problem('blockAttrChoice', { name, key, value, values: a.values, ...(guess ? { guess } : {}) }, where()));
        continue;
      }
      values[key] = v;
    } else {
      values[key] = unescapeValue(value);
    }
  }
  for (const [key, a] of Object.entries(spec.attrs)) {
    if (a.required && values[key] === undefined) {
      // A value that was there but wrong is reported above already.
      if (!invalid.has(key)) {
        ctx.problems.push(problem('blockAttrRequired', { name, key }, where()));
      }
      return [];
    }
  }
  const made = spec.make(values, children, ctx.meta);
  const list = made === undefined ? [] : Array.isArray(made) ? made : [made];
  for (const b of list) ctx.at.set(b, { line, snippet: `${form === 'leaf' ? '::' : ':::'}${name}` });
  return list;
}

function firstHeading(blocks: Block[]): string | undefined {
  const h = blocks.find((b) => b.type === 'heading');
  return h && h.type === 'heading' ? h.content.map((c) => c.text).join('') : undefined;
}
