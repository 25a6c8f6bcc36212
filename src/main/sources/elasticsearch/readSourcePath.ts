/**
 * A value out of a `_source` document by dotted path, whether the producer wrote nested objects
 * (`{ client: { id } }`) or dotted keys (`{ "client.id": ... }`) or a mix of both. The whole path as
 * one key wins; then the longest leading part that is a key, read further inside it.
 */
export function readSourcePath(source: unknown, path: string): unknown {
  if (!isRecord(source)) return undefined;
  if (path in source) return source[path];
  for (const [head, rest] of splitsOf(path)) {
    if (head in source) {
      const found = readSourcePath(source[head], rest);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Split = readonly [head: string, rest: string];

const SPLITS = new Map<string, readonly Split[]>();

/**
 * Each way to cut a path in two at a dot, the longest head first (`a.b.c`: `a.b` + `c`, then `a` +
 * `b.c`). The console reads the same few dozen paths on every row, so each path is cut once.
 */
function splitsOf(path: string): readonly Split[] {
  let splits = SPLITS.get(path);
  if (!splits) {
    const segments = path.split('.');
    const cuts: Split[] = [];
    for (let at = segments.length - 1; at > 0; at -= 1) {
      cuts.push([segments.slice(0, at).join('.'), segments.slice(at).join('.')]);
    }
    splits = cuts;
    if (SPLITS.size < 4_096) SPLITS.set(path, splits);
  }
  return splits;
}
