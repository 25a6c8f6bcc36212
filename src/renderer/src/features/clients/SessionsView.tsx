/**
 * `<SessionsView clientId timeRange gapText gap onGap />`: the client's sessions, grouped in main, newest
 * first, a page at a time: start, end, duration, app, events, device or IP, why each started and ended
 * (a cut by the range's edge and a possible logging gap marked as such), each expanding into its events.
 * The inactivity gap is the operator's, plain digits only: one typed that is not whole minutes 1–1440 is
 * refused next to its field and never asked for, the sessions staying those of the gap applied; one in
 * the address is refused in words, and no sessions are listed until the gap is mended.
 */
import { useState } from 'react';
import { MAX_SESSION_PAGE } from '../../../../shared/contract/clientChannels';
import { PAGE_SIZES, type TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { WholeNumberInput } from '../../components/WholeNumberInput';
import type { WholeNumberRead } from '../../format/readWholeNumber';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { SessionRow } from './SessionRow';
import { LoggingGaps } from './LoggingGaps';
import { GAP_MINUTES, readGapMinutes } from './minuteFields';
import { sessionsSummary } from './sessionFormat';
import { TableScroll } from '../../components/TableScroll';
import { BundleCoverageNote, useBundleCoverage, viewAsk } from '../bundles/BundleCoverageNote';

interface SessionsViewProps {
  clientId: string;
  timeRange: TimeRange | undefined;
  /** The inactivity gap as the route writes it, and as read from there. */
  gapText: string;
  gap: WholeNumberRead;
  onGap: (gap: string) => void;
}

export function SessionsView({ clientId, timeRange, gapText, gap, onGap }: SessionsViewProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const [draft, setDraft] = useState(gapText);
  const draftGap = readGapMinutes(draft);
  const appliedGap = 'value' in gap ? gap.value : null;
  // The field still holding the address's unusable gap is described by the one sentence that says so.
  const fromAddress = 'problem' in gap && draft === gapText;
  const [limit, setLimit] = useState(25);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [open, setOpen] = useState<string | null>(null);
  const [addressGap, setAddressGap] = useState(gapText);
  if (addressGap !== gapText) {
    // The address changed the gap (a link, back, an edited address): the field shows it, and the pages
    // read under the old gap are left behind.
    setAddressGap(gapText);
    setDraft(gapText);
    setCursors([undefined]);
    setOpen(null);
  }
  const cursor = cursors.at(-1);
  const rangeKey = JSON.stringify(timeRange ?? null);
  const coverage = useBundleCoverage(viewAsk('activity', [clientId], timeRange), 'Sessions come from activity events.');
  const outside = coverage?.outside === true;
  const page = useRequest(
    () =>
      appliedGap !== null && !outside
        ? api.clientSessions({
            clientId,
            gapMinutes: appliedGap,
            limit: Math.min(limit, MAX_SESSION_PAGE),
            ...(timeRange ? { timeRange } : {}),
            ...(cursor ? { cursor } : {}),
          })
        : Promise.resolve({ ok: true as const, data: null }),
    [api, clientId, appliedGap, limit, cursor, rangeKey, outside],
  );
  const data = page.data;
  if (coverage?.outside) return <BundleCoverageNote note={coverage} />;
  return (
    <div className="sessions-view">
      <form
        className="toolbar"
        aria-label="Session grouping"
        onSubmit={(event) => {
          event.preventDefault();
          if ('value' in draftGap) {
            setCursors([undefined]);
            onGap(String(draftGap.value));
          }
        }}
      >
        <label htmlFor="inactivity-gap">Inactivity gap (minutes)</label>
        <WholeNumberInput
          id="inactivity-gap"
          text={draft}
          onText={setDraft}
          read={draftGap}
          rule={GAP_MINUTES}
          fallback={appliedGap ?? GAP_MINUTES.min}
          page={60}
          errorId="inactivity-gap-error"
        />
        <button type="submit">Apply gap</button>
        <label>
          Sessions per page{' '}
          <select
            aria-label="Sessions per page"
            value={limit}
            onChange={(event) => {
              setLimit(Number(event.target.value));
              setCursors([undefined]);
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
        {'problem' in draftGap && !fromAddress && (
          <p id="inactivity-gap-error" className="query-error" role="alert">
            {draftGap.problem}
            {appliedGap !== null && ` The sessions below are still grouped by a ${appliedGap}-minute gap.`}
          </p>
        )}
      </form>
      {coverage && <BundleCoverageNote note={coverage} />}
      {'problem' in gap && (
        <p id={fromAddress ? 'inactivity-gap-error' : undefined} className="query-error" role="alert">
          The address’s inactivity gap cannot be used: {gap.problem} No sessions are listed until the gap above is
          valid.
        </p>
      )}
      {page.error && (
        <p className="error" role="alert">
          {page.error.message}
        </p>
      )}
      {data && (
        <>
          <p className="muted" role="status">
            {sessionsSummary(data)}
            {data.truncated && data.reachedAt && ` · searched back to ${formatTimestamp(data.reachedAt, zone)}`}
          </p>
          <TableScroll label="Sessions" content={data.sessions}>
            <table className="sessions" aria-label="Sessions">
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col">Duration</th>
                  <th scope="col">App</th>
                  <th scope="col">Events</th>
                  <th scope="col">Device / IP</th>
                  <th scope="col">Started by</th>
                  <th scope="col">Ended by</th>
                  <th scope="col">
                    <span className="visually-hidden">Expand</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.sessions.map((session) => (
                  <SessionRow
                    key={session.id}
                    clientId={clientId}
                    session={session}
                    expanded={open === session.id}
                    onToggle={() => setOpen(open === session.id ? null : session.id)}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
          {data.sessions.length === 0 && <p className="muted">No session in this range.</p>}
          {data.gaps.length > 0 && <LoggingGaps gaps={data.gaps} />}
          <div className="actions">
            <button type="button" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous sessions
            </button>
            <button
              type="button"
              disabled={!data.nextCursor}
              onClick={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
            >
              Next sessions
            </button>
          </div>
        </>
      )}
    </div>
  );
}
