// @types/pdfkit lags pdfkit 0.20, which accepts parsed fontkit fonts (and, see layout/pdf.ts, the
// PDF/UA subset and a fontkit default font).
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit {
    namespace Mixins {
      interface PDFFont {
        registerFont(name: string, src: Font): this;
      }
    }
  }
}
export {};
