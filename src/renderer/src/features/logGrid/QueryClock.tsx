/**
 * `<QueryClock timeRange asOf workspace onRefresh onChooseRange />`: a relative range says when its
 * "now" was (the first page's request) beside a Refresh button that reads the query again from a
 * fresh "now"; on a demo workspace whose data ends before the range starts, it offers the demo
 * data's own span instead of an empty grid. A range that starts and ends at the same instant says so.
 */
import type { WorkspaceState } from '../../../../shared/contract/workspaceChannels';
import type { TimeRange } from '../../../../shared/query/logQuery';
import { resolveTimeRange } from '../../../../shared/query/timeRange';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { SingleInstantNote } from './SingleInstantNote';
import { PRESET_LABELS } from './TimeRangeControl';

const DAY_MS = 24 * 60 * 60_000;

/** The UTC days a ready demo workspace's data covers, both ends inclusive; null for any other workspace. */
export function demoSpan(workspace: WorkspaceState | undefined): { first: string; last: string } | null {
  if (workspace?.state !== 'ready' || workspace.days < 1) return null;
  const endMs = Date.parse(`${workspace.endDate}T00:00:00.000Z`);
  if (Number.isNaN(endMs)) return null;
  const first = new Date(endMs - (workspace.days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { first, last: workspace.endDate };
}

interface QueryClockProps {
  timeRange: TimeRange | undefined;
  /** When the first page of the rows on screen was asked for; null before it was. */
  asOf: Date | null;
  workspace: WorkspaceState | undefined;
  onRefresh: () => void;
  onChooseRange: (range: TimeRange) => void;
}

export function QueryClock({ timeRange, asOf, workspace, onRefresh, onChooseRange }: QueryClockProps) {
  const { zone } = useTimeZone();
  const relative = timeRange?.kind === 'relative' ? timeRange : undefined;
  const span = demoSpan(workspace);
  const spanEndMs = span ? Date.parse(`${span.last}T23:59:59.999Z`) : NaN;
  // Judged once the first page says when "now" was.
  const startsAfterDemo =
    relative !== undefined && asOf !== null && (resolveTimeRange(relative, asOf.getTime()).fromMs ?? 0) > spanEndMs;
  return (
    <div className="query-clock">
      <button type="button" onClick={onRefresh}>
        Refresh
      </button>
      {relative && asOf && (
        <span data-testid="range-now" className="muted">
          {PRESET_LABELS[relative.last]} up to {formatTimestamp(asOf.toISOString(), zone)}
        </span>
      )}
      <SingleInstantNote range={timeRange} />
      {span && startsAfterDemo && (
        <p className="query-hint" role="note">
          The demo data ends on {span.last}, before this range starts.{' '}
          <button
            type="button"
            onClick={() =>
              onChooseRange({
                kind: 'absolute',
                from: `${span.first}T00:00:00.000Z`,
                to: `${span.last}T23:59:59.999Z`,
              })
            }
          >
            Show the demo data: {span.first} to {span.last}
          </button>
        </p>
      )}
    </div>
  );
}
