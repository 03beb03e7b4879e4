/**
 * A file-name part made from a name someone typed: letters and digits of any script,
 * lowercased, everything else a dash. It never contains a path separator, a dot or a
 * character Windows forbids, so it cannot leave the folder it is written to.
 */
export function safeName(text: string, maxLength = 40): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...slug].slice(0, maxLength);
  return chars.join('').replace(/-+$/, '');
}
