import { LANGUAGES, type Lang } from './define.js';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language the command line speaks: --lang, else GESPREKSKIT_LANG, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: "en…" is English, "nl…" Dutch), else Dutch.
 */
export function pickLanguage(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (isLang(flag)) return flag;
  if (isLang(env.GESPREKSKIT_LANG)) return env.GESPREKSKIT_LANG;
  // POSIX: the first locale variable that is set wins, even when it names another language.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en([_.@-]|$)/i.test(locale)) return 'en';
  return 'nl';
}
