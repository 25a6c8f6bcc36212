import type { DuckDBConnection } from '@duckdb/node-api';
import { EMBEDDED_SCHEMA } from './embeddedSchema';
import { loadDocuments, orderTablesByTime, type LoadCounts, type LoadOptions, type LogDocument } from './loadDocuments';

/** Creates the log tables in an empty database, loads the documents and orders the tables newest first. */
export async function fillEmbeddedDatabase(
  connection: DuckDBConnection,
  documents: Iterable<LogDocument> | AsyncIterable<LogDocument>,
  options: LoadOptions = {},
): Promise<LoadCounts> {
  for (const statement of EMBEDDED_SCHEMA.ddl) await connection.run(statement);
  const counts = await loadDocuments(connection, documents, options);
  await orderTablesByTime(connection);
  return counts;
}
