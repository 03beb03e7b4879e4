import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../helpers/cli.js';

describe('lesson: the JSON Schema for editors', () => {
  it('schema/lesson.schema.json is what "gesprekskit schema" prints (run it again after changing the schema)', async () => {
    const run = await runCli(['schema'], PACKAGE_ROOT);
    expect(run.code).to.equal(0);
    const shipped = readFileSync(join(PACKAGE_ROOT, 'schema', 'lesson.schema.json'), 'utf8');
    expect(JSON.parse(shipped)).to.deep.equal(JSON.parse(run.out));
  });
});
