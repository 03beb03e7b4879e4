import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MemoryFiles, shippedAt } from '../../src/input/memory-files.js';
import { shippedFiles } from '../../src/node/shipped-files.js';
import { SCHOOL_ROOT, SHIPPED_ROOT, shownProblems, WebKit } from '../../src/web/web-kit.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** The browser's kit, filled here from disk instead of fetched: the shipped kit and a school folder. */
function webKitWith(school: string): WebKit {
  const files = new MemoryFiles({ cwd: SCHOOL_ROOT, shipped: shippedAt(SHIPPED_ROOT) });
  for (const f of shippedFiles()) files.write(`${SHIPPED_ROOT}/${f.path}`, readFileSync(f.file));
  const kit = new WebKit(files);
  for (const f of filesUnder(school)) if (!relative(school, f).startsWith('output')) kit.addFile(relative(school, f).split(sep).join('/'), readFileSync(f));
  return kit;
}

describe('web: the browser API on a school folder', () => {
  let school: string;

  before(async () => {
    school = join(tempDir(), 'kit');
    const init = await runCli(['init', school, '--school', 'Atheneum Noord', '--logo', join(FIXTURES, 'school', 'logo.png')], process.cwd());
    expect(init.code, init.err).to.equal(0);
    const build = await runCli(['build'], school);
    expect(build.code, build.err).to.equal(0);
  });

  it('reads the school’s config, own lesson, templates and logo as the CLI does, to the same bytes', async () => {
    const kit = webKitWith(school);
    const settings = { config: 'gesprekskit.config.yaml' };
    expect(kit.lessons(settings).map((l) => l.id)).to.deep.equal(['voorbeeld']);
    expect(kit.options(settings).templateDirs).to.deep.equal(['/school/templates', '/gesprekskit/templates']);
    for (const pdf of await kit.buildLesson('voorbeeld', settings)) {
      expect(Buffer.from(pdf.bytes).equals(readFileSync(join(school, 'output', 'voorbeeld', pdf.name))), pdf.name).to.equal(true);
    }
  });

  it('shows a mistake in the config at its line, relative to the school folder', () => {
    const kit = webKitWith(school);
    kit.addFile('gesprekskit.config.yaml', 'school:\n  naam: Atheneum\n');
    let error: unknown;
    try {
      kit.lessons({ config: 'gesprekskit.config.yaml' });
    } catch (e) {
      error = e;
    }
    const [p] = shownProblems(error, 'nl');
    expect([p!.file, p!.line, p!.path]).to.deep.equal(['gesprekskit.config.yaml', 2, '/school/gesprekskit.config.yaml']);
    expect(p!.text).to.match(/^gesprekskit\.config\.yaml:2:\d+: /);
  });
});
