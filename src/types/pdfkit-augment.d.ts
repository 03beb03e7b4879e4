// @types/pdfkit lags pdfkit 0.20, which accepts parsed fontkit fonts (and, see layout/pdf.ts, the
// PDF/UA subset and a fontkit default font).
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit {
    namespace Mixins {
      interface PDFFont {
        registerFont(name: string, src: Font): this;
      }
      /** An image parsed once (openImage) and drawn on many pages, embedded once. */
      interface PDFOpenedImage {
        width: number;
        height: number;
        /** EXIF orientation of a JPEG (1–8). */
        orientation?: number;
      }
      /** pdfkit 0.20 writes a table header's scope as a Table attribute (A << /O /Table /Scope … >>). */
      interface StructureElementOptions {
        scope?: 'Row' | 'Column' | 'Both';
      }
      interface PDFImage {
        openImage(src: Uint8Array | string): PDFOpenedImage;
        image(src: PDFOpenedImage, x?: number, y?: number, options?: ImageOption): this;
      }
    }
  }
}
export {};
