/**
 * `--source` and `default_source:` take either the id of a text in a sources folder
 * ("interview-somers") or the path of a file ("../teksten/krant.md"). Ids never contain a
 * slash or a dot, so anything with one is a path.
 */
export function isSourcePath(value: string): boolean {
  return /[\\/.]/.test(value);
}
