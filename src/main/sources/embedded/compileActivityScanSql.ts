import type { DuckDBValue } from '@duckdb/node-api';
import type { ActorType, SourceApp } from '../../../shared/domain/clientActivity';
import {
  EVENT_NAME_LIMIT,
  MAX_SCAN_SIZE,
  type ActivityScan,
  type ScannedActivity,
} from '../../../shared/query/clientQueries';
import type { ActivityQuery } from '../../../shared/query/logQuery';
import { columnOf, scopeColumn, timeColumn } from './embeddedColumns';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import type { SqlStatement } from './compileToSql';
import { compileWhere, inList, type CompileContext } from './compileWhere';
import { SqlParams } from './SqlParams';

/** The columns a scanned event is read from, in the order readScannedRow expects. */
const SCANNED = ['id', 'sourceApp', 'actorType', 'actorId', 'actorName', 'eventName', 'metadata.ip', 'metadata.device'];

/**
 * A client's activity on (time, id) after a position, with the columns session grouping reads and,
 * for a scan with a match query, whether each event meets that query's filters and text.
 */
export function compileActivityScanSql(scan: ActivityScan, ctx: CompileContext): SqlStatement {
  const params = new SqlParams();
  const time = timeColumn('activity');
  const conditions = [`${scopeColumn('activity')} = ${params.add(scan.clientId)}`];
  if (ctx.scopeClientIds) conditions.push(inList(scopeColumn('activity'), ctx.scopeClientIds, params));
  if (scan.fromMs !== undefined) conditions.push(`${time} >= ${params.add(BigInt(scan.fromMs))}`);
  if (scan.toMs !== undefined) conditions.push(`${time} <= ${params.add(BigInt(scan.toMs))}`);
  if (scan.actorTypes) conditions.push(inList(columnOf('activity', 'actorType'), scan.actorTypes, params));
  const before = scan.direction === 'asc' ? '>' : '<';
  if (scan.after) {
    const at = params.add(BigInt(scan.after.atMs));
    conditions.push(
      `${time} ${before}= ${at} AND (${time} ${before} ${at} OR id ${before} ${params.add(scan.after.id)})`,
    );
  }
  const matched = scan.match ? compileWhere({ ...scan.match, timeRange: undefined }, ctx, params) : 'TRUE';
  const direction = scan.direction === 'asc' ? 'ASC' : 'DESC';
  const size = Math.min(Math.max(1, Math.floor(scan.size)), MAX_SCAN_SIZE);
  return {
    sql:
      `SELECT ${time}, ${SCANNED.map((field) => columnOf('activity', field)).join(', ')}, (${matched}) AS matched` +
      ` FROM ${EMBEDDED_SCHEMA.tables.activity} WHERE ${conditions.join(' AND ')}` +
      ` ORDER BY ${time} ${direction}, id ${direction} LIMIT ${size}`,
    params: params.values,
  };
}

const optional = (value: DuckDBValue | undefined) => (value === null || value === undefined ? null : String(value));

export function readScannedRow(row: readonly DuckDBValue[]): ScannedActivity {
  const [atMs, id, sourceApp, actorType, actorId, actorName, eventName, ip, device, matched] = row;
  return {
    id: String(id),
    atMs: Number(atMs),
    sourceApp: String(sourceApp) as SourceApp,
    actorType: String(actorType) as ActorType,
    actorId: optional(actorId),
    actorName: optional(actorName),
    eventName: String(eventName),
    ip: optional(ip),
    device: optional(device),
    matched: matched === true,
  };
}

/** Every event name among an activity query's matches, most frequent first, and the rest summed. */
export function compileEventNameCountsSql(query: ActivityQuery, ctx: CompileContext): SqlStatement {
  const params = new SqlParams();
  const where = compileWhere(query, ctx, params);
  const name = columnOf('activity', 'eventName');
  return {
    sql:
      `SELECT ${name}, count(*) AS n FROM ${EMBEDDED_SCHEMA.tables.activity} WHERE ${where}` +
      ` GROUP BY ${name} ORDER BY n DESC, ${name} ASC`,
    params: params.values,
  };
}

/** Counts beyond the listing limit are summed, as the cluster's `sum_other_doc_count` does. */
export function limitNameCounts(rows: readonly DuckDBValue[][]) {
  const all = rows.map(([value, count]) => ({ value: String(value), count: Number(count) }));
  return {
    buckets: all.slice(0, EVENT_NAME_LIMIT),
    otherCount: all.slice(EVENT_NAME_LIMIT).reduce((sum, bucket) => sum + bucket.count, 0),
  };
}
