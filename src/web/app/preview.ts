import type * as PdfJs from 'pdfjs-dist';
import type { PdfFile } from '../../kit/build-in-memory.js';
import type { ShownProblem } from '../web-kit.js';
import { el } from './dom.js';
import { showBug, showProblems } from './problems.js';
import { t } from './words.js';

type PdfJsModule = typeof PdfJs;
let pdfjs: Promise<{ lib: PdfJsModule; worker: PdfJs.PDFWorker }> | undefined;

/**
 * pdf.js, from the site itself (pdfjs/), loaded with the first preview: the page paints and
 * works without it. One worker of its own parses every PDF (a new one per document would
 * cost a tenth of a second each); the page draws the pages on a canvas.
 */
function loadPdfJs(): Promise<{ lib: PdfJsModule; worker: PdfJs.PDFWorker }> {
  pdfjs ??= (import(new URL('./pdfjs/pdf.min.js', import.meta.url).href) as Promise<PdfJsModule>).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = new URL('./pdfjs/pdf.worker.min.js', import.meta.url).href;
    return { lib, worker: new lib.PDFWorker() };
  });
  return pdfjs;
}

/** Height of a page image in CSS pixels (page.css: 13rem portrait), drawn sharp on dense screens. */
const IMAGE_HEIGHT = 230;

/**
 * The preview: one section per piece of the lesson (worksheet, teacher guide, …) with its
 * page count and an image of every page, drawn when it scrolls into view.
 */
export class Preview {
  private pieces = new Map<string, PiecePreview>();
  private done = 0;
  /** The problems shown instead of pages, to word them again in another language. */
  private failed: readonly ShownProblem[] | undefined;
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly status: HTMLElement,
    private readonly problems: HTMLElement,
  ) {
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.observer.unobserve(entry.target);
        (entry.target as PageImage).draw?.();
      }
    }, { rootMargin: '200px' });
  }

  /** A new lesson or new settings: the pieces to come, each "being made" until it arrives. */
  start(pieces: readonly string[]): void {
    this.clear();
    this.problems.hidden = true;
    this.status.textContent = t().previewBusy;
    this.container.setAttribute('aria-busy', 'true');
    for (const id of pieces) {
      const piece = new PiecePreview(id, this.observer);
      this.pieces.set(id, piece);
      this.container.append(piece.section);
    }
  }

  /** A piece is built: show its pages. */
  async show(pdf: PdfFile): Promise<void> {
    await this.pieces.get(pdf.piece)?.show(pdf);
  }

  /** Every piece arrived. */
  finished(): void {
    this.container.removeAttribute('aria-busy');
    this.status.textContent = '';
    // How many previews were completed: the bench and the tests wait for the next one.
    this.done++;
    document.documentElement.setAttribute('data-previews', String(this.done));
  }

  /** The lesson cannot be built: its problems instead of pages. */
  fail(problems: readonly ShownProblem[]): void {
    this.clear();
    this.status.textContent = '';
    this.failed = problems;
    showProblems(this.problems, t().previewFailed, problems);
  }

  /** The problems in the reader's new language (the caller brings them, worded again). */
  refail(problems: readonly ShownProblem[]): void {
    if (this.failed) this.fail(problems);
  }

  bug(detail: string): void {
    this.clear();
    this.status.textContent = '';
    showBug(this.problems, detail);
  }

  /** The page's language changed. */
  reword(): void {
    for (const piece of this.pieces.values()) piece.reword();
    if (this.container.getAttribute('aria-busy') === 'true') this.status.textContent = t().previewBusy;
  }

  clear(): void {
    this.failed = undefined;
    for (const piece of this.pieces.values()) piece.dispose();
    this.pieces.clear();
    this.container.replaceChildren();
    this.container.removeAttribute('aria-busy');
  }
}

interface PageImage extends HTMLImageElement {
  draw?: () => void;
}

class PiecePreview {
  readonly section: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly count: HTMLElement;
  private readonly list: HTMLOListElement;
  private doc: PdfJs.PDFDocumentProxy | undefined;
  private pages = 0;
  private urls: string[] = [];
  private disposed = false;

  constructor(
    private readonly id: string,
    private readonly observer: IntersectionObserver,
  ) {
    const headingId = `stuk-${id}`;
    this.count = el('span', { className: 'count busy' }, t().previewBusy);
    this.heading = el('span', {}, t().pieces[id] ?? id);
    this.list = el('ol', { className: 'pages', hidden: true, tabindex: 0 });
    this.section = el('section', { className: 'piece', 'aria-labelledby': headingId }, el('h3', { id: headingId }, this.heading, this.count), this.list);
  }

  async show(pdf: PdfFile): Promise<void> {
    try {
      await this.open(pdf);
    } catch (e) {
      // Replaced while pdf.js was still reading it (new settings): nothing to show.
      if (!this.disposed) throw e;
    }
  }

  private async open(pdf: PdfFile): Promise<void> {
    const { lib, worker } = await loadPdfJs();
    if (this.disposed) return;
    // pdf.js takes the bytes over (to its worker): it gets a copy, the page keeps the PDF.
    const doc = await lib.getDocument({ data: pdf.bytes.slice(), worker, isEvalSupported: false, enableXfa: false }).promise;
    if (this.disposed) {
      void doc.destroy();
      return;
    }
    this.doc = doc;
    this.pages = doc.numPages;
    this.count.className = 'count';
    const first = await doc.getPage(1);
    if (this.disposed) return;
    const size = first.getViewport({ scale: 1 });
    if (size.width > size.height) this.list.classList.add('landscape');
    const images: PageImage[] = [];
    for (let n = 1; n <= this.pages; n++) {
      const img: PageImage = el('img', { alt: '', width: Math.round((size.width / size.height) * IMAGE_HEIGHT), height: IMAGE_HEIGHT, decoding: 'async' });
      img.draw = () => void this.draw(img, n);
      images.push(img);
      this.list.append(el('li', {}, img, el('span', { className: 'number', 'aria-hidden': 'true' }, String(n))));
    }
    this.reword();
    this.list.hidden = false;
    for (const img of images) this.observer.observe(img);
  }

  reword(): void {
    const name = t().pieces[this.id] ?? this.id;
    this.heading.textContent = name;
    if (this.pages > 0) {
      this.count.textContent = t().pages(this.pages);
      this.list.setAttribute('aria-label', t().pagesOf(name));
      this.list.querySelectorAll('img').forEach((img, i) => (img.alt = t().pageAlt(name, i + 1, this.pages)));
    } else {
      this.count.textContent = t().previewBusy;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const img of this.list.querySelectorAll('img')) this.observer.unobserve(img);
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.doc?.destroy().catch(() => undefined);
  }

  private async draw(img: HTMLImageElement, n: number): Promise<void> {
    const doc = this.doc;
    if (!doc || this.disposed) return;
    try {
      const page = await doc.getPage(n);
      const density = Math.min(window.devicePixelRatio || 1, 2);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (IMAGE_HEIGHT * density) / base.height });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      if (this.disposed) return;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob || this.disposed) return;
      const url = URL.createObjectURL(blob);
      this.urls.push(url);
      img.src = url;
    } catch {
      // The document was closed while the page was drawn (new settings): nothing to show.
    }
  }
}
