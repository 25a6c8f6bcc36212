import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { OperationalLog } from '../../../../shared/domain/operationalLog';
import { ClientLink } from '../../components/ClientLink';
import { formatTimestamp } from '../../format/formatTimestamp';
import { summarizeError } from '../../format/prettyError';
import { zoneIn } from '../logGrid/gridContext';
import { showHiddenInCells } from '../logGrid/showHiddenInCells';
import { showHiddenCharacters } from '../../../../shared/domain/hiddenCharacters';

type Row = OperationalLog | undefined;

function TypeCell({ data }: ICellRendererParams<OperationalLog>) {
  if (!data) return null;
  return (
    <span>
      {showHiddenCharacters(data.origin)}{' '}
      <span className={`badge badge-${data.status}`}>{showHiddenCharacters(data.status)}</span>
    </span>
  );
}

function ClientCell({ data }: ICellRendererParams<OperationalLog>) {
  return data?.client ? <ClientLink clientId={data.client.id} name={data.client.name || null} /> : null;
}

const party = (value: { id: string; name: string } | null | undefined) => (value ? value.name || value.id : '');

/**
 * Grid columns; `sortable` only where the cluster can sort (the date and keyword fields). Each cell shows
 * a hidden character by its name (showHiddenInCells).
 */
export const OPERATIONAL_COLUMNS: ColDef<OperationalLog>[] = showHiddenInCells<OperationalLog>([
  {
    colId: 'created',
    headerName: 'Created',
    // The header names the zone; each cell names the offset its own instant had there.
    headerValueGetter: ({ context }) => `Created (${zoneIn(context)})`,
    field: 'created',
    sortable: true,
    width: 230,
    valueFormatter: ({ value, context }) => (typeof value === 'string' ? formatTimestamp(value, zoneIn(context)) : ''),
  },
  { colId: 'action', headerName: 'Action', field: 'action', sortable: true, width: 110 },
  {
    colId: 'description',
    headerName: 'Description',
    field: 'description',
    flex: 2,
    minWidth: 220,
    tooltipField: 'description',
  },
  {
    colId: 'client.name',
    headerName: 'Client',
    sortable: true,
    width: 160,
    valueGetter: ({ data }: { data: Row }) => party(data?.client),
    cellRenderer: ClientCell,
  },
  {
    colId: 'employee.name',
    headerName: 'Employee',
    sortable: true,
    width: 160,
    valueGetter: ({ data }: { data: Row }) => party(data?.employee),
  },
  { colId: 'api', headerName: 'API', width: 140, valueGetter: ({ data }: { data: Row }) => party(data?.api) },
  { colId: 'businessModel', headerName: 'Business model', field: 'businessModel', sortable: true, width: 140 },
  { colId: 'subModel', headerName: 'Sub model', field: 'subModel', sortable: true, width: 130 },
  { colId: 'type', headerName: 'Type', width: 130, cellRenderer: TypeCell },
  {
    colId: 'error',
    headerName: 'Error',
    field: 'error',
    flex: 1,
    minWidth: 160,
    // One line as people write errors; the detail shows the whole of it.
    valueFormatter: ({ value }) => (typeof value === 'string' && value ? summarizeError(value) : ''),
    tooltipValueGetter: ({ valueFormatted }) => valueFormatted ?? '',
  },
  { colId: 'relatedOperation', headerName: 'Related operation', field: 'relatedOperation', hide: true, width: 160 },
  { colId: 'impactedTable', headerName: 'Impacted table', field: 'impactedTable', hide: true, width: 140 },
  { colId: 'source', headerName: 'Source', field: 'source', sortable: true, hide: true, width: 90 },
  { colId: 'appInstance', headerName: 'App instance', field: 'appInstance', sortable: true, hide: true, width: 140 },
  { colId: 'requestPath', headerName: 'Request path', field: 'requestPath', hide: true, width: 220 },
]);
