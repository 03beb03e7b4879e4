import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../messages/define.js';
import { isLang } from '../messages/lang.js';
import { codeStamp } from '../node/code-stamp.js';
import { defaultCacheDir, DiskCache } from '../node/disk-cache.js';
import { COMMAND_NAMES } from './direct.js';

/**
 * Help texts as yargs wrote them, kept in the cache folder: loading yargs and declaring
 * every command to print `--help` costs twice what node takes to start. A text is kept
 * per command line, language, terminal width, version of gesprekskit (its words and
 * options) and of yargs (its layout), and only for a plain request for help: `--help` or
 * `-h`, after at most a command name, with at most --lang.
 */
export function helpKey(argv: readonly string[], lang: Lang, width: number): string | undefined {
  let helps = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') helps++;
    else if (i === 0 && COMMAND_NAMES.includes(a)) continue;
    else if (a === '--lang' && isLang(argv[i + 1])) i++;
    else if (!(a.startsWith('--lang=') && isLang(a.slice('--lang='.length)))) return undefined;
  }
  if (helps !== 1) return undefined;
  const stamp = codeStamp();
  const yargs = yargsVersion();
  if (!stamp || !yargs) return undefined;
  return JSON.stringify(['help', stamp, yargs, lang, width, argv]);
}

function yargsVersion(): string | undefined {
  try {
    const file = createRequire(import.meta.url).resolve('yargs/package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

const AREA = 'help';
const nameOf = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32);

/** The help text kept for this key, if any. */
export function keptHelp(key: string, dir = defaultCacheDir()): string | undefined {
  const text = new DiskCache(dir).read<unknown>(AREA, nameOf(key), key);
  return typeof text === 'string' ? text : undefined;
}

export function keepHelp(key: string, text: string, dir = defaultCacheDir()): void {
  new DiskCache(dir).write(AREA, nameOf(key), key, text);
}
