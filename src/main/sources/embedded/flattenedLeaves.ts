/**
 * The leaves of a JSON value as the cluster's `flattened` field type indexes them: every scalar under
 * its dotted path (keys joined with `.`, arrays looked through), as text (numbers as JSON writes them,
 * booleans as `true`/`false`); nulls and empty containers give nothing. The embedded store keeps these
 * pairs so a path-value filter matches exactly what the cluster's keyed term query matches.
 */
export function flattenedLeaves(value: unknown): [path: string, value: string][] {
  const leaves: [string, string][] = [];
  const visit = (item: unknown, path: string): void => {
    if (item === null || item === undefined) return;
    if (Array.isArray(item)) {
      for (const element of item) visit(element, path);
    } else if (typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) visit(child, path === '' ? key : `${path}.${key}`);
    } else if (path !== '') {
      leaves.push([path, typeof item === 'string' ? item : JSON.stringify(item)]);
    }
  };
  visit(value, '');
  return leaves;
}

/** How the embedded store writes one leaf: unambiguous whatever characters path and value hold. */
export function leafEntry(path: string, value: string): string {
  return JSON.stringify([path, value]);
}
