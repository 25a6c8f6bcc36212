import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useTimeZone } from '../timeZone/TimeZoneContext';

/**
 * "Who looked at this client", from the operators' journal. Self-contained: give it a client id.
 * Roles that may not read the journal are told so by main's refusal.
 */
export function ClientViewers({ clientId }: { clientId: string }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const viewers = useRequest(() => api.clientViewers({ clientId }), [api, clientId]);
  return (
    <section aria-labelledby="client-viewers-title" className="client-viewers">
      <h2 id="client-viewers-title">Who looked at this client</h2>
      {viewers.error && (
        <p className={viewers.error.code === 'FORBIDDEN' ? 'muted' : 'error'} role="note">
          {viewers.error.code === 'FORBIDDEN'
            ? 'Only auditors and console admins see who looked at a client.'
            : viewers.error.message}
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
                  {viewer.operatorName} ({ROLE_LABELS[viewer.role]}): {viewer.looks} look
                  {viewer.looks === 1 ? '' : 's'}, last {formatTimestamp(viewer.lastAt, zone)}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{viewers.data.notice}</p>
        </>
      )}
    </section>
  );
}
