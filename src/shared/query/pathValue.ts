/**
 * A path-value filter value, `path=value`: the value compared exactly at a dotted path inside an
 * object field (`address.city=Berlin`). The path ends at the first `=`, so a value may hold `=` and a
 * path may not. The path is a dotted path as the cluster's flattened type names leaves.
 */
export interface PathValue {
  path: string;
  value: string;
}

const PATH = /^[^=.\s][^=]*$/;

/** The path and value of `path=value`, or null when the text is not one (no `=`, or an empty path). */
export function readPathValue(text: string): PathValue | null {
  const split = text.indexOf('=');
  if (split <= 0) return null;
  const path = text.slice(0, split);
  if (!PATH.test(path) || path.endsWith('.') || path.includes('..')) return null;
  return { path, value: text.slice(split + 1) };
}

export function writePathValue({ path, value }: PathValue): string {
  return `${path}=${value}`;
}
