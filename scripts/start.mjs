// `npm start`: builds the kit. Compiles the TypeScript first only when src/ changed since the
// last build (npm install already compiled it), then runs `gesprekskit build` in this same
// process, so a start costs about what the build itself costs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtStamp, ROOT, sourceStamp } from './build-stamp.mjs';

const entry = join(ROOT, 'bin', 'gesprekskit.js');
if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js')) || builtStamp() !== sourceStamp()) {
  process.stderr.write('gesprekskit: compiling (the sources changed since the last build)…\n');
  const npm = process.env.npm_execpath;
  const r = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
process.argv = [process.argv[0], entry, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(entry).href);
