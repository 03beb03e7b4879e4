import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('cli: gesprekskit web', function () {
  this.timeout(120_000);

  it('writes the site into output/web: page, app, manifest and the shipped kit', async () => {
    const dir = tempDir();
    const run = await runCli(['web'], dir);
    expect(run.code, run.err).to.equal(0);
    const site = join(dir, 'output', 'web');
    for (const f of ['index.html', 'page.js', 'gesprekskit.js', 'manifest.json', 'lessons/identiteit.yaml', 'templates/worksheet.hbs', 'schema/lesson.schema.json', 'fonts/DejaVuSans.ttf']) {
      expect(existsSync(join(site, f)), f).to.equal(true);
    }
    expect(run.out).to.match(/^output\/web {2}\d+ bestanden  \(de app: \d+ KB\)/);
    // Nothing on the page points elsewhere: no http(s) address at all, and a policy that refuses other origins.
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).not.to.match(/https?:\/\//);
    expect(html).to.include("default-src 'self'");
    expect(readFileSync(join(site, 'page.js'), 'utf8')).not.to.match(/https?:\/\//);
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
