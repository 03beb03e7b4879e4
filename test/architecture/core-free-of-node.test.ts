import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';

/**
 * The stages below the shells run in Node and in a browser, so they import nothing from
 * Node: no node: module, no Node built-in under its bare name, and no module of the Node
 * shell (src/node, src/cli, src/scaffold, src/files) that would bring one in.
 */
const SRC = join(PACKAGE_ROOT, 'src');
const SHELL = ['node', 'cli', 'scaffold', 'files'].map((d) => join(SRC, d));
const SHELL_FILES = [join(SRC, 'index.ts')];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

const inShell = (file: string) => SHELL_FILES.includes(file) || SHELL.some((d) => file.startsWith(d + sep));
const core = tsFiles(SRC).filter((f) => !inShell(f));
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

/** Every module a file imports: static imports and exports, import(), require(). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!);
  return found;
}

describe('the core is free of Node', () => {
  it('has core modules to check (the folders exist)', () => {
    for (const folder of ['input', 'kit', 'source', 'lesson', 'template', 'document', 'layout', 'config', 'roster', 'yaml', 'messages']) {
      expect(core.some((f) => f.startsWith(join(SRC, folder) + sep)), folder).to.equal(true);
    }
  });

  it('imports no Node module and nothing from the Node shell', () => {
    const wrong: string[] = [];
    for (const file of core) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const name = relative(PACKAGE_ROOT, file);
        if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]!)) wrong.push(`${name}: ${spec}`);
        else if (spec.startsWith('.') && inShell(resolve(dirname(file), spec).replace(/\.js$/, '.ts'))) wrong.push(`${name}: ${spec} (Node shell)`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('uses Node globals only where it checks that they exist', () => {
    const wrong: string[] = [];
    for (const file of core) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          // `globalThis.X`, or a `typeof X` check on the same line: bare uses fail in a browser.
          const bare = /(?<![.\w'"])(process|Buffer|__dirname|__filename|setImmediate)\b/.exec(code);
          if (bare && !/globalThis/.test(code) && !code.includes(`typeof ${bare[1]}`)) wrong.push(`${relative(PACKAGE_ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(wrong).to.deep.equal([]);
  });
});
