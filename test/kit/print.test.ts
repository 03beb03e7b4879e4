import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lesson } from '../../src/lesson/schema.js';
import { parseDocument } from '../../src/document/parse-document.js';
import type { Block } from '../../src/document/model.js';
import { fontStack } from '../../src/layout/render-pdf.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { layoutText } from '../../src/layout/text.js';
import { makeTheme } from '../../src/layout/theme.js';
import { BUILTIN_LESSONS_DIR, LESSON_IDS } from '../helpers/kit.js';
import { decodeGrayPng } from '../helpers/png.js';
import { checkPdfUa, readText, type PdfUaReport, type StructNode } from '../helpers/pdfua-check.js';
import { sharedBuild, type Variant } from '../helpers/shared-build.js';
import { tempDir } from '../helpers/temp.js';

/**
 * What a black-and-white school laser, toner save and a projector do to the PDFs: lines and
 * text in pure black (grey is printed as a pattern of dots), nothing a reader must read under
 * 10 pt (16 in large print, 24 on slides), numbers kept with their units.
 */

const reports = new Map<string, Promise<PdfUaReport>>();
const report = (file: string) => {
  let r = reports.get(file);
  if (!r) reports.set(file, (r = checkPdfUa(readFileSync(file), file)));
  return r;
};
const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const isHeading = (e: StructNode) => /^H[1-6]$/.test(e.type);
const accent = makeTheme().colors.accent.toLowerCase();

for (const variant of ['default', 'large-print'] satisfies Variant[]) {
  describe(`kit: print and projector (${variant})`, () => {
    it('strokes every line in pure black, at least 0.45 pt wide (5 dots at 600 dpi)', async () => {
      const build = await sharedBuild(variant);
      for (const f of build.result.files) {
        const r = await report(f.file);
        const bad = r.pages.flatMap((p, i) =>
          p.paints.filter((s) => s.kind === 'path' && s.stroked && (s.stroke !== '#000000' || s.lineWidth! < 0.45)).map((s) => `p${i + 1}: ${s.stroke} ${s.lineWidth!.toFixed(2)} pt`),
        );
        expect([...new Set(bad)], f.file).to.deep.equal([]);
      }
    });

    it('prints text in pure black (large headings may take the accent colour)', async () => {
      const build = await sharedBuild(variant);
      for (const f of build.result.files) {
        const r = await report(f.file);
        const bad = new Set<string>();
        for (const t of r.tagged) {
          if (t.glyph.color === '#000000') continue;
          if (t.glyph.color === accent && isHeading(t.element) && t.glyph.size >= 14) continue;
          bad.add(`${t.element.type} ${t.glyph.color} ${t.glyph.size.toFixed(1)} pt`);
        }
        // Page furniture too; a slide title repeated on a continued slide keeps its accent.
        const artifacts = r.pages.flatMap((p) => p.glyphs.filter((g) => g.artifact && g.text.trim() && g.color !== '#000000' && !(g.color === accent && g.size >= 14)));
        expect([...bad], f.file).to.deep.equal([]);
        expect(artifacts.length, `${f.file}: page furniture not in black`).to.equal(0);
      }
    });

    it('sets nothing a reader reads under 10 pt (16 in large print, 24 on slides)', async () => {
      const build = await sharedBuild(variant);
      for (const f of build.result.files) {
        const floor = f.piece === 'slides' ? 24 : variant === 'large-print' ? 16 : 10;
        const r = await report(f.file);
        const small = r.tagged.filter((t) => t.glyph.text.trim() && t.glyph.size < floor - 0.01);
        expect(
          [...new Set(small.map((t) => `p${t.page + 1} ${t.element.type} ${t.glyph.size.toFixed(2)} pt`))],
          f.file,
        ).to.deep.equal([]);
      }
    });
  });
}

describe('kit: print and projector', () => {
  it('keeps a number with its unit: "(5 min)" never breaks between 5 and min', async () => {
    const build = await sharedBuild('default');
    for (const id of LESSON_IDS) {
      const r = await report(join(build.dir, id, 'teacher-guide.pdf'));
      const glyphs = new Map<string, PdfUaReport['tagged'][number]['glyph'][]>();
      for (const t of r.tagged) glyphs.set(`${t.page}:${t.glyph.mcid}`, [...(glyphs.get(`${t.page}:${t.glyph.mcid}`) ?? []), t.glyph]);
      const cells: string[] = [];
      const walk = (n: StructNode) => {
        if (n.type === 'TD') cells.push(readText(n, glyphs));
        for (const k of n.kids) if ('type' in k) walk(k);
      };
      walk(r.root!);
      const phases = lessonFile(id).agenda;
      for (const p of phases) expect(cells.some((c) => c.includes(`(${p.minutes}\u00a0min)`)), `${id}: ${p.phase}`).to.equal(true);
    }
    // A line just wide enough for "Opening (15" breaks before the number, not after it.
    const { document } = parseDocument('Opening (15 min)', 'nl-BE');
    const content = (document.blocks[0] as Extract<Block, { type: 'paragraph' }>).content;
    const fonts = fontStack('noto-sans', nodeFiles);
    const style = makeTheme().body;
    const laid = layoutText(content, style, fonts.main('regular').widthOf('Opening (15', style.size) + 1, fonts);
    expect(laid.lines.map((l) => l.frags.map((f) => f.text).join('').trim())).to.deep.equal(['Opening', '(15\u00a0min)']);
  });

  it('keeps writing lines whole in a 600 dpi black-and-white print (Ghostscript pngmono)', async function () {
    if (spawnSync('gs', ['--version']).error) this.skip();
    const build = await sharedBuild('default');
    const file = join(build.dir, 'identiteit', 'worksheet.pdf');
    const r = await report(file);
    // The first page with several writing lines (thin black horizontal artifacts).
    const pageIndex = r.pages.findIndex((p) => p.paints.filter((s) => s.artifact && s.stroked && s.box && s.box[3] - s.box[1] < 0.01 && s.box[2] - s.box[0] > 200).length >= 3);
    expect(pageIndex).to.be.at.least(0);
    const page = r.pages[pageIndex]!;
    const out = join(tempDir(), 'page.png');
    const gs = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pngmono', '-r600', `-dFirstPage=${pageIndex + 1}`, `-dLastPage=${pageIndex + 1}`, `-sOutputFile=${out}`, file]);
    expect(gs.status, String(gs.stderr)).to.equal(0);
    const image = decodeGrayPng(readFileSync(out));
    const scale = 600 / 72;
    const lines = page.paints.filter((s) => s.artifact && s.stroked && s.box && s.box[3] - s.box[1] < 0.01 && s.box[2] - s.box[0] > 200);
    for (const s of lines) {
      const [x0, y0, x1] = s.box!;
      const row = Math.round((page.height - y0) * scale);
      let black = 0;
      let total = 0;
      for (let x = Math.ceil(x0 * scale) + 2; x < Math.floor(x1 * scale) - 2; x++) {
        total++;
        if ([-2, -1, 0, 1, 2].some((d) => image.at(x, row + d) === 0)) black++;
      }
      // Solid: not one gap along the whole line.
      expect(black / total, `line at y=${y0.toFixed(1)}`).to.equal(1);
      // And more than one dot thick, so toner save thins it but does not break it.
      const thick = [-3, -2, -1, 0, 1, 2, 3].filter((d) => image.at(Math.round(((x0 + x1) / 2) * scale), row + d) === 0).length;
      expect(thick, `line at y=${y0.toFixed(1)}`).to.be.at.least(3);
    }
  });
});
