import type { DuckDBValue } from '@duckdb/node-api';
import { readManagerChange, type ClientActivity } from '../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../shared/domain/operationalLog';
import type { LogFamily } from '../../../shared/query/logQuery';
import { withProfileNamesOnly } from '../../redaction/profileEdits';
import type { RedactionTally } from '../../redaction/redactionTally';
import { ROW_COLUMNS } from './embeddedSchema';

// Every row was written by loadDocuments from a domain document, so the mappers narrow the column values
// back to the domain types (enums included) without a second validation pass.

type Read = (field: string) => DuckDBValue;

const positions = (family: LogFamily) => new Map(ROW_COLUMNS[family].map(({ field }, index) => [field, index]));
const POSITIONS: Readonly<Record<LogFamily, ReadonlyMap<string, number>>> = {
  operational: positions('operational'),
  activity: positions('activity'),
};

/** Reads a page row (the columns of ROW_COLUMNS, in order) by our field name. */
function reader(family: LogFamily, row: readonly DuckDBValue[]): Read {
  return (field) => row[POSITIONS[family].get(field) ?? -1] ?? null;
}

const text = (value: DuckDBValue): string => String(value);
const optionalText = (value: DuckDBValue): string | null => (value === null ? null : String(value));
const isoTime = (value: DuckDBValue): string => new Date(Number(value)).toISOString();
const party = (id: DuckDBValue, name: DuckDBValue) =>
  id === null ? null : { id: text(id), name: name === null ? '' : text(name) };

export function operationalRowFrom(row: readonly DuckDBValue[]): OperationalLog {
  const read = reader('operational', row);
  return {
    id: text(read('id')),
    created: isoTime(read('created')),
    action: text(read('action')) as OperationalLog['action'],
    description: text(read('description')),
    client: party(read('client.id'), read('client.name')),
    employee: party(read('employee.id'), read('employee.name')),
    api: party(read('api.id'), read('api.name')),
    businessModel: text(read('businessModel')),
    subModel: optionalText(read('subModel')),
    origin: text(read('origin')) as OperationalLog['origin'],
    status: text(read('status')) as OperationalLog['status'],
    error: optionalText(read('error')),
    relatedOperation: optionalText(read('relatedOperation')),
    impactedTable: optionalText(read('impactedTable')),
    source: text(read('source')) as OperationalLog['source'],
    appInstance: text(read('appInstance')),
    requestPath: text(read('requestPath')),
  };
}

/** A client activity row; a profile edit read down to its names, what it left out counted in `tally` (see profileEdits). */
export function activityRowFrom(row: readonly DuckDBValue[], tally?: RedactionTally): ClientActivity {
  const read = reader('activity', row);
  const change = read('change');
  return withProfileNamesOnly(
    {
      id: text(read('id')),
      clientId: text(read('clientId')),
      actorType: text(read('actorType')) as ClientActivity['actorType'],
      actorId: optionalText(read('actorId')),
      actorName: optionalText(read('actorName')),
      sourceApp: text(read('sourceApp')) as ClientActivity['sourceApp'],
      eventName: text(read('eventName')),
      message: text(read('message')),
      metadata: JSON.parse(text(read('metadata'))) as ClientActivity['metadata'],
      createdAt: isoTime(read('createdAt')),
      ...readManagerChange(change === null ? null : JSON.parse(text(change))),
    },
    tally,
  );
}
