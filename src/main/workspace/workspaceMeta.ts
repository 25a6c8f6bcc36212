import type { DuckDBConnection } from '@duckdb/node-api';

/** What a workspace file says about itself, in its `meta` table of key/value rows. */
export interface WorkspaceMeta {
  /** The embedded schema version it was written with. */
  schemaVersion: number;
  /** 'demo' for a generated demo workspace. */
  label: string;
  /** ISO instant the workspace was built. */
  createdAt: string;
  seed: string;
  clients: number;
  days: number;
  /** Last UTC day the generated data covers (`YYYY-MM-DD`). */
  endDate: string;
  generatorVersion: number;
  operationalCount: number;
  activityCount: number;
}

/** Key/value rows, so a newer console adding keys leaves older readers able to read the version. */
const META_DDL = 'CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)';

const KEYS: Readonly<Record<keyof WorkspaceMeta, string>> = {
  schemaVersion: 'schema_version',
  label: 'label',
  createdAt: 'created_at',
  seed: 'seed',
  clients: 'clients',
  days: 'days',
  endDate: 'end_date',
  generatorVersion: 'generator_version',
  operationalCount: 'operational_count',
  activityCount: 'activity_count',
};

export async function writeWorkspaceMeta(connection: DuckDBConnection, meta: WorkspaceMeta): Promise<void> {
  await connection.run(META_DDL);
  const appender = await connection.createAppender('meta');
  try {
    for (const [field, key] of Object.entries(KEYS) as [keyof WorkspaceMeta, string][]) {
      appender.appendVarchar(key);
      appender.appendVarchar(String(meta[field]));
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

/**
 * Reads the meta rows; null when the file has no `meta` table (not a workspace). Keys this version
 * does not know are ignored; a missing one reads as empty, and the caller judges the result.
 */
export async function readWorkspaceMeta(connection: DuckDBConnection): Promise<Partial<WorkspaceMeta> | null> {
  const tables = await connection.runAndReadAll(
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'meta'",
  );
  if (Number(tables.getRows()[0]?.[0] ?? 0) === 0) return null;
  const values = new Map<string, string>();
  for (const [key, value] of (await connection.runAndReadAll('SELECT key, value FROM meta')).getRows()) {
    values.set(String(key), String(value));
  }
  const text = (field: keyof WorkspaceMeta) => values.get(KEYS[field]);
  const number = (field: keyof WorkspaceMeta) => {
    const value = Number(text(field));
    return Number.isFinite(value) ? value : undefined;
  };
  const meta: Partial<WorkspaceMeta> = {};
  const assign = <K extends keyof WorkspaceMeta>(field: K, value: WorkspaceMeta[K] | undefined) => {
    if (value !== undefined) meta[field] = value;
  };
  assign('schemaVersion', number('schemaVersion'));
  assign('label', text('label'));
  assign('createdAt', text('createdAt'));
  assign('seed', text('seed'));
  assign('clients', number('clients'));
  assign('days', number('days'));
  assign('endDate', text('endDate'));
  assign('generatorVersion', number('generatorVersion'));
  assign('operationalCount', number('operationalCount'));
  assign('activityCount', number('activityCount'));
  return meta;
}

/** The meta as a whole, or null when any field is missing (`readWorkspaceMeta` keeps only known keys). */
export function completeMeta(meta: Partial<WorkspaceMeta>): WorkspaceMeta | null {
  const fields = Object.keys(KEYS) as (keyof WorkspaceMeta)[];
  return fields.every((field) => meta[field] !== undefined) ? (meta as WorkspaceMeta) : null;
}
