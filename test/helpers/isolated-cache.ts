// Loaded by mocha before the tests (.mocharc.json): every test run gets its own, empty cache
// folder, so tests neither read a developer's cache nor leave one behind. The cache is on,
// as for users: the whole suite runs with it, cold and then warm.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'gesprekskit-test-cache-'));
process.env.XDG_CACHE_HOME = dir;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
