/**
 * Cross-links between the two log families, around one row: `<ActivityAround row />` (an operational
 * row: this client's activity within ± N minutes) and `<OperationsAround event />` (an activity event:
 * the same client's operational logs around it, the manager's own for a manager event, and the entity
 * the manager touched). N is the operator's, plain whole minutes only, refused next to its field with no
 * link made while it is anything else; each link opens a view whose chips say exactly which client,
 * employee and minutes it shows.
 */
import { useId, useState } from 'react';
import type { ClientActivity } from '../../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import {
  clientActivityAround,
  DEFAULT_CROSS_LINK_MINUTES,
  operationsAround,
} from '../../../../shared/query/crossLinks';
import { WholeNumberInput } from '../../components/WholeNumberInput';
import { BulkLink, DiffLink, HistoryLink } from '../changes/changeLinks';
import { clientTabRoute, logsRoute } from '../logGrid/queryLinks';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { readWindowMinutes, WINDOW_MINUTES } from './minuteFields';

/** The ± minutes field and its value once valid (null while it is not). */
function useWindowMinutes() {
  const [text, setText] = useState(String(DEFAULT_CROSS_LINK_MINUTES));
  const id = useId();
  const read = readWindowMinutes(text);
  const field = (
    <div className="cross-window">
      <label htmlFor={id}>Window ± minutes</label>{' '}
      <WholeNumberInput
        id={id}
        text={text}
        onText={setText}
        read={read}
        rule={WINDOW_MINUTES}
        fallback={DEFAULT_CROSS_LINK_MINUTES}
        page={60}
        errorId={`${id}-error`}
      />
      {'problem' in read && (
        <p id={`${id}-error`} className="query-error" role="alert">
          {read.problem}
        </p>
      )}
    </div>
  );
  return { minutes: 'value' in read ? read.value : null, field };
}

export function ActivityAround({ row }: { row: OperationalLog }) {
  const { minutes, field } = useWindowMinutes();
  const client = row.client;
  if (!client) return null;
  const query = minutes ? clientActivityAround({ clientId: client.id, created: row.created }, minutes) : null;
  const href = query ? `#${clientTabRoute(client.id, query)}` : undefined;
  return (
    <section aria-label="Cross-links">
      <h3>Around this log</h3>
      {field}
      {href ? (
        <a href={href}>
          Activity of {showHiddenCharacters(client.name || client.id)} within ± {minutes} minutes
        </a>
      ) : (
        <span className="muted">Fix the window to follow the link.</span>
      )}
    </section>
  );
}

export function OperationsAround({ event }: { event: ClientActivity }) {
  const { minutes, field } = useWindowMinutes();
  const around = minutes ? operationsAround(event, minutes) : null;
  const change = event.change;
  return (
    <section aria-label="Cross-links">
      <h3>Around this event</h3>
      {field}
      {around ? (
        <ul className="cross-links">
          <li>
            <a href={`#${logsRoute(around.client)}`}>Operational logs of this client within ± {minutes} minutes</a>
          </li>
          {around.employee && (
            <li>
              <a href={`#${logsRoute(around.employee)}`}>
                Operational logs of {showHiddenCharacters(event.actorName ?? event.actorId ?? '')} within ± {minutes}{' '}
                minutes
              </a>
            </li>
          )}
        </ul>
      ) : (
        <span className="muted">Fix the window to follow the links.</span>
      )}
      {change && (
        <ul className="cross-links">
          <li>
            <DiffLink eventId={event.id} />
          </li>
          <li>
            <HistoryLink targetType={change.target.type} targetId={change.target.id} eventId={event.id}>
              Edit history of {showHiddenCharacters(`${change.target.type} ${change.target.id}`)}
            </HistoryLink>
          </li>
          {change.bulkId && (
            <li>
              <BulkLink bulkId={change.bulkId}>Bulk operation {showHiddenCharacters(change.bulkId)}</BulkLink>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
