import type { LogQuery, TimeRange } from './logQuery';
import { textWords } from './textWords';

/**
 * The canonical text of everything that decides which rows a query matches and in what order: family,
 * filters and exclusions, text, time range, sort and the operator's scope. Queries that mean the same give the same
 * text: filter keys and values sorted and deduplicated, text as its words, absolute times as instants
 * (`10:00+05:00` is `05:00Z`). Page size, cursor and skip are left out, so a grid may change its page size
 * between pages. Main hashes it into the fingerprint cursors are bound to.
 */
export function canonicalQuery(query: LogQuery, scopeClientIds: readonly string[] | null): string {
  const exclude = canonicalFilters(query.exclude ?? {});
  return JSON.stringify([
    query.family,
    canonicalFilters(query.filters),
    // Only when set, so a query without exclusions keeps the text it always had.
    ...(exclude.length > 0 ? [['exclude', exclude]] : []),
    textWords(query.text),
    canonicalRange(query.timeRange),
    [query.sort.field, query.sort.direction],
    scopeClientIds ? sortedSet(scopeClientIds) : null,
  ]);
}

function canonicalFilters(filters: Readonly<Record<string, readonly string[] | undefined>>) {
  return Object.keys(filters)
    .sort()
    .flatMap((key) => {
      const values = filters[key];
      return values && values.length > 0 ? [[key, sortedSet(values)]] : [];
    });
}

function canonicalRange(range: TimeRange | undefined): readonly (string | number | null)[] | null {
  if (!range) return null;
  if (range.kind === 'relative') return ['relative', range.last];
  return ['absolute', instant(range.from), instant(range.to)];
}

const instant = (iso: string | undefined): number | null => (iso === undefined ? null : Date.parse(iso));

/** Deduplicated and in code-unit order, the same on every machine whatever its locale. */
const sortedSet = (values: readonly string[]): string[] => [...new Set(values)].sort();
