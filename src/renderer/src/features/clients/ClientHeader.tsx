/**
 * `<ClientHeader clientId summary afterTitle onRange />`: who the client is and what the range holds: name and id,
 * first and last seen, source apps, events per catalog category, the managers who acted. A range with
 * nothing in it says so and offers the span where the client has logs.
 */
import { bundleCoverage } from '../../../../shared/domain/bundleCoverage';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { clientIdInSentence, shownInSentence } from '../../../../shared/domain/shownInSentence';
import type { ClientSummary } from '../../../../shared/domain/clientDirectory';
import type { LogFamily, TimeRange } from '../../../../shared/query/logQuery';
import { useState, type ReactNode } from 'react';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useScrollsItself } from '../../hooks/useScrollsItself';
import { useOperator } from '../access/OperatorContext';
import { ClientViewers } from '../journal/ClientViewers';
import { CopyClientTextButton } from './CopyClientTextButton';
import { useTimeZone } from '../timeZone/TimeZoneContext';

interface ClientFactsProps {
  summary: ClientSummary;
  /** The address asked for a range the page could not use; said beside the range shown. */
  rangeIgnored?: boolean;
  onRange: (range: TimeRange | undefined) => void;
}

interface ClientHeaderProps extends Omit<ClientFactsProps, 'summary'> {
  clientId: string;
  /** Null until it is read: the title then names the client by id. */
  summary: ClientSummary | null;
  /** Shown right after the title: what the page's address asks for that it does not use. */
  afterTitle?: ReactNode;
}

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  authentication: 'Authentication',
  navigation: 'Navigation',
  transactions: 'Transactions',
  documents: 'Documents',
  tickets: 'Tickets',
  profile: 'Profile',
  search: 'Search',
  terminal: 'Terminal',
  manager: 'Manager actions',
};

/** A window this tall shows the client's facts unfolded at first; a shorter one folds them. */
const TALL_WINDOW = '(min-height: 800px)';

const counted = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;

/** Whether no query of the reopened bundle covered a family for this client and range: not there, rather than 0. */
function useNotHeld(clientId: string, range: { from: string | null; to: string | null }) {
  const ground = useOperator().bundleCoverage;
  return (family: LogFamily) =>
    bundleCoverage(ground, { family, clientIds: [clientId], ...range }, '')?.outside === true;
}

/** The most characters of a client's name the title shows: with a cut id, it keeps the title to two lines. */
const NAME_IN_TITLE = 60;

/** Said in place of a count of a family the reopened bundle does not hold: not zero, just not there. */
const NOT_HELD = 'not in this bundle';

/**
 * The title and what follows it stay the same elements while the summary is read, so the focus on either
 * (the title on arrival, a button of the link notice) is not lost when the facts arrive.
 */
export function ClientHeader({ clientId, summary, afterTitle, ...facts }: ClientHeaderProps) {
  // A client's name comes from its operational logs: a reopened bundle holding none of them cannot name it.
  const nameNotHeld = useNotHeld(clientId, { from: null, to: null })('operational');
  // An id of hundreds of characters would take the title over several lines and push the tabs down: it
  // is cut as sentences cut it, whole in its tooltip and for the Copy id button.
  const id = summary?.id ?? clientId;
  const idShown = clientIdInSentence(id);
  const idCut = idShown !== showHiddenCharacters(id);
  // A name of thousands of characters would do the same: it is cut too, whole for the Copy name button.
  const name = summary?.name ?? null;
  const nameShown = name === null ? null : shownInSentence(name, NAME_IN_TITLE);
  const nameCut = name !== null && nameShown !== showHiddenCharacters(name);
  return (
    <header className="client-header" aria-label="Client summary">
      {/* The name and the e-mail share a line where they fit, leaving the height to the tabs' rows. */}
      <div className="client-identity">
        <h1 id="client-title">
          {summary ? (
            <>
              {nameShown ?? (nameNotHeld ? 'Client' : 'Unnamed client')}{' '}
              <span className="muted" title={idCut ? showHiddenCharacters(id) : undefined}>
                ({idShown})
              </span>
            </>
          ) : (
            <>
              Client <span title={idCut ? showHiddenCharacters(id) : undefined}>{idShown}</span>
            </>
          )}
        </h1>
        {nameCut && <CopyClientTextButton text={name} what="name" />}
        {idCut && <CopyClientTextButton text={id} what="id" />}
        {summary?.email && <p className="muted">{showHiddenCharacters(summary.email)}</p>}
        {summary && summary.name === null && nameNotHeld && (
          <p className="muted">
            Name not in this bundle: a client’s name is read from its operational logs, and this bundle holds none of
            this client’s.
          </p>
        )}
      </div>
      {afterTitle}
      {summary && <ClientFacts summary={summary} {...facts} />}
    </header>
  );
}

