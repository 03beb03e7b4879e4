import { expect } from 'chai';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('cli: gesprekskit web', function () {
  this.timeout(120_000);

  it('writes the site into output/web: page, app, worker, pdf.js, service worker, manifest and the shipped kit', async () => {
    const dir = tempDir();
    const run = await runCli(['web'], dir);
    expect(run.code, run.err).to.equal(0);
    const site = join(dir, 'output', 'web');
    for (const f of ['index.html', 'app.js', 'page.css', 'kit-worker.js', 'gesprekskit.js', 'sw.js', 'pdfjs/pdf.min.js', 'pdfjs/pdf.worker.min.js', 'pdfjs/LICENSE', 'manifest.json', 'lessons/identiteit.yaml', 'templates/worksheet.hbs', 'schema/lesson.schema.json', 'fonts/DejaVuSans.ttf']) {
      expect(existsSync(join(site, f)), f).to.equal(true);
    }
    expect(run.out).to.match(/^output\/web {2}\d+ bestanden  \(de app: \d+ KB\)/);
    // Nothing on the page points elsewhere: no http(s) address at all, and a policy that refuses other origins.
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).not.to.match(/https?:\/\//);
    expect(html).to.include("default-src 'self'");
    for (const f of ['app.js', 'kit-worker.js', 'sw.js']) expect(readFileSync(join(site, f), 'utf8'), f).not.to.match(/https?:\/\//);
    // The names the end-to-end tests use are on the page before any script runs.
    for (const label of ['>Les<', '>Naam van de school<', '>Klaslijst<', ">Maak de PDF's<", '>Eigen les<']) expect(html, label).to.include(label);
  });

  it('lists every file of the site in the service worker, with a version that changes with the files', async () => {
    const dir = tempDir();
    expect((await runCli(['web'], dir)).code).to.equal(0);
    const site = join(dir, 'output', 'web');
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const listed = JSON.parse(/^const SITE = (.*);$/m.exec(sw)![1]!) as { version: string; files: string[] };
    expect(listed.version).to.match(/^[0-9a-f]{16}$/);
    const all = walk(site).filter((f) => f !== 'sw.js');
    expect(listed.files.filter((f) => f !== './').sort()).to.deep.equal(all.sort());
    expect(listed.files).to.include('./');
  });

  it('replaces a site it wrote, and refuses a folder it did not write', async () => {
    const dir = tempDir();
    expect((await runCli(['web', '--out', 'site'], dir)).code).to.equal(0);
    writeFileSync(join(dir, 'site', 'stale.txt'), 'from before');
    expect((await runCli(['web', '--out', 'site'], dir)).code).to.equal(0);
    expect(existsSync(join(dir, 'site', 'stale.txt'))).to.equal(false);

    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'keep me');
    const refused = await runCli(['web', '--out', 'mine'], dir);
    expect(refused.code).to.equal(1);
    expect(refused.err).to.include('[GK_OUTPUT_NOT_OURS]');
    expect(readFileSync(join(dir, 'mine', 'notes.txt'), 'utf8')).to.equal('keep me');
  });
});

function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(root, join(dir, n)) : [relative(root, join(dir, n)).split(sep).join('/')]));
}
