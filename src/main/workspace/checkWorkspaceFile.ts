import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { EMBEDDED_SCHEMA } from '../sources/embedded/embeddedSchema';
import type { FailedWorkspaceStatus } from './DemoWorkspaceStatus';
import { completeMeta, readWorkspaceMeta, type WorkspaceMeta } from './workspaceMeta';

export type WorkspaceCheck = { state: 'ok'; meta: WorkspaceMeta } | FailedWorkspaceStatus;

/**
 * Checks an opened file is a complete demo workspace this version can read: its meta names the demo
 * label and our schema version, and both tables hold the row counts the meta promises. Reading every
 * row once also verifies every block's checksum, so damage shows now, with the offer to reset, rather
 * than as a failed query later. Errors from DuckDB propagate for the caller to describe.
 */
export async function checkWorkspaceFile(instance: DuckDBInstance, path: string): Promise<WorkspaceCheck> {
  const connection = await instance.connect();
  try {
    return await check(connection, path);
  } finally {
    connection.closeSync();
  }
}

async function check(connection: DuckDBConnection, path: string): Promise<WorkspaceCheck> {
  const failed = (reason: FailedWorkspaceStatus['reason'], message: string): FailedWorkspaceStatus => ({
    state: 'failed',
    path,
    code: 'CORRUPT',
    reason,
    message,
    offerRecreate: true,
  });
  const damaged = failed('corrupt', `The demo workspace at ${path} is damaged; Reset recreates it.`);
  const meta = await readWorkspaceMeta(connection);
  if (!meta || meta.schemaVersion === undefined || meta.label !== 'demo') return damaged;
  if (meta.schemaVersion > EMBEDDED_SCHEMA.version) {
    return failed(
      'newer-version',
      `The demo workspace at ${path} was created by a newer version of Audit Console (format ${meta.schemaVersion}; ` +
        `this version reads format ${EMBEDDED_SCHEMA.version}). Update the console, or Reset to recreate it with this version.`,
    );
  }
  if (meta.schemaVersion < EMBEDDED_SCHEMA.version) {
    return failed(
      'older-version',
      `The demo workspace at ${path} was created by an older version of Audit Console; Reset recreates it with this version.`,
    );
  }
  const complete = completeMeta(meta);
  if (!complete) return damaged;
  const operational = await scanRows(connection, EMBEDDED_SCHEMA.tables.operational);
  const activity = await scanRows(connection, EMBEDDED_SCHEMA.tables.activity);
  if (operational !== complete.operationalCount || activity !== complete.activityCount) return damaged;
  return { state: 'ok', meta: complete };
}

/** Counts a table's rows while hashing every column, which reads (and checksums) every block. */
async function scanRows(connection: DuckDBConnection, table: string): Promise<number> {
  const reader = await connection.runAndReadAll(`SELECT count(*), bit_xor(hash(${table})) FROM ${table}`);
  return Number(reader.getRows()[0]?.[0] ?? -1);
}
