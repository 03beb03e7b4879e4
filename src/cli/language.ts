import type { Lang } from '../messages/define.js';
import { pickLanguage } from '../messages/lang.js';

/**
 * The language of this run, known before yargs parses anything (its help and its own errors
 * are in that language too): --lang nl|en, else GESPREKSKIT_LANG, else the locale, else Dutch.
 */
export function cliLanguage(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  return pickLanguage(flag, env);
}
