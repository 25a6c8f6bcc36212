import type { BulkChangeSet, BulkMember } from '../../../../shared/contract/changeChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useApi } from '../../api/ApiContext';
import { ClientLink } from '../../components/ClientLink';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useRequest } from '../../hooks/useRequest';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { ChangeProblem } from './ChangeProblem';
import { declaredSizeText } from './declaredSizeText';
import { bulkPath, DiffLink } from './changeLinks';
import { IgnoredLinkParams } from './IgnoredLinkParams';
import { BulkReadLimit } from './BulkReadLimit';
import type { IgnoredParam } from '../logGrid/readRoute';
import { shortId } from '../../format/shortId';
import { personWithId, replacedValues, valueText } from './changeText';
import { ValueCell } from './ValueCell';
import { outliersText } from './bulkOutliersText';

/**
 * A member's client as the rest of the console shows one: "Name (id)", the name opening their page, the
 * id going under it whole rather than breaking. A client no log names is shown by the id alone, as the link.
 */
function MemberClient({ member }: { member: BulkMember }) {
  const link = <ClientLink clientId={member.clientId} name={member.clientName} />;
  if (!member.clientName) return <span className="bulk-client-id">{link}</span>;
  return (
    <>
      {link} <span className="muted bulk-client-id">({showHiddenCharacters(member.clientId)})</span>
    </>
  );
}

/** Who acted, each with their id, and how many more did past those listed: "A (m1), B (m2) and 3 others". */
function actorsText(actors: BulkChangeSet['actors'], others: number): string {
  const named = actors.map((actor) => personWithId(actor.name, actor.id)).join(', ');
  if (others === 0) return named;
  return `${named} and ${others.toLocaleString('en')} ${others === 1 ? 'other' : 'others'}`;
}

/**
 * `#/bulk/{bulkId}`: one bulk operation as one change set over its clients, odd members first. Its fields,
 * values, people and how a member differs come from the logs: each hidden character is shown by its name.
 * Any parameter its link holds is named as ignored.
 */
export function BulkPage({ bulkId, ignored }: { bulkId: string; ignored: readonly IgnoredParam[] }) {
  const api = useApi();
  const { zone } = useTimeZone();
  const set = useRequest(() => api.bulkChangeSet({ bulkId }), [api, bulkId]);
  const data = set.error ? null : set.data;
  const members = data
    ? [...data.members].sort((a, b) => Number(b.difference !== null) - Number(a.difference !== null))
    : [];
  return (
    <section aria-labelledby="bulk-title" className="page change-page">
      <h1 id="bulk-title" tabIndex={-1}>
        Bulk operation <bdi>{shortId(bulkId)}</bdi>
      </h1>
      <IgnoredLinkParams
        ignored={ignored}
        path={bulkPath(bulkId)}
        titleId="bulk-title"
        meanwhile="the page shows the bulk operation its address names"
        showing="the bulk operation"
      />
      {set.loading && <p role="status">Loading the change set…</p>}
      {set.error && <ChangeProblem error={set.error} what="This bulk operation" />}
      {data && (
        <>
          <p className="wrap-anywhere">
            {data.clients.toLocaleString('en')} clients in {data.events.toLocaleString('en')} events,{' '}
            {formatTimestamp(data.startedAt, zone)} to {formatTimestamp(data.endedAt, zone)}, by{' '}
            {actorsText(data.actors, data.otherActors)}
            {declaredSizeText(data.declaredSize)}.{' '}
            {outliersText(data.outliers, data.truncated ? data.members.length : null)}
          </p>
          {data.notes.map((note) => (
            <p key={note} role="note" className="change-note">
              {showHiddenCharacters(note)}
            </p>
          ))}
          {data.truncated && <BulkReadLimit bulkId={bulkId} read={data.members.length} events={data.events} />}
          <table className="diff-table bulk-fields" aria-label="Fields the operation changed">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">From (clients)</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {data.fields.map((field) => (
                <tr key={field.field}>
                  <th scope="row">{showHiddenCharacters(field.field)}</th>
                  <ValueCell text={replacedValues(field)} name={`${showHiddenCharacters(field.field)}, from`} />
                  <ValueCell
                    text={valueText(field.to, field.hidden)}
                    name={`${showHiddenCharacters(field.field)}, to`}
                  />
                </tr>
              ))}
            </tbody>
          </table>
          <table className="diff-table bulk-members" aria-label="Clients in the operation">
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">When</th>
                <th scope="col">Differs</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.eventId}>
                  <th scope="row">
                    <MemberClient member={member} />
                  </th>
                  <td>{formatTimestamp(member.createdAt, zone)}</td>
                  <ValueCell
                    text={member.difference === null ? 'no' : showHiddenCharacters(member.difference)}
                    name={`How ${personWithId(member.clientName, member.clientId)} differs`}
                  />
                  <td>
                    <DiffLink eventId={member.eventId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
