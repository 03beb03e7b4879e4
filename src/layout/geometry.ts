import { mm } from './theme.js';

export type PaperSize = 'A4' | 'LETTER';
export type Orientation = 'portrait' | 'landscape';

/** Where things go on a page: the printable content box, the header and footer lines. */
export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Baseline band of the running header and of the footer. */
  headerTop: number;
  footerTop: number;
}

const SIZES: Record<PaperSize, [number, number]> = {
  A4: [595.28, 841.89],
  LETTER: [612, 792],
};

export function pageGeometry(paper: PaperSize, orientation: Orientation = 'portrait'): Geometry {
  const [w, h] = SIZES[paper];
  const [width, height] = orientation === 'portrait' ? [w, h] : [h, w];
  // 18 mm sides and 22 mm top/bottom leave room for the header and footer, and stay well
  // inside what school printers can print (most need 5 mm).
  const side = mm(18);
  return {
    width,
    height,
    left: side,
    right: width - side,
    top: mm(24),
    bottom: height - mm(20),
    headerTop: mm(10),
    footerTop: height - mm(13),
  };
}

export function contentWidth(g: Geometry): number {
  return g.right - g.left;
}