function ClientFacts({ summary, rangeIgnored = false, onRange }: ClientFactsProps) {
  const { zone } = useTimeZone();
  const when = (iso: string | null) => (iso ? formatTimestamp(iso, zone) : '—');
  const notHeld = useNotHeld(summary.id, summary.range);
  const noOperational = notHeld('operational');
  const noActivity = notHeld('activity') && summary.activity !== null;
  // A reopened bundle without activity events has no categories or managers to show, only that it lacks them.
  const activity = noActivity ? null : summary.activity;
  const inRange = summary.operational.count + (activity?.count ?? 0);
  const ranged = summary.range.from !== null || summary.range.to !== null;
  const span = summary.overall;
  const [managersRef, managersScroll] = useScrollsItself<HTMLUListElement>(activity?.managers);
  // A short window keeps the facts (and who looked) folded under one line, so the tabs' rows have the room.
  const [tall] = useState(() => window.matchMedia?.(TALL_WINDOW).matches ?? true);
  const [open, setOpen] = useState(tall);
  const rangeText = ranged ? `${when(summary.range.from)} → ${when(summary.range.to)}` : 'All time';
  const managerCount = activity ? activity.managers.length + activity.otherManagers : 0;
  const digest = [
    rangeText,
    noOperational ? `operational logs ${NOT_HELD}` : counted(summary.operational.count, 'operational log'),
    ...(activity ? [counted(activity.count, 'activity event'), counted(managerCount, 'manager')] : []),
    ...(noActivity ? [`activity events ${NOT_HELD}`] : []),
  ].join(' · ');
  return (
    <>
      <details className="client-facts-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="client-facts-label">Facts</span> <span className="muted">{digest}</span>
        </summary>
        <dl className="client-facts">
          <dt>Range</dt>
          <dd>
            {rangeText}
            {rangeIgnored && <span className="query-error"> (the address’s range is not valid; see below)</span>}
          </dd>
          <dt>First seen</dt>
          <dd>{when(summary.firstSeen)}</dd>
          <dt>Last seen</dt>
          <dd>{when(summary.lastSeen)}</dd>
          <dt>Operational logs</dt>
          <dd>{noOperational ? NOT_HELD : summary.operational.count.toLocaleString()}</dd>
          {noActivity && (
            <>
              <dt>Activity events</dt>
              <dd>{NOT_HELD}</dd>
            </>
          )}
          {activity && (
            <>
              <dt>Activity events</dt>
              <dd>{activity.count.toLocaleString()}</dd>
              <dt>Source apps</dt>
              <dd>
                {activity.sourceApps.length === 0
                  ? 'none'
                  : activity.sourceApps.map((app) => `${app.sourceApp} (${app.count.toLocaleString()})`).join(', ')}
              </dd>
            </>
          )}
        </dl>
        {activity && (
          <div className="client-breakdown">
            <ul className="category-counts" aria-label="Events per catalog category">
              {activity.categories.map((item) => (
                <li key={item.category}>
                  {CATEGORY_LABELS[item.category] ?? item.category} <strong>{item.count.toLocaleString()}</strong>
                </li>
              ))}
              {activity.uncatalogued > 0 && (
                <li>
                  Not in the catalog <strong>{activity.uncatalogued.toLocaleString()}</strong>
                </li>
              )}
            </ul>
            <section aria-labelledby="managers-title">
              <h2 id="managers-title">
                Managers who acted
                {managersScroll && <span className="muted client-scroll-cue"> (the list scrolls)</span>}
              </h2>
              {activity.managers.length === 0 ? (
                <p className="muted">No manager acted on this client in the range.</p>
              ) : (
                <ul
                  className="managers"
                  ref={managersRef}
                  aria-labelledby="managers-title"
                  // A list longer than its box scrolls; the keyboard reaches it to scroll it too.
                  tabIndex={managersScroll ? 0 : undefined}
                >
                  {activity.managers.map((manager) => (
                    <li key={manager.id}>
                      {showHiddenCharacters(`${manager.name ?? 'Unnamed'} (${manager.id})`)} ·{' '}
                      {manager.count.toLocaleString()} event
                      {manager.count === 1 ? '' : 's'}
                    </li>
                  ))}
                </ul>
              )}
              {activity.otherManagers > 0 && (
                <p className="muted">and {activity.otherManagers.toLocaleString()} more managers</p>
              )}
            </section>
          </div>
        )}
      </details>
      {inRange === 0 && (
        <div className="notice" role="status">
          <p>
            No logs of this client in {ranged ? 'this range' : 'any range'}.
            {span.first && span.last && ` They have logs from ${when(span.first)} to ${when(span.last)}.`}
          </p>
          {ranged && span.first && span.last && (
            <button
              type="button"
              onClick={() => onRange({ kind: 'absolute', from: span.first ?? undefined, to: span.last ?? undefined })}
            >
              Show the span with logs
            </button>
          )}
        </div>
      )}
      <ClientViewers clientId={summary.id} openAtFirst={tall} />
    </>
  );
}
