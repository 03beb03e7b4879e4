// Renders docs/images/web-page.png: the page of `gesprekskit web` in Chromium, as a teacher
// sees it after choosing a lesson and typing the school's name. Needs Debian's chromium
// (apt-get install chromium). Run from the repository root: npx tsx docs/make-web-image.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWebSite } from '../src/node/web-site.js';
import { launchBrowser, serveFolder } from '../test/helpers/browser.js';

const work = mkdtempSync(join(tmpdir(), 'gesprekskit-web-image-'));
try {
  await writeWebSite(join(work, 'site'));
  const server = await serveFolder(join(work, 'site'));
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.getByLabel('Les', { exact: true }).selectOption('shipped:identiteit');
  await page.getByLabel('Naam van de school').fill('Sint-Jozefscollege');
  await page.getByLabel('Logo').setInputFiles('test/fixtures/school/logo.png');
  await page.waitForSelector('html[data-previews]');
  await page.waitForSelector('#stukken:not([aria-busy])');
  // The pages in view: the first three of the worksheet and of the teacher guide.
  for (const piece of ['Werkblad', 'Lerarenhandleiding']) {
    for (let n = 1; n <= 3; n++) {
      const img = page.locator(`img[alt^="${piece}, pagina ${n} van"]`);
      await img.waitFor();
      await page.waitForFunction((e) => (e as unknown as { complete: boolean; naturalWidth: number }).complete && (e as unknown as { naturalWidth: number }).naturalWidth > 0, await img.elementHandle());
    }
  }
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: 'docs/images/web-page.png' });
  await browser.close();
  await server.close();
  console.log('wrote docs/images/web-page.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
