/**
 * Field names a teacher can read in a form export ("vragen-3", "exitticket-1", "naam"): ASCII
 * letters, digits and dashes only (a dot would nest the field under another one).
 */
export function slug(text: string, max = 28): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (s.length > max ? s.slice(0, max).replace(/-+[^-]*$/, '') || s.slice(0, max) : s) || 'veld';
}

/** Hands out unique names: the second "vragen-1" becomes "vragen-1-2". */
export class FieldNames {
  private readonly used = new Set<string>();

  constructor(private readonly prefix = '') {}

  /** A name from its parts (section, question number…), each part shortened on its own. */
  take(...parts: (string | number)[]): string {
    const root = `${this.prefix}${parts.map((p) => slug(String(p), 28)).filter((p) => p !== 'veld').join('-') || 'veld'}`;
    let name = root;
    for (let k = 2; this.used.has(name); k++) name = `${root}-${k}`;
    this.used.add(name);
    return name;
  }
}
