import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { CLIENT_MANAGER_LIMIT } from '../../../shared/domain/clientDirectory';
import type { ClientFacts, FamilyFacts, ValueCount } from '../../../shared/query/clientQueries';
import type { LogFamily, TimeRange } from '../../../shared/query/logQuery';
import { resolveTimeRange } from '../../../shared/query/timeRange';
import { columnOf, scopeColumn, timeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import { inList } from './compileWhere';
import { SqlParams } from './SqlParams';

interface Where {
  /** The client's rows of the family, within the scope: placeholders of the first `clientValues`. */
  client: string;
  clientValues: DuckDBValue[];
  /** The same, within the time range too: placeholders of all `values`. */
  inRange: string;
  values: DuckDBValue[];
}

function whereFor(
  family: LogFamily,
  clientId: string,
  timeRange: TimeRange | undefined,
  nowMs: number,
  scopeClientIds: readonly string[] | null,
): Where {
  const params = new SqlParams();
  const conditions = [`${scopeColumn(family)} = ${params.add(clientId)}`];
  if (scopeClientIds) conditions.push(inList(scopeColumn(family), scopeClientIds, params));
  const client = conditions.join(' AND ');
  const clientValues = [...params.values];
  const range = resolveTimeRange(timeRange, nowMs);
  const time = timeColumn(family);
  const bounds = [client];
  if (range.fromMs !== undefined) bounds.push(`${time} >= ${params.add(BigInt(range.fromMs))}`);
  if (range.toMs !== undefined) bounds.push(`${time} <= ${params.add(BigInt(range.toMs))}`);
  return { client, clientValues, inRange: bounds.join(' AND '), values: params.values };
}

/** Runs a statement over the client's rows (`inRange` false) or those in the range too. */
async function rowsOf(
  connection: DuckDBConnection,
  sql: string,
  where: Where,
  inRange = true,
): Promise<DuckDBValue[][]> {
  return (await connection.runAndReadAll(sql, inRange ? where.values : where.clientValues)).getRows();
}

const msOrNull = (value: DuckDBValue | undefined) => (value === null || value === undefined ? null : Number(value));

async function familyFacts(connection: DuckDBConnection, family: LogFamily, where: Where): Promise<FamilyFacts> {
  const table = EMBEDDED_SCHEMA.tables[family];
  const time = timeColumn(family);
  const [row] = await rowsOf(
    connection,
    `SELECT count(*) FILTER (WHERE ${where.inRange}), min(${time}) FILTER (WHERE ${where.inRange}),` +
      ` max(${time}) FILTER (WHERE ${where.inRange}), min(${time}), max(${time}) FROM ${table} WHERE ${where.client}`,
    where,
  );
  return {
    count: Number(row?.[0] ?? 0),
    firstMs: msOrNull(row?.[1]),
    lastMs: msOrNull(row?.[2]),
    overallFirstMs: msOrNull(row?.[3]),
    overallLastMs: msOrNull(row?.[4]),
  };
}

/** The most frequent non-missing value of a column among the client's rows (ties: code-unit order). */
async function topOf(connection: DuckDBConnection, family: LogFamily, column: string, where: Where) {
  const [row] = await rowsOf(
    connection,
    `SELECT ${column} FROM ${EMBEDDED_SCHEMA.tables[family]} WHERE ${where.client} AND ${column} IS NOT NULL` +
      ` GROUP BY ${column} ORDER BY count(*) DESC, ${column} ASC LIMIT 1`,
    where,
    false,
  );
  return row?.[0] === undefined || row[0] === null ? null : String(row[0]);
}

async function countsOf(connection: DuckDBConnection, column: string, where: Where): Promise<ValueCount[]> {
  const rows = await rowsOf(
    connection,
    `SELECT ${column}, count(*) AS n FROM ${EMBEDDED_SCHEMA.tables.activity} WHERE ${where.inRange}` +
      ` AND ${column} IS NOT NULL GROUP BY ${column} ORDER BY n DESC, ${column} ASC`,
    where,
  );
  return rows.map(([value, count]) => ({ value: String(value), count: Number(count) }));
}

/** The managers who acted on the client in the range, most events first, each with their most logged name. */
async function managersOf(connection: DuckDBConnection, where: Where) {
  const actorId = columnOf('activity', 'actorId');
  const actorName = columnOf('activity', 'actorName');
  const rows = await rowsOf(
    connection,
    `WITH acts AS (SELECT ${actorId}, ${actorName} FROM ${EMBEDDED_SCHEMA.tables.activity} WHERE ${where.inRange}` +
      ` AND ${columnOf('activity', 'actorType')} = 'manager' AND ${actorId} IS NOT NULL)` +
      ` SELECT ${actorId}, count(*) AS n, (SELECT ${actorName} FROM acts AS named WHERE named.${actorId} = acts.${actorId}` +
      ` AND ${actorName} IS NOT NULL GROUP BY ${actorName} ORDER BY count(*) DESC, ${actorName} ASC LIMIT 1)` +
      ` FROM acts GROUP BY ${actorId} ORDER BY n DESC, ${actorId} ASC`,
    where,
  );
  const managers = rows.map(([id, count, name]) => ({
    id: String(id),
    name: name === null || name === undefined ? null : String(name),
    count: Number(count),
  }));
  const shown = managers.slice(0, CLIENT_MANAGER_LIMIT);
  const otherManagers = managers.slice(CLIENT_MANAGER_LIMIT).reduce((sum, manager) => sum + manager.count, 0);
  return { managers: shown, otherManagers };
}

/** The header facts of one client, as the cluster's two aggregation requests give them. */
export async function readClientFactsSql(
  connection: DuckDBConnection,
  clientId: string,
  timeRange: TimeRange | undefined,
  nowMs: number,
  scopeClientIds: readonly string[] | null,
): Promise<ClientFacts> {
  const ops = whereFor('operational', clientId, timeRange, nowMs, scopeClientIds);
  const act = whereFor('activity', clientId, timeRange, nowMs, scopeClientIds);
  return {
    name: await topOf(connection, 'operational', columnOf('operational', 'client.name'), ops),
    email: await topOf(connection, 'activity', columnOf('activity', 'metadata.email'), act),
    operational: await familyFacts(connection, 'operational', ops),
    activity: {
      ...(await familyFacts(connection, 'activity', act)),
      sourceApps: await countsOf(connection, columnOf('activity', 'sourceApp'), act),
      actorTypes: await countsOf(connection, columnOf('activity', 'actorType'), act),
      ...(await managersOf(connection, act)),
    },
  };
}
