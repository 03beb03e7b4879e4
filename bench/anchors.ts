/**
 * The benchmark's anchors: other tools doing comparable work on this machine, measured in
 * the same run so the ratios hold whatever else the machine is doing.
 * - Chromium printing ONE worksheet as HTML (headless, one process, as an HTML-to-PDF
 *   pipeline would run it): the whole kit should cost no more than that one document.
 * - Typst compiling the kit's worksheet text, about 180 pages, in a cold Node process
 *   (@myriaddreamin/typst-ts-node-compiler): the per-page anchor.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plainText, type Block, type RichText } from '../src/document/model.js';
import { pieceById } from '../src/kit/find-piece.js';
import { pieceDocument } from '../src/kit/render-piece.js';
import { validateKit } from '../src/node/library.js';
import { nodeFiles } from '../src/node/node-files.js';
import { resolveOptions } from '../src/node/options.js';
import { TemplateEnvironment } from '../src/template/environment.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FONT_DIR = join(ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans');

/** The worksheets of the built-in lessons as document blocks (template → document stage). */
export function worksheets(): Block[][] {
  const options = resolveOptions({ cache: false });
  const kit = validateKit(options);
  const templates = new TemplateEnvironment(options.templateDirs, nodeFiles, options.labels);
  return kit.lessons.map((l) => pieceDocument(l, pieceById('worksheet'), templates, options).document.blocks);
}

/** Every text of a block tree with its role, in reading order. */
function walk(blocks: readonly Block[], visit: (kind: 'h1' | 'h2' | 'h3' | 'p' | 'li' | 'lines', text: string, n?: number) => void): void {
  const rich = (content: RichText) => plainText(content);
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        visit(`h${b.level}`, rich(b.content));
        break;
      case 'paragraph':
        visit('p', rich(b.content));
        break;
      case 'list':
        for (const item of b.items) walk(item, (k, t, n) => visit(k === 'p' ? 'li' : k, t, n));
        break;
      case 'checklist':
        for (const item of b.items) visit('li', rich(item));
        break;
      case 'table':
        for (const row of [b.header, ...b.rows]) visit('p', row.map(rich).join(' | '));
        break;
      case 'lines':
        visit('lines', '', b.count);
        break;
      case 'box':
        visit('lines', b.label ?? '', b.lines);
        break;
      default:
        if ('children' in b) walk(b.children, visit);
    }
  }
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One worksheet as a self-contained HTML page, styled like ours (A4, Noto Sans, answer lines). */
export function worksheetHtml(blocks: readonly Block[]): string {
  const body: string[] = [];
  walk(blocks, (kind, text, n) => {
    if (kind === 'lines') body.push(`${text ? `<p class="label">${escapeHtml(text)}</p>` : ''}${'<div class="line"></div>'.repeat(n ?? 1)}`);
    else body.push(`<${kind}>${escapeHtml(text)}</${kind}>`);
  });
  const font = (file: string, weight: number) =>
    `@font-face { font-family: 'Noto Sans'; font-weight: ${weight}; src: url('${pathToFileURL(join(FONT_DIR, file)).href}'); }`;
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Werkblad</title><style>
${font('400Regular/NotoSans_400Regular.ttf', 400)}
${font('700Bold/NotoSans_700Bold.ttf', 700)}
@page { size: A4; margin: 18mm; }
body { font-family: 'Noto Sans'; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; break-after: avoid; } h3 { font-size: 12pt; break-after: avoid; }
li { display: list-item; margin-left: 1.2em; }
.line { border-bottom: 0.6pt solid #999; height: 2.2em; }
</style></head><body>
${body.join('\n')}
</body></html>
`;
}

const escapeTypst = (t: string) => t.replace(/[\\#*_`$<>@\[\]=~/-]/g, (c) => `\\${c}`);

/** Worksheet text as Typst markup, repeated until it fills about `pages` A4 pages. */
export function worksheetTypst(all: readonly (readonly Block[])[], repeat: number): string {
  const parts: string[] = [];
  for (const blocks of all) {
    walk(blocks, (kind, text, n) => {
      if (kind === 'lines') parts.push(`${text ? escapeTypst(text) + '\n\n' : ''}${'#line(length: 100%, stroke: 0.6pt + gray)\n#v(1.4em)\n'.repeat(n ?? 1)}`);
      else if (kind === 'li') parts.push(`- ${escapeTypst(text)}`);
      else if (kind === 'p') parts.push(escapeTypst(text));
      else parts.push(`${'='.repeat(Number(kind[1]))} ${escapeTypst(text)}`);
    });
  }
  const body = parts.join('\n\n');
  return `#set page(paper: "a4", margin: 18mm)\n#set text(font: "Noto Sans", size: 11pt, lang: "nl")\n\n${Array.from({ length: repeat }, () => body).join('\n\n#pagebreak()\n\n')}\n`;
}

/** A Chromium (or Chrome) on this machine, if any. */
export function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** Pages of a PDF, counted from its page objects (enough for the files the anchors make). */
export function pdfPages(file: string): number {
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Noto Sans, the kit's default typeface, for Typst too. */
export const TYPST_FONT_DIRS = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((d) => join(FONT_DIR, d));

/** Run in a cold process by the benchmark (see typst-anchor.mjs). */
export const TYPST_ANCHOR = join(ROOT, 'bench', 'typst-anchor.mjs');
