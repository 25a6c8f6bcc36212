import { ConsoleError } from '../../../shared/contract/errors';
import type { LogFamily } from '../../../shared/query/logQuery';
import type { ExportFile } from '../ExportFile';
import type { LocalTimeFormatter } from '../localTime';
import type { PlannedQuery } from '../planQueries';
import type { MatchBatch } from '../readMatches';
import { csvColumns, csvLine } from './csvColumns';
import { encodeLines } from './encodeLines';

export { EXPORT_EXTENSIONS } from '../../../shared/contract/exportChannels';

/** Turns batches of records into one export format, query after query. */
export interface FormatWriter {
  beginQuery(query: PlannedQuery): Promise<void>;
  write(batch: MatchBatch): Promise<void>;
  /** `hitCount`: what the source counted for the query, now all read. */
  endQuery(query: PlannedQuery, hitCount: number): Promise<void>;
  /** Writes what follows the records; answers the fingerprint of the key that signed, if any. */
  finish(): Promise<{ signerFingerprint: string | null }>;
  /** Cleans up after a failure (scratch files); the export file itself is discarded by its owner. */
  abort(): Promise<void>;
}

/** The one family of a CSV export's queries; a CSV cannot hold two families' columns. */
export function csvFamily(queries: readonly { family: LogFamily }[]): LogFamily {
  const family = queries[0]?.family ?? 'operational';
  if (queries.some((query) => query.family !== family)) {
    throw new ConsoleError(
      'BAD_REQUEST',
      'A CSV file holds the columns of one log family, and these queries read both operational and activity logs: ' +
        'choose NDJSON (each record whole, whatever its family) or an investigation bundle, or export each family on its own.',
      'queries',
    );
  }
  return family;
}

/** CSV (UTF-8, RFC 4180, CRLF): one header row, then one row per record; every query of one family. */
export function createCsvWriter(
  file: ExportFile,
  queries: readonly PlannedQuery[],
  local: LocalTimeFormatter,
): FormatWriter {
  const family = csvFamily(queries);
  const columns = csvColumns(family, local);
  let headerWritten = false;
  return {
    async beginQuery() {
      if (headerWritten) return;
      headerWritten = true;
      await file.write(Buffer.from(csvLine(columns.map((column) => column.header)), 'utf8'));
    },
    async write(batch) {
      const lines = batch.rows.map((row) => csvLine(columns.map((column) => column.value(row))));
      await file.write(encodeLines(lines, '').bytes);
    },
    endQuery: () => Promise.resolve(),
    finish: () => Promise.resolve({ signerFingerprint: null }),
    abort: () => Promise.resolve(),
  };
}

/** NDJSON: each record whole (nested metadata and before/after intact), one JSON object per line. */
export function createNdjsonWriter(file: ExportFile): FormatWriter {
  return {
    beginQuery: () => Promise.resolve(),
    async write(batch) {
      if (batch.rows.length === 0) return;
      await file.write(encodeLines(batch.rows.map((row) => JSON.stringify(row))).bytes);
    },
    endQuery: () => Promise.resolve(),
    finish: () => Promise.resolve({ signerFingerprint: null }),
    abort: () => Promise.resolve(),
  };
}
