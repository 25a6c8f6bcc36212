import type { LogFamily } from '../../../../shared/query/logQuery';
import { filterLabel, textLabel, timeLabel } from './queryFilters';

/** What operators call a part of the query the filter panel edits: a filter key, `text` or `timeRange`. */
function partLabel(family: LogFamily, part: string): string {
  if (part === 'text') return textLabel(family);
  return part === 'timeRange' ? timeLabel(family) : filterLabel(family, part);
}

/**
 * What the filter panel says when the address changed filters the operator had edited and not saved:
 * `The address changed Client and Created, so your unsaved changes to them were replaced.` `parts` are
 * those filters (see `rebaseDraft`); `othersKept` adds that the operator's other unsaved changes are still there.
 */
export function replacedEditsNote(family: LogFamily, parts: readonly string[], othersKept: boolean): string | null {
  if (parts.length === 0) return null;
  const labels = parts.map((part) => partLabel(family, part));
  const named = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  const replaced =
    labels.length === 1 ? 'your unsaved change to it was replaced' : 'your unsaved changes to them were replaced';
  return `The address changed ${named}, so ${replaced}.${othersKept ? ' Your other unsaved changes are kept.' : ''}`;
}
