import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { journalRouteOf } from './journalRoute';

/**
 * "Who looked at this client", from the operators' journal. Self-contained: give it a client id.
 * Roles that may not read the journal (main refuses them) get one line saying who may. An operator's name is
 * shown as recorded, each character that hides or reorders text by its name (⟨U+202E⟩).
 */
export function ClientViewers({ clientId }: { clientId: string }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const viewers = useRequest(() => api.clientViewers({ clientId }), [api, clientId]);
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
  return (
    <section aria-labelledby="client-viewers-title" className="client-viewers">
      <h2 id="client-viewers-title">Who looked at this client</h2>
      {viewers.error && (
        <p className="error" role="note">
          {viewers.error.message}
        </p>
      )}
      {viewers.data && (
        <>
          {viewers.data.viewers.length === 0 ? (
            <p>Nobody has looked at this client yet.</p>
          ) : (
            <ul aria-label="Operators who looked at this client">
              {viewers.data.viewers.map((viewer) => (
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
        </>
      )}
    </section>
  );
}
