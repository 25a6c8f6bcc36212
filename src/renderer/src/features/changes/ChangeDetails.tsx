import { useState } from 'react';
import type { ChangeView } from '../../../../shared/contract/changeChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ClientLink } from '../../components/ClientLink';
import { JsonTree } from '../../components/JsonTree';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { BulkLink, HistoryLink } from './changeLinks';
import { CopySideButton } from './CopySideButton';
import { DiffTable } from './DiffTable';
import { StarEvent } from './riskEvidence';
import { personWithId } from './changeText';

interface ChangeDetailsProps {
  view: ChangeView;
  inHistory?: boolean;
  /** Whether the unchanged values are listed, where the page keeps that choice (its address); else kept here. */
  unchanged?: { shown: boolean; show: (shown: boolean) => void };
}

/**
 * One event's change: who and when, then the diff, the names only, or why there is none. What the event
 * holds, and the sentences about it that quote its fields, show each hidden character by its name; the
 * copy buttons copy each side exactly. Within its target's edit history (`inHistory`) it offers no link to
 * the history already shown.
 */
export function ChangeDetails({ view, inHistory = false, unchanged }: ChangeDetailsProps) {
  const { zone } = useTimeZone();
  const [shownHere, setShownHere] = useState(false);
  const showUnchanged = unchanged ? unchanged.shown : shownHere;
  const setShowUnchanged = unchanged ? unchanged.show : setShownHere;
  const { event } = view;
  const target = event.change?.target;
  return (
    <div className="change-details">
      <dl className="change-facts">
        <dt>Event</dt>
        <dd>
          {showHiddenCharacters(event.eventName)} <span className="muted">({showHiddenCharacters(event.id)})</span>
        </dd>
        <dt>When</dt>
        <dd>{formatTimestamp(event.createdAt, zone)}</dd>
        <dt>By</dt>
        <dd>{personWithId(event.actorName, event.actorId, event.actorType)}</dd>
        <dt>Client</dt>
        <dd>
          <ClientLink clientId={event.clientId} name={view.clientName} />
          {view.clientName && <span className="muted"> ({showHiddenCharacters(event.clientId)})</span>}
        </dd>
        {target && (
          <>
            <dt>Target</dt>
            <dd>
              {showHiddenCharacters(`${target.type} ${target.id}`)}
              {!inHistory && (
                <>
                  {' '}
                  <HistoryLink targetType={target.type} targetId={target.id} eventId={event.id} />
                </>
              )}
            </dd>
          </>
        )}
        {event.change?.bulkId && (
          <>
            <dt>Bulk operation</dt>
            <dd>
              <BulkLink bulkId={event.change.bulkId} /> ({event.change.bulkSize ?? '?'} clients)
            </dd>
          </>
        )}
      </dl>
      <StarEvent eventId={event.id} summary={`${event.eventName} on client ${event.clientId}`} />
      {view.reason && (
        <p role="note" className="change-reason">
          {showHiddenCharacters(view.reason)}
        </p>
      )}
      {view.notes.map((note) => (
        <p key={note} role="note" className="change-note">
          {showHiddenCharacters(note)}
        </p>
      ))}
      {view.view === 'namesOnly' && (
        <ul aria-label="Changed fields">
          {view.changedFields.map((field) => (
            <li key={field}>{showHiddenCharacters(field)}</li>
          ))}
        </ul>
      )}
      {view.comparison && (
        <>
          <div className="toolbar">
            <label>
              <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />{' '}
              Show unchanged values
            </label>
            {/* Keyed by the event: a history stepped to another edit must not say "Before copied." of it. */}
            {view.copy && <CopySideButton key={`${event.id} before`} side="before" text={view.copy.before} />}
            {view.copy && <CopySideButton key={`${event.id} after`} side="after" text={view.copy.after} />}
          </div>
          <DiffTable comparison={view.comparison} showUnchanged={showUnchanged} />
        </>
      )}
      {view.view === 'noDiff' && (
        <section aria-label="Raw document">
          <h2>Raw document</h2>
          <JsonTree value={event} openDepth={3} />
        </section>
      )}
    </div>
  );
}
