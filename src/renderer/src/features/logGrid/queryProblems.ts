/**
 * What is wrong with a query, by the filter panel control that can fix it: `draftProblems(query)` checks
 * an edited query with the schema main checks requests with (`LogQuery`) and main's rule for text it
 * refuses (`searchTextProblem`), `refusalProblems(failure)` places a refusal main sent back (its `field`). Keys are `text`, `timeRange`, `pageSize`, `sort` or a
 * filter key; values are sentences a person can act on.
 */
import { refusalSentenceOf, type Failure } from '../../../../shared/contract/errors';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import { LogQuery, OperationalQuery, TIME_RANGE_REVERSED, TimeRange } from '../../../../shared/query/logQuery';
import { searchTextProblem } from '../../../../shared/query/searchTextProblem';

export type QueryProblems = Readonly<Record<string, string>>;

/** The control a request field belongs to: `filters.action.0` is the Action filter's. */
export function controlOf(field: string): string {
  const [head, next] = field.split('.');
  return head === 'filters' || head === 'exclude' ? (next ?? head) : (head ?? field);
}

/** What to do about a range whose start is after its end. */
export const SWAP_OR_PRESET = 'Swap the two dates so the start comes first, or choose a preset.';

function sentence(key: string, message: string): string {
  if (key === 'timeRange' && message === TIME_RANGE_REVERSED) return `${message}. ${SWAP_OR_PRESET}`;
  if (key === 'timeRange') return `${message.replace(/\.$/, '')}; change the start or the end.`;
  return message.endsWith('.') ? message : `${message}.`;
}

export function draftProblems(query: unknown): QueryProblems {
  const parsed = LogQuery.safeParse(query);
  if (parsed.success) {
    // Text holding a secret or a direction control is refused by main with this very sentence (shared rule): said here, never sent.
    const refusal = searchTextProblem(parsed.data.text);
    return refusal ? { text: refusal } : {};
  }
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = controlOf(issue.path.map(String).join('.'));
    problems[key] ??= sentence(key, issue.message);
  }
  return problems;
}

/** What main refuses search text for (its length, a secret, a direction control), said as `draftProblems` says it; undefined when nothing. */
export function textProblem(text: string | undefined): string | undefined {
  const message = OperationalQuery.shape.text.safeParse(text).error?.issues[0]?.message;
  return message === undefined ? (searchTextProblem(text) ?? undefined) : sentence('text', message);
}

/** What main's schema finds wrong with a time range, said as `draftProblems` says it; undefined when nothing. */
export function timeRangeProblem(range: TimeRange | undefined): string | undefined {
  const message = TimeRange.optional().safeParse(range).error?.issues[0]?.message;
  return message === undefined ? undefined : sentence('timeRange', message);
}

/** A refusal of the query from main, placed by its field, in its own sentence; nothing for other failures. */
export function refusalProblems(failure: Failure | null): QueryProblems {
  if (!isQueryRefusal(failure)) return {};
  return { [controlOf(failure.field)]: refusalSentenceOf(failure) };
}
