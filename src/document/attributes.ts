import type { AttrFault } from '../messages/catalogue/document.js';

/**
 * Parses `key=value key="value with spaces"` as written after a block name. Values come back
 * raw (backslash escapes kept) so list values can be split on unescaped "|" first. What is
 * wrong comes back as data; the words are in the message catalogue.
 */
export function parseAttributes(text: string): { attrs: Record<string, string>; error?: AttrFault } {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (i >= s.length) break;
    const key = /^[a-z][a-z0-9-]*/i.exec(s.slice(i));
    if (!key) return { attrs, error: { fault: 'expected', at: s.slice(i, i + 20) } };
    i += key[0].length;
    if (s[i] !== '=') return { attrs, error: { fault: 'no-value', key: key[0] } };
    i++;
    let value = '';
    const quoted = s[i] === '"';
    if (quoted) i++;
    while (i < s.length && (quoted ? s[i] !== '"' : s[i] !== ' ' && s[i] !== '\t')) {
      if (s[i] === '\\' && i + 1 < s.length) value += s[i++];
      value += s[i++];
    }
    if (quoted) {
      if (s[i] !== '"') return { attrs, error: { fault: 'unclosed', key: key[0] } };
      i++;
    }
    attrs[key[0]] = value;
  }
  return { attrs };
}

export function unescapeValue(raw: string): string {
  return raw.replace(/\\(.)/g, '$1');
}

/** "a|b\|c" → ["a", "b|c"]: items of a list attribute, empty items dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/(?<!\\)\|/)
    .map((v) => unescapeValue(v).trim())
    .filter((v) => v.length > 0);
}
