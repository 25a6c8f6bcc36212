import type { DuckDBValue } from '@duckdb/node-api';
import type { ClientActivity } from '../../../shared/domain/clientActivity';
import type { OperationalLog } from '../../../shared/domain/operationalLog';

// Every row was written by loadDocuments from a domain document, so the mappers narrow the column values
// back to the domain types (enums included) without a second validation pass.

const text = (value: DuckDBValue): string => String(value);
const optionalText = (value: DuckDBValue): string | null => (value === null ? null : String(value));
const isoTime = (value: DuckDBValue): string => new Date(Number(value)).toISOString();
const party = (id: DuckDBValue, name: DuckDBValue) =>
  id === null ? null : { id: text(id), name: name === null ? '' : text(name) };

/** Rebuilds an operational log from the columns of OPERATIONAL_ROW_COLUMNS. */
export function operationalRowFrom(row: readonly DuckDBValue[]): OperationalLog {
  const [id, created, action, description, clientId, clientName, employeeId, employeeName, apiId, apiName, ...rest] =
    row;
  const [
    businessModel,
    subModel,
    origin,
    status,
    error,
    relatedOperation,
    impactedTable,
    source,
    appInstance,
    requestPath,
  ] = rest;
  return {
    id: text(id ?? null),
    created: isoTime(created ?? null),
    action: text(action ?? null) as OperationalLog['action'],
    description: text(description ?? null),
    client: party(clientId ?? null, clientName ?? null),
    employee: party(employeeId ?? null, employeeName ?? null),
    api: party(apiId ?? null, apiName ?? null),
    businessModel: text(businessModel ?? null),
    subModel: optionalText(subModel ?? null),
    origin: text(origin ?? null) as OperationalLog['origin'],
    status: text(status ?? null) as OperationalLog['status'],
    error: optionalText(error ?? null),
    relatedOperation: optionalText(relatedOperation ?? null),
    impactedTable: optionalText(impactedTable ?? null),
    source: text(source ?? null) as OperationalLog['source'],
    appInstance: text(appInstance ?? null),
    requestPath: text(requestPath ?? null),
  };
}

/** Rebuilds a client activity event from the columns of ACTIVITY_ROW_COLUMNS. */
export function activityRowFrom(row: readonly DuckDBValue[]): ClientActivity {
  const [id, created, clientId, actorType, actorId, actorName, sourceApp, eventName, message, metadata, change] = row;
  return {
    id: text(id ?? null),
    clientId: text(clientId ?? null),
    actorType: text(actorType ?? null) as ClientActivity['actorType'],
    actorId: optionalText(actorId ?? null),
    actorName: optionalText(actorName ?? null),
    sourceApp: text(sourceApp ?? null) as ClientActivity['sourceApp'],
    eventName: text(eventName ?? null),
    message: text(message ?? null),
    metadata: JSON.parse(text(metadata ?? null)) as ClientActivity['metadata'],
    createdAt: isoTime(created ?? null),
    change: change === null || change === undefined ? null : (JSON.parse(text(change)) as ClientActivity['change']),
  };
}
