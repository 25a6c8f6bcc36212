import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import type { ClientActivity } from '../../../../shared/domain/clientActivity';
import type { Session } from '../../../../shared/domain/sessions';
import type { ActivityQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { AddToCase } from '../cases/AddToCase';
import { DiffLink } from '../changes/changeLinks';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ACTOR_GLYPHS, ACTOR_LABELS, actorName, eventLabel } from './actorDisplay';
import { EventIcon } from './EventIcon';

/** The events of one session: its lane's events in its app from its first to its last, oldest first. */
export function sessionQuery(clientId: string, session: Session): ActivityQuery {
  return {
    family: 'activity',
    filters: {
      clientId: [clientId],
      sourceApp: [session.sourceApp],
      ...(session.manager ? { actorId: [session.manager.id] } : { actorType: ['client', 'system'] }),
    },
    timeRange: { kind: 'absolute', from: session.start, to: session.end },
    sort: { field: 'createdAt', direction: 'asc' },
    pageSize: 100,
  };
}

/**
 * `<SessionEvents clientId session />`: a session's events (up to 100), each with its metadata to expand
 * and, for a manager's edit, a link to its change; each event's star and metadata are named by the event's
 * label and time, so no two read alike.
 */
export function SessionEvents({ clientId, session }: { clientId: string; session: Session }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const events = useRequest(() => api.searchActivity(sessionQuery(clientId, session)), [api, clientId, session.id]);
  if (events.error) return <p className="error">{events.error.message}</p>;
  if (!events.data) return <p className="muted">Loading the session’s events…</p>;
  const rows: ClientActivity[] = events.data.family === 'activity' ? events.data.rows : [];
  const total = events.data.total.value;
  return (
    <div className="session-events">
      <ol aria-label={`Events of the ${session.sourceApp} session`}>
        {rows.map((event) => {
          const { icon, label } = eventLabel(event.eventName);
          const shownAt = formatTimestamp(event.createdAt, zone);
          // Each event's controls are named after the words they show and the event, as its line shows it.
          const which = `${showHiddenCharacters(label)} at ${shownAt}`;
          return (
            <li key={event.id} className={`actor-${event.actorType}`}>
              <span className="actor-tag">
                <span aria-hidden="true">{ACTOR_GLYPHS[event.actorType]}</span> {ACTOR_LABELS[event.actorType]}
              </span>{' '}
              {shownAt} · <EventIcon glyph={icon} /> {showHiddenCharacters(label)} ·{' '}
              {showHiddenCharacters(actorName(event))}
              {event.message && (
                <span className="muted"> · {showHiddenCharacters(event.message, { lines: true })}</span>
              )}
              {/* A manager's edit leads to its before and after, as it does from the Events view's detail. */}
              {event.change && (
                <>
                  {' · '}
                  <DiffLink eventId={event.id} />{' '}
                </>
              )}
              <AddToCase
                evidence={{
                  kind: 'event',
                  family: 'activity',
                  recordId: event.id,
                  summary: `${label} · ${actorName(event)}`,
                }}
                what={which}
              />
              <details className="event-metadata">
                <summary aria-label={`Metadata of ${which}`}>Metadata</summary>
                <JsonTree value={event.metadata} />
              </details>
            </li>
          );
        })}
      </ol>
      {total > rows.length && (
        <p className="muted">
          Showing the first {rows.length} of {total.toLocaleString()} events; the Events view pages through all.
        </p>
      )}
    </div>
  );
}
