import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { clientSearchText } from '../../../shared/domain/clientDirectory';
import {
  CANDIDATE_LIMIT,
  type ClientCandidates,
  type ClientDetails,
  type ClientName,
} from '../../../shared/query/clientQueries';
import type { LogFamily } from '../../../shared/query/logQuery';
import { columnOf, scopeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import { inList } from './compileWhere';
import { SqlParams } from './SqlParams';

const OPS = EMBEDDED_SCHEMA.tables.operational;
const ACTIVITY = EMBEDDED_SCHEMA.tables.activity;

function scope(family: LogFamily, params: SqlParams, scopeClientIds: readonly string[] | null): string {
  return scopeClientIds ? ` AND ${inList(scopeColumn(family), scopeClientIds, params)}` : '';
}

/** Holds the text anywhere, ignoring case (the cluster's case-insensitive wildcard). */
const holds = (column: string, needle: string) => `contains(lower(${column}), lower(${needle}))`;

/**
 * Per group key, its most frequent non-missing value (ties: the first in code-unit order), as a terms
 * aggregation's one-bucket sub-aggregation picks it.
 */
function topValue(source: string, key: string, value: string): string {
  return (
    `(SELECT ${value} FROM ${source} AS inner_rows WHERE inner_rows.${key} = outer_rows.${key} AND ${value} IS NOT NULL` +
    ` GROUP BY ${value} ORDER BY count(*) DESC, ${value} ASC LIMIT 1)`
  );
}

async function rows(connection: DuckDBConnection, sql: string, params: SqlParams): Promise<DuckDBValue[][]> {
  return (await connection.runAndReadAll(sql, params.values)).getRows();
}

const optionalText = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** The three lookups of the cluster, in SQL: parties by id or name, activity by client id, by e-mail. */
export async function findClientCandidates(
  connection: DuckDBConnection,
  text: string,
  scopeClientIds: readonly string[] | null,
): Promise<ClientCandidates> {
  const partyId = columnOf('operational', 'client.id');
  const partyName = columnOf('operational', 'client.name');
  const clientId = columnOf('activity', 'clientId');
  const email = columnOf('activity', 'metadata.email');
  const lowered = clientSearchText(text);

  const party = new SqlParams();
  const partyNeedle = party.add(lowered);
  const parties = await rows(
    connection,
    `WITH matches AS (SELECT ${partyId}, ${partyName} FROM ${OPS} WHERE ${partyId} IS NOT NULL` +
      ` AND (${holds(partyName, partyNeedle)} OR ${holds(partyId, partyNeedle)})${scope('operational', party, scopeClientIds)})` +
      ` SELECT ${partyId}, count(*) AS n, ${topValue('matches', partyId, partyName)} FROM matches AS outer_rows` +
      ` GROUP BY ${partyId} ORDER BY n DESC, ${partyId} ASC LIMIT ${CANDIDATE_LIMIT}`,
    party,
  );

  const byId = new SqlParams();
  const activityIds = await rows(
    connection,
    `SELECT ${clientId}, count(*) AS n FROM ${ACTIVITY} WHERE ${holds(clientId, byId.add(lowered))}` +
      `${scope('activity', byId, scopeClientIds)} GROUP BY ${clientId} ORDER BY n DESC, ${clientId} ASC LIMIT ${CANDIDATE_LIMIT}`,
    byId,
  );

  const byEmail = new SqlParams();
  const emails = await rows(
    connection,
    `WITH matches AS (SELECT ${email}, ${clientId} FROM ${ACTIVITY} WHERE ${email} IS NOT NULL` +
      ` AND ${holds(email, byEmail.add(lowered))}${scope('activity', byEmail, scopeClientIds)})` +
      ` SELECT ${email}, count(*) AS n, ${topValue('matches', email, clientId)} FROM matches AS outer_rows` +
      ` GROUP BY ${email} ORDER BY n DESC, ${email} ASC LIMIT ${CANDIDATE_LIMIT}`,
    byEmail,
  );

  return {
    parties: parties.map(([id, count, name]) => ({ id: String(id), name: optionalText(name), count: Number(count) })),
    activityIds: activityIds.map(([id, count]) => ({ id: String(id), count: Number(count) })),
    emails: emails.flatMap(([address, count, id]) =>
      id === null || id === undefined ? [] : [{ id: String(id), email: String(address), count: Number(count) }],
    ),
  };
}

/** Per client id (of those given) in the operational logs: its count of logs and most frequent name. */
async function partyRows(
  connection: DuckDBConnection,
  ids: readonly string[],
  scopeClientIds: readonly string[] | null,
): Promise<Map<string, DuckDBValue[]>> {
  const partyId = columnOf('operational', 'client.id');
  const partyName = columnOf('operational', 'client.name');
  const ops = new SqlParams();
  const names = await rows(
    connection,
    `WITH matches AS (SELECT ${partyId}, ${partyName} FROM ${OPS} WHERE ${inList(partyId, ids, ops)}` +
      `${scope('operational', ops, scopeClientIds)}) SELECT ${partyId}, count(*), ${topValue('matches', partyId, partyName)}` +
      ` FROM matches AS outer_rows GROUP BY ${partyId}`,
    ops,
  );
  return new Map(names.map((row) => [String(row[0]), row]));
}

/** Each client's most frequent name in the operational logs, in the order given (the cluster's terms). */
export async function findClientNames(
  connection: DuckDBConnection,
  ids: readonly string[],
  scopeClientIds: readonly string[] | null,
): Promise<ClientName[]> {
  const partyOf = await partyRows(connection, ids, scopeClientIds);
  return ids.map((id) => ({ id, name: optionalText(partyOf.get(id)?.[2]) }));
}

/** Each candidate's most frequent name and e-mail, and how many logs of both families name them. */
export async function findClientDetails(
  connection: DuckDBConnection,
  ids: readonly string[],
  scopeClientIds: readonly string[] | null,
): Promise<ClientDetails[]> {
  const clientId = columnOf('activity', 'clientId');
  const email = columnOf('activity', 'metadata.email');
  const partyOf = await partyRows(connection, ids, scopeClientIds);
  const act = new SqlParams();
  const emails = await rows(
    connection,
    `WITH matches AS (SELECT ${clientId}, ${email} FROM ${ACTIVITY} WHERE ${inList(clientId, ids, act)}` +
      `${scope('activity', act, scopeClientIds)}) SELECT ${clientId}, count(*), ${topValue('matches', clientId, email)}` +
      ` FROM matches AS outer_rows GROUP BY ${clientId}`,
    act,
  );
  const clientOf = new Map(emails.map((row) => [String(row[0]), row]));
  return ids.map((id) => {
    const party = partyOf.get(id);
    const client = clientOf.get(id);
    return {
      id,
      name: optionalText(party?.[2]),
      email: optionalText(client?.[2]),
      count: Number(party?.[1] ?? 0) + Number(client?.[1] ?? 0),
    };
  });
}
