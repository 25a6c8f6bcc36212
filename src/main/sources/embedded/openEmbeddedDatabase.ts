import { DuckDBInstance } from '@duckdb/node-api';

export interface EmbeddedDatabaseOptions {
  /** Open without the right to write: no WAL, and several processes may read the file at once. */
  readOnly?: boolean;
  /** DuckDB worker threads; DuckDB's default (one per core) when absent. */
  threads?: number;
}

/**
 * Opens (or creates) a DuckDB database that can reach nothing outside itself: extensions are never
 * installed or loaded on demand (which would download them), and file access beyond the database file
 * (read_csv, COPY, ATTACH) is off. The settings are locked so no statement can turn them back on.
 * `path` ':memory:' gives an in-memory database.
 */
export async function openEmbeddedDatabase(
  path: string,
  options: EmbeddedDatabaseOptions = {},
): Promise<DuckDBInstance> {
  const settings: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    enable_external_access: 'false',
    lock_configuration: 'true',
  };
  if (options.readOnly) settings['access_mode'] = 'READ_ONLY';
  if (options.threads !== undefined) settings['threads'] = String(options.threads);
  return DuckDBInstance.create(path, settings);
}
