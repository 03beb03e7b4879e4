import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeWebSite } from '../../src/node/web-site.js';
import { launchBrowser, serveFolder, type StaticServer } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { download, openPage, watchRequests } from '../helpers/site.js';
import { tempDir } from '../helpers/temp.js';

/** After the first visit the site works without its server: the service worker keeps every file. */
describe('web: offline after the first visit', function () {
  this.timeout(240_000);
  let server: StaticServer;
  let browser: Browser;

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads and makes a worksheet with the server gone and the network off', async () => {
    const site = tempDir();
    await writeWebSite(site);
    server = await serveFolder(site);
    browser = await launchBrowser();
    const context = await browser.newContext();
    const outside: string[] = [];
    watchRequests(context, () => server.url, outside);
    const page = await context.newPage();
    await openPage(page, server.url);
    // The first visit: the service worker fills its cache, then controls the page.
    await page.waitForFunction(() => (globalThis as unknown as { navigator: Navigator }).navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    await page.waitForSelector('html[data-offline="ready"]');
    expect(await page.textContent('footer')).to.include('Deze pagina werkt nu ook zonder internet.');

    await server.close();
    await context.setOffline(true);
    const asked = server.requests.length;
    await page.reload();
    await openPage(page, server.url);
    await page.getByLabel('Naam van de school').fill('Atheneum Offline');
    await page.getByLabel('Les', { exact: true }).selectOption('shipped:nultolerantie');
    await page.getByRole('button', { name: "Maak de PDF's" }).click();
    const worksheet = await download(page, () => page.getByRole('link', { name: 'worksheet.pdf', exact: true }).click());

    const school = tempDir();
    writeFileSync(join(school, 'gesprekskit.config.yaml'), 'school:\n  name: Atheneum Offline\n');
    const cli = await runCli(['build', 'nultolerantie'], school);
    expect(cli.code, cli.err).to.equal(0);
    expect(worksheet.bytes.equals(readFileSync(join(school, 'output', 'nultolerantie', 'worksheet.pdf')))).to.equal(true);
    expect(server.requests.length, 'nothing reached the server').to.equal(asked);
    expect(outside).to.deep.equal([]);
  });
});
