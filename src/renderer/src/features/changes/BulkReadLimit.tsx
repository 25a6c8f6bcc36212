import { rolesWith } from '../../../../shared/domain/roles';
import { bulkEvents } from '../../../../shared/query/crossLinks';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { useOperator } from '../access/OperatorContext';
import { EvidenceActions } from './riskEvidence';

/**
 * `<BulkReadLimit bulkId read events />`: said when a bulk operation's page holds only its first events:
 * what its tables cover, that the counts and people above cover every event, and how to see every event (an export,
 * which has no ceiling), with the export at hand when the operator's role may run one.
 */
export function BulkReadLimit({ bulkId, read, events }: { bulkId: string; read: number; events: number }) {
  const { permissions } = useOperator();
  const canExport = permissions.includes('export:run');
  const total = events.toLocaleString('en');
  return (
    <div role="note" aria-label="Only part of this operation is listed" className="change-note">
      <p>
        This page lists only the first {read.toLocaleString('en')} of the operation’s {total} events, oldest first: the
        fields and the clients listed here come from those. The counts of clients and events and the people named above
        cover all {total}.{' '}
        {canExport
          ? 'To review every event, export the operation: an export has no ceiling.'
          : `To review every event, ask someone whose role may export (${rolesWith('export:run', 'or')}) to export the operation: an export has no ceiling.`}
      </p>
      {canExport && (
        <EvidenceActions label={`Bulk operation ${showHiddenCharacters(bulkId)}`} query={bulkEvents(bulkId)} />
      )}
    </div>
  );
}
