import type { LogQuery } from '../../../../shared/query/logQuery';
import { filterValues, withFilter } from './queryFilters';

/** The parts of a query the filter panel edits besides its filters, by their key in `QueryProblems`. */
const EDITED_PARTS = ['text', 'timeRange'] as const;

export interface RebasedDraft<Q extends LogQuery> {
  draft: Q;
  /** The parts (filter keys, `text`, `timeRange`) the move changed. */
  changed: string[];
  /** The parts whose unsaved edit gave way to the new value. */
  replaced: string[];
  /** The parts whose unsaved edit is kept. */
  kept: string[];
}

/** A part of a query as one comparable text: filter values as a set, a range's fields in one order. */
function partOf(query: LogQuery, part: string): string {
  if (part === 'text') return JSON.stringify(query.text ?? null);
  if (part === 'timeRange') {
    const range = query.timeRange;
    if (!range) return 'null';
    return JSON.stringify(range.kind === 'relative' ? [range.kind, range.last] : [range.kind, range.from, range.to]);
  }
  return JSON.stringify([...new Set(filterValues(query, part))].sort());
}

/** Every part of the queries the panel edits: the edited parts and each filter key any of them holds. */
function partsOf(queries: readonly LogQuery[]): string[] {
  const keys = new Set(queries.flatMap((query) => Object.keys(query.filters)));
  return [...EDITED_PARTS, ...keys];
}

/** Re-setting one filter to itself makes `withFilter` drop the grouped choices no chosen group holds. */
function pruned<Q extends LogQuery>(query: Q): Q {
  const [key] = Object.keys(query.filters);
  return key === undefined ? query : withFilter(query, key, filterValues(query, key));
}

/**
 * `rebaseDraft(draft, before, after)`: the filter panel's edited query once the applied query moves from
 * `before` to `after` under it (a chip removed, Back, a saved view): each part the move changed takes the
 * new value, each part it left alone keeps the operator's unsaved edit; what the panel does not edit
 * (exclusions, sort, page size) is the new query's. A kept sub model no chosen business model holds any
 * more goes, as when its business model is unticked; `replaced` names every edit lost either way.
 */
export function rebaseDraft<Q extends LogQuery>(draft: Q, before: Q, after: Q): RebasedDraft<Q> {
  const parts = partsOf([draft, before, after]);
  const edited = parts.filter((part) => partOf(draft, part) !== partOf(before, part));
  const changed = parts.filter((part) => partOf(after, part) !== partOf(before, part));
  const kept = edited.filter((part) => !changed.includes(part));
  const filters: Record<string, readonly string[]> = { ...after.filters };
  for (const key of kept)
    if (!(EDITED_PARTS as readonly string[]).includes(key)) filters[key] = filterValues(draft, key);
  const rebased = pruned({
    ...after,
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
    ...(kept.includes('text') ? { text: draft.text } : {}),
    ...(kept.includes('timeRange') ? { timeRange: draft.timeRange } : {}),
  } as Q);
  const replaced = edited.filter((part) => partOf(rebased, part) !== partOf(draft, part));
  return { draft: rebased, changed, replaced, kept: kept.filter((part) => !replaced.includes(part)) };
}
