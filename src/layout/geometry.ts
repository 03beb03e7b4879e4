import { mm } from './theme.js';

export type PaperSize = 'A4' | 'LETTER';
export type Orientation = 'portrait' | 'landscape';
/** Printed on paper, or shown by a projector on a 16:9 screen. */
export type Medium = 'paper' | 'projector';

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
  /** 'footer': no header band; the running title and the page number share the footer line. */
  frame: 'header' | 'footer';
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
    frame: 'header',
  };
}

/**
 * A 16:9 slide (338.67 × 190.5 mm, the size presentation programs use). Projectors cut
 * edges, so the margins are generous; the only frame is a small footer line.
 */
export function slideGeometry(): Geometry {
  const width = 960;
  const height = 540;
  return {
    width,
    height,
    left: mm(16),
    right: width - mm(16),
    top: mm(13),
    bottom: height - mm(16),
    headerTop: mm(6),
    footerTop: height - mm(11),
    frame: 'footer',
  };
}

export function geometryFor(medium: Medium, paper: PaperSize, orientation: Orientation): Geometry {
  return medium === 'projector' ? slideGeometry() : pageGeometry(paper, orientation);
}

export function contentWidth(g: Geometry): number {
  return g.right - g.left;
}

export function contentHeight(g: Geometry): number {
  return g.bottom - g.top;
}
