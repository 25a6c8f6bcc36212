import type { TimeRange } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';
import { useRequest } from '../../hooks/useRequest';
import { useOperator } from '../access/OperatorContext';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { RankedBulkOperation } from './RankedBulkOperation';
import { RANK, RankedReport } from './RankedReport';
import { bulkLeftOut } from './riskLeftOut';
import { RiskNumberField } from './RiskNumberField';
import { BULK_MIN_CLIENTS_FIELD, BULK_MIN_CLIENTS_RULE, DEFAULT_BULK_MIN_CLIENTS } from './bulkMinClients';
import { useLinkedNumber } from './useLinkedNumber';

interface BulkOperationsProps {
  /** The fewest clients the address asks for, else the default. */
  linked: number;
  /** Writes a minimum applied from the field to the address: `replace` while the typing goes on in the field. */
  onApply: (minClients: number, options: { replace: boolean }) => void;
  /** The period the page reads; none: all the logs. */
  timeRange: TimeRange | undefined;
}

/**
 * Bulk operations in the page's period (none: all the logs) over at least the clients the address asks for
 * (`linked`), else the default, the one that changed the most clients first.
 */
export function BulkOperations({ linked, onApply, timeRange }: BulkOperationsProps) {
  const api = useApi();
  const { zone } = useTimeZone();
  const field = useLinkedNumber(linked, BULK_MIN_CLIENTS_RULE, onApply, BULK_MIN_CLIENTS_FIELD);
  const minClients = field.value;
  const report = useRequest(
    () => api.riskBulkOperations({ minClients, ...(timeRange ? { timeRange } : {}) }),
    [api, minClients, timeRange],
  );
  const least = minClients.toLocaleString('en');
  const { permissions } = useOperator();
  const evidence = permissions.includes('cases:manage') || permissions.includes('export:run');
  return (
    <RankedReport
      id="risk-bulk"
      title="Bulk operations over many clients"
      ranking={`Operations that changed at least ${least} clients, the one that changed the most clients first, each client its bulk id names counted once, as the operation’s own page counts them.`}
      busy="Looking for bulk operations…"
      report={report}
      table="Bulk operations, largest first"
      empty={`No bulk operations over at least ${least} clients in this period.`}
      controls={
        <RiskNumberField
          id={BULK_MIN_CLIENTS_FIELD}
          label="Fewest clients per operation"
          rule={BULK_MIN_CLIENTS_RULE}
          page={100}
          size={7}
          text={field.text}
          onText={field.setText}
          applied={minClients}
          stillFor={`operations over at least ${minClients.toLocaleString('en')} clients${minClients === DEFAULT_BULK_MIN_CLIENTS ? ' (the default)' : ''}`}
          onFocus={field.onFocus}
        />
      }
      incomplete={bulkLeftOut}
      noun={['operation', 'operations']}
      columns={[
        RANK,
        { name: 'Operation', kind: 'text', key: (row) => row.bulkId },
        { name: 'Clients', kind: 'number', key: (row) => row.clients },
        { name: 'By', kind: 'text', key: (row) => row.actorName ?? row.actorId },
        { name: 'Started', kind: 'time', key: (row) => row.startedAt },
        'Fields',
        evidence && 'Evidence',
      ]}
      rows={(data) =>
        data.rows.map((row) => <RankedBulkOperation key={row.bulkId} row={row} zone={zone} evidence={evidence} />)
      }
    />
  );
}
