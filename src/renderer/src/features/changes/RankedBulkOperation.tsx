import type { BulkOperationRow } from '../../../../shared/contract/riskChannels';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';
import { bulkEvents } from '../../../../shared/query/crossLinks';
import { formatTimestamp } from '../../format/formatTimestamp';
import { CellNames } from './CellNames';
import { BulkLink } from './changeLinks';
import { RiskPerson } from './RankedReport';
import { EvidenceActions } from './riskEvidence';
import { bulkRowName } from './riskRowNames';
import { RISK_TIME_CELL } from './riskTimeCell';

interface RankedBulkOperationProps {
  row: BulkOperationRow;
  zone: string;
  /** Whether the operator may pin or export the operation's events: the Evidence cell is shown. */
  evidence: boolean;
}

/**
 * One ranked bulk operation: its id opening its page, how many clients it changed (1,204, as every count in
 * the console reads), who, when and which fields.
 */
export function RankedBulkOperation({ row, zone, evidence }: RankedBulkOperationProps) {
  return (
    <tr aria-label={bulkRowName(row)}>
      <td>{row.rank}</td>
      <th scope="row">
        <BulkLink bulkId={row.bulkId} />
      </th>
      <td>{row.clients.toLocaleString('en')}</td>
      <td className="risk-person">
        <RiskPerson name={row.actorName} id={row.actorId} />
      </td>
      <td className={RISK_TIME_CELL}>{formatTimestamp(row.startedAt, zone)}</td>
      <td className="risk-fields">
        <CellNames names={row.changedFields} />
      </td>
      {evidence && (
        <td>
          {/* The label is read and kept as a pinned query's name: the query keeps the exact id. */}
          <EvidenceActions
            label={`Bulk operation ${showHiddenCharacters(row.bulkId)}`}
            query={bulkEvents(row.bulkId)}
          />
        </td>
      )}
    </tr>
  );
}
