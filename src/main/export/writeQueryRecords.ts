import { ConsoleError } from '../../shared/contract/errors';
import type { LogSource } from '../../shared/query/logSource';
import type { RedactionTally } from '../redaction/redactionTally';
import type { ExportProgress } from './ExportProgress';
import type { FormatWriter } from './formats/FormatWriter';
import type { PlannedQuery } from './planQueries';
import { readMatches } from './readMatches';
import { timeWindows } from './timeWindows';

export interface QueryRecordsRun {
  source: LogSource;
  planned: PlannedQuery;
  writer: FormatWriter;
  signal: AbortSignal;
  pageSize: number;
  tally: RedactionTally;
  progress: ExportProgress;
  /** How many rows the query matched when counted before the export began. */
  counted: number;
  /** Called as the reading counts the matches it will read (window by window). */
  onCount: (count: number) => void;
  /** Where the export file has got to, for the progress bar. */
  bytesWritten: () => number;
}

/**
 * Writes every record of one query, window after window of its time range (see `timeWindows`), and
 * answers how many there were. Every window is read to its end: what the source counted for it must be
 * what was written, and the windows together must hold every match counted before, or the export stops.
 */
export async function writeQueryRecords(run: QueryRecordsRun): Promise<number> {
  const { source, planned, writer, signal } = run;
  const scope = planned.scopeClientIds ? { scopeClientIds: planned.scopeClientIds } : {};
  // The embedded store pages by key in any order at no extra cost; the cluster sorts each page.
  const windows =
    source.kind === 'elasticsearch'
      ? await timeWindows(source, planned.query, { signal, ...scope }, run.counted)
      : [planned.query];
  let matched = 0;
  let written = 0;
  await writer.beginQuery(planned);
  for (const window of windows) {
    let windowMatched = 0;
    for await (const batch of readMatches(source, window, {
      signal,
      scopeClientIds: planned.scopeClientIds,
      pageSize: run.pageSize,
      tally: run.tally,
      onTotal: (total) => {
        windowMatched = total;
        run.onCount(matched + total);
      },
    })) {
      if (signal.aborted) return written;
      await writer.write(batch);
      written += batch.rows.length;
      run.progress.add(batch.rows.length, run.bytesWritten());
    }
    matched += windowMatched;
  }
  if (written !== matched || (windows.length > 1 && matched < run.counted)) {
    throw new ConsoleError(
      'UNAVAILABLE',
      `Query ${planned.number} matched ${Math.max(matched, run.counted).toLocaleString('en')} records but ${written.toLocaleString('en')} were read: the data changed while exporting. Nothing was kept; export again.`,
    );
  }
  await writer.endQuery(planned, matched);
  return written;
}
