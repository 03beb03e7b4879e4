/**
 * POSIX path operations for inputs kept in memory (the browser), behaving like node:path's
 * posix functions for the paths gesprekskit uses. The core gets them through InputFiles.
 */

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  const absolute = isAbsolute(path);
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function join(...parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '.' : normalize(kept.join('/'));
}

/** Resolves right to left until a path is absolute; `cwd` is where relative paths start. */
export function resolveFrom(cwd: string, ...parts: string[]): string {
  let path = '';
  for (let i = parts.length - 1; i >= 0 && !isAbsolute(path); i--) {
    const part = parts[i]!;
    if (part === '') continue;
    path = path === '' ? part : `${part}/${path}`;
  }
  if (!isAbsolute(path)) path = path === '' ? cwd : `${cwd}/${path}`;
  return normalize(path);
}

export function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const at = trimmed.lastIndexOf('/');
  if (at === -1) return '.';
  if (at === 0) return '/';
  return trimmed.slice(0, at);
}

export function basename(path: string, ext?: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base !== ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

/** The way from one absolute path to another ("../templates/x.hbs"); both resolved against `cwd`. */
export function relativeFrom(cwd: string, from: string, to: string): string {
  const a = resolveFrom(cwd, from).split('/').filter(Boolean);
  const b = resolveFrom(cwd, to).split('/').filter(Boolean);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}
