import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Download, Page } from 'playwright-core';

/**
 * Watches every request of a browser context: anything not on `origin` (nor a blob: or
 * data: URL the page made itself) is recorded, and so is every script error of a page.
 */
export function watchRequests(context: BrowserContext, origin: () => string, outside: string[]): void {
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin()) && !/^(blob|data):/.test(url)) outside.push(url);
  });
  context.on('page', (p) => watchErrors(p, outside));
}

export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
}

/** Opens the site and waits until the page says it is ready (or failed to start). */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
  const ready = await page.getAttribute('html', 'data-ready');
  if (ready !== 'true') throw new Error(`the page did not start: ${await page.textContent('#start')}`);
}

/** Clicks a download link and returns the file's name and bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file) };
}

async function readDownload(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFileSync(path);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules on the page as it is now. The page's
 * Content-Security-Policy refuses injected scripts: run it in a context with bypassCSP.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await run.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** qpdf --check on a file: its output when it finds a problem, else undefined. */
export function qpdfProblems(file: string): string | undefined {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (r.error) throw new Error(`qpdf is not installed (apt-get install qpdf): ${r.error.message}`);
  return r.status === 0 ? undefined : r.stdout + r.stderr;
}

/** pdffonts: the fonts of a PDF, and whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const r = spawnSync('pdffonts', [file], { encoding: 'utf8' });
  if (r.error) throw new Error(`pdffonts is not installed (apt-get install poppler-utils): ${r.error.message}`);
  // Columns end with: emb sub uni object-number generation.
  return r.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}
