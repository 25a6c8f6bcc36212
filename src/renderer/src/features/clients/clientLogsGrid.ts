import type { ColDef } from 'ag-grid-community';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import type { FacetField } from '../../../../shared/query/logSource';
import type { GridFamily } from '../logGrid/gridFamily';
import { OPERATIONAL_COLUMNS } from '../operationalLogs/operationalColumns';
import { OPERATIONAL_GRID } from '../operationalLogs/operationalGrid';

const column = (colId: string): ColDef<OperationalLog> => {
  const found = OPERATIONAL_COLUMNS.find((item) => item.colId === colId);
  if (!found) throw new Error(`No operational column ${colId}`);
  return { ...found, hide: false, sortable: true };
};

/**
 * A client's Logs tab, as the customer-logs guide lists its table: created at, user, action, related
 * operation, impacted table, source, app instance and request path, each sortable; searched by user
 * (the employee) or by impacted table. The operational family's calls and detail, other columns.
 */
export const CLIENT_LOGS_GRID: GridFamily<'operational'> = {
  ...OPERATIONAL_GRID,
  grid: 'clientLogs',
  path: '/clients',
  columns: [
    { ...column('created'), headerValueGetter: column('created').headerValueGetter },
    { ...column('employee.name'), headerName: 'User', width: 180 },
    column('action'),
    column('relatedOperation'),
    column('impactedTable'),
    { ...column('source'), headerName: 'Source (UI or API)', width: 150 },
    column('appInstance'),
    { ...column('requestPath'), flex: 1 },
  ],
  controls: [
    [{ kind: 'party', key: 'employeeId', suggest: 'employee' }],
    [{ kind: 'values', key: 'impactedTable' }],
    [{ kind: 'values', key: 'action' }],
    [
      { kind: 'values', key: 'source' },
      { kind: 'values', key: 'appInstance' },
    ],
  ],
  facetFields: ['action', 'impactedTable', 'source', 'appInstance'] satisfies FacetField[],
};
