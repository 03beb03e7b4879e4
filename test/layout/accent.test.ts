import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastOnWhite, PRINT_GRAY, printGray, readableOnWhite } from '../../src/layout/contrast.js';
import { makeTheme } from '../../src/layout/theme.js';
import { decodeGrayPng } from '../helpers/png.js';
import { checkPdfUa } from '../helpers/pdfua-check.js';
import { renderTextOnly } from '../helpers/render.js';
import { tempDir } from '../helpers/temp.js';

/** Hue in degrees of #rrggbb. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** Light house colours a school might pick: yellow, orange, sky blue, green, white. */
const LIGHT = ['#ffdd00', '#f39200', '#7fb3d5', '#00a651', '#ffffff'];

/**
 * The school's accent colour is drawn in headings: text, so it must read on white paper
 * (WCAG 2.1 1.4.3, 4.5:1) and still print as a dense grey on a black-and-white laser.
 */
describe('layout: the accent colour of headings', () => {
  it('keeps a colour that reads, and darkens a light one to the same hue until it reads at 4.5:1 and prints dark', () => {
    for (const dark of ['#1d4f73', '#2f6f4f', '#7a2f2f', '#e30613', '#000000']) expect(readableOnWhite(dark)).to.equal(dark);
    for (const light of LIGHT) {
      const out = readableOnWhite(light);
      // Dark enough on both counts, and no darker than one of them needs.
      expect(contrastOnWhite(out), `${light} → ${out}`).to.be.at.least(4.5);
      expect(printGray(out), `${light} → ${out}`).to.be.at.most(PRINT_GRAY);
      expect(contrastOnWhite(out) < 4.7 || printGray(out) > PRINT_GRAY - 0.03, `${light} → ${out}: darker than needed`).to.equal(true);
      if (light !== '#ffffff') expect(Math.abs(hue(out) - hue(light)), `${light} → ${out}: same hue`).to.be.below(6);
    }
    expect(makeTheme({ accent: '#ffdd00' }).colors.accent).to.equal(readableOnWhite('#ffdd00'));
    expect(makeTheme({ accent: '#ffdd00', medium: 'projector' }).h1.color).to.equal(readableOnWhite('#ffdd00'));
  });

  it('draws headings in a light house colour at 4.5:1 or more', async () => {
    for (const accent of LIGHT) {
      const { bytes } = await renderTextOnly('# Een titel\n\n## Een tussentitel\n\nTekst.', { accent });
      const headings = (await checkPdfUa(bytes, accent)).tagged.filter((t) => /^H\d$/.test(t.element.type) && t.glyph.text.trim());
      expect(headings.length).to.be.greaterThan(0);
      for (const t of headings) expect(contrastOnWhite(t.glyph.color), `${accent}: ${t.element.type} in ${t.glyph.color}`).to.be.at.least(4.5);
    }
  });

  it('prints a heading in a light house colour with about half the ink of black on a 600 dpi black-and-white laser', async function () {
    if (spawnSync('gs', ['--version']).error) this.skip();
    const dir = tempDir();
    /** Share of black dots in the box of the title (its first line), rendered 1-bit at 600 dpi. */
    const ink = async (accent: string) => {
      const { bytes, pdf } = await renderTextOnly('# Hoeveel identiteiten heeft één mens?\n\nTekst.', { accent });
      const file = join(dir, `${accent.slice(1)}.pdf`);
      writeFileSync(file, bytes);
      const png = join(dir, `${accent.slice(1)}.png`);
      const gs = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pngmono', '-r600', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${png}`, file]);
      expect(gs.status, String(gs.stderr)).to.equal(0);
      const image = decodeGrayPng(readFileSync(png));
      const title = pdf.pages[0]!.runs.find((r) => r.str.includes('Hoeveel'))!;
      const k = 600 / 72;
      const page = pdf.pages[0]!;
      let black = 0;
      let total = 0;
      for (let y = Math.round((page.height - title.y - title.height * 0.7) * k); y < Math.round((page.height - title.y) * k); y++) {
        for (let x = Math.round(title.x * k); x < Math.round((title.x + title.width) * k); x++) {
          total++;
          if (image.at(x, y) === 0) black++;
        }
      }
      return black / total;
    };
    const full = await ink('#000000');
    // As they are, these colours print a tenth (yellow) to a quarter of black's ink: a faint hatch.
    for (const accent of ['#ffdd00', '#7fb3d5']) expect((await ink(accent)) / full, accent).to.be.at.least(0.45);
  });
});
