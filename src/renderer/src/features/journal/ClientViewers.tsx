import { useState } from 'react';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useScrollsItself } from '../../hooks/useScrollsItself';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { journalRouteOf } from './journalRoute';

const counted = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;

/**
 * "Who looked at this client", from the operators' journal. Self-contained: give it a client id.
 * Roles that may not read the journal (main refuses them) get one line saying who may. An operator's name is
 * shown as recorded, each character that hides or reorders text by its name (⟨U+202E⟩). The operators fold
 * under one line (how many looked, how many looks) unless `openAtFirst`: a short window keeps the room for
 * the client's rows, as the client's facts do. A list longer than its box scrolls, and says so: the
 * keyboard reaches it (a Tab stop) to scroll it too.
 */
export function ClientViewers({ clientId, openAtFirst = true }: { clientId: string; openAtFirst?: boolean }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const viewers = useRequest(() => api.clientViewers({ clientId }), [api, clientId]);
  const [open, setOpen] = useState(openAtFirst);
  const [listRef, listScrollsItself] = useScrollsItself<HTMLUListElement>(viewers.data?.viewers);
  // Folded, the list shows nothing, so the one line that stands for it says nothing of scrolling.
  const listScrolls = open && listScrollsItself;
  // An operator scoped to some clients is told who looked at theirs, but not led to the whole journal.
  const mayReadJournal = useOperator().permissions.includes('journal:read');
  if (viewers.error?.code === 'FORBIDDEN') {
    // One line for roles that may not read the journal, so the client's own views stay near the top.
    return (
      <p className="muted client-viewers-note" role="note">
        Who looked at this client: only auditors and console admins see it.
      </p>
    );
  }
  const looked = viewers.data?.viewers ?? [];
  const looks = looked.reduce((sum, viewer) => sum + viewer.looks, 0);
  return (
    <section aria-labelledby="client-viewers-title" className="client-viewers">
      <h2 id="client-viewers-title">Who looked at this client</h2>
      {viewers.error && (
        <p className="error" role="note">
          {viewers.error.message}
        </p>
      )}
      {viewers.data && (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="muted">
            {looked.length === 0 ? 'Nobody yet' : `${counted(looked.length, 'operator')}, ${counted(looks, 'look')}`}
            {listScrolls && (
              <span id="client-viewers-scroll" className="client-scroll-cue">
                {' '}
                (the list scrolls)
              </span>
            )}
          </summary>
          {looked.length === 0 ? (
            <p>Nobody has looked at this client yet.</p>
          ) : (
            <ul
              ref={listRef}
              aria-label="Operators who looked at this client"
              tabIndex={listScrolls ? 0 : undefined}
              aria-describedby={listScrolls ? 'client-viewers-scroll' : undefined}
            >
              {looked.map((viewer) => (
                <li key={viewer.operatorId}>
                  {showHiddenCharacters(viewer.operatorName)} ({ROLE_LABELS[viewer.role]}): {viewer.looks} look
                  {viewer.looks === 1 ? '' : 's'}, last {formatTimestamp(viewer.lastAt, zone)}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            {viewers.data.notice}{' '}
            {mayReadJournal && <a href={`#${journalRouteOf({ clientId })}`}>Every journal line about this client</a>}
          </p>
        </details>
      )}
    </section>
  );
}
