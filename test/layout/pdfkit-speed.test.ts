import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { renderSample } from '../helpers/render-sample.js';
import { tempDir } from '../helpers/temp.js';

describe('layout: pdfkit adapters', () => {
  it('write exactly the bytes pdfkit writes without them', async () => {
    const plain = tempDir();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'test', 'helpers', 'render-sample.ts'), plain], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, GESPREKSKIT_PLAIN_PDFKIT: '1' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).to.equal(0);
    const fast = tempDir();
    const names = await renderSample(fast);
    expect(names.length).to.be.greaterThan(3);
    for (const name of names) {
      const a = readFileSync(join(plain, name));
      expect(a.length, name).to.be.greaterThan(10_000);
      expect(readFileSync(join(fast, name)).equals(a), name).to.equal(true);
    }
  });
});
