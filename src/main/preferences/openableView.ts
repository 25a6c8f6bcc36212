import type { z } from 'zod';
import { ColumnLayout, type ColumnState } from '../../shared/domain/preferences';
import { listFirstOf, listInSentence } from '../../shared/domain/listInSentence';
import { LogQuery } from '../../shared/query/logQuery';
import { quoted } from './shownText';

type Issue = z.core.$ZodIssue;
const FILTER_PARTS = new Set<PropertyKey>(['filters', 'exclude']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Takes out of `query` what one issue says this version cannot read; answers what was left out, or null. */
function leaveOut(query: Record<string, unknown>, issue: Issue): string[] | null {
  const [part, field, index] = issue.path;
  const partValue = typeof part === 'string' ? query[part] : undefined;
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    for (const key of issue.keys) Reflect.deleteProperty(query, key);
    return issue.keys.map((key) => quoted(key));
  }
  if (issue.code === 'unrecognized_keys' && FILTER_PARTS.has(part ?? '') && isRecord(partValue)) {
    for (const key of issue.keys) Reflect.deleteProperty(partValue, key);
    return issue.keys.map((key) => `the filter on ${quoted(key)}`);
  }
  if (issue.code === 'invalid_value' && part === 'sort' && isRecord(partValue)) {
    delete query.sort;
    return [`the sort by ${quoted(partValue.field)}`];
  }
  if (FILTER_PARTS.has(part ?? '') && isRecord(partValue) && typeof field === 'string' && typeof index === 'number') {
    const values = partValue[field];
    if (!Array.isArray(values)) return null;
    const [value] = values.splice(index, 1) as unknown[];
    if (values.length === 0) Reflect.deleteProperty(partValue, field);
    return [`the value ${quoted(value)} of ${quoted(field)}`];
  }
  return null;
}

/**
 * A stored view's query and columns without the parts this version cannot read (a filter or sort on a field the
 * cluster no longer has, a setting a newer console wrote, a value it does not know), when the rest reads as a
 * query; null when it does not. The stored view is not changed: this is a copy to open.
 */
export function openableView(
  raw: Record<string, unknown>,
): { query: LogQuery; columns: ColumnState[]; without: string | null } | null {
  if (!isRecord(raw.query)) return null;
  const query = structuredClone(raw.query);
  const without: string[] = [];
  // Each pass takes out what the last parse named; a part taken out can uncover another (a value under a key).
  for (let pass = 0; pass < 5; pass += 1) {
    const parsed = LogQuery.safeParse(query);
    if (parsed.success) {
      const columns = ColumnLayout.safeParse(raw.columns);
      if (!columns.success) without.push('its columns');
      const left =
        without.length === 0 ? null : without.length <= 4 ? listInSentence(without) : listFirstOf(without, 3);
      return { query: parsed.data, columns: columns.success ? columns.data : [], without: left };
    }
    // Issues of one array from its last index down, so taking one out leaves the others' places as they were.
    const place = (issue: Issue) => {
      const last = issue.path.at(-1);
      return typeof last === 'number' ? last : -1;
    };
    const issues = [...parsed.error.issues].sort((a, b) => place(b) - place(a));
    const left = issues.map((issue) => leaveOut(query, issue));
    if (left.some((part) => part === null)) return null;
    without.push(...left.flatMap((part) => part ?? []));
  }
  return null;
}
