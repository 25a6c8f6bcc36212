/**
 * A value out of a `_source` document by dotted path, whether the producer wrote nested objects
 * (`{ client: { id } }`) or dotted keys (`{ "client.id": ... }`) or a mix of both.
 */
export function readSourcePath(source: unknown, path: string): unknown {
  if (!isRecord(source)) return undefined;
  if (path in source) return source[path];
  const segments = segmentsOf(path);
  for (let split = segments.length - 1; split > 0; split -= 1) {
    const head = segments.slice(0, split).join('.');
    if (head in source) {
      const found = readSourcePath(source[head], segments.slice(split).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SEGMENTS = new Map<string, readonly string[]>();

/** A path's dot-separated segments; the console reads the same few dozen paths on every row. */
function segmentsOf(path: string): readonly string[] {
  let segments = SEGMENTS.get(path);
  if (!segments) {
    segments = path.split('.');
    if (SEGMENTS.size < 4_096) SEGMENTS.set(path, segments);
  }
  return segments;
}
