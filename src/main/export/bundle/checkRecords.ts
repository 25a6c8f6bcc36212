import { createHash, hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { BundleEntry } from './bundleIndex';
import { LineReader } from './LineReader';
import { RecordAligner, type RecordFinding } from './RecordAligner';

export interface RecordsCheck {
  /** SHA-256 of the records file and of its hash list, as stored. */
  recordsSha256: string;
  hashesSha256: string;
  /** Lines in the records file. */
  found: number;
  /** Entries in the hash list. */
  promised: number;
  matched: number;
  /** SHA-256 over the found records' hashes in order (hex, one per line): what `resultSetSha256` must equal. */
  resultSetSha256: string;
}

/** Keeps the reading of one side at most this far ahead of the other. */
const QUEUE_LIMIT = 40_000;

/**
 * One pass over a query's records and its hash list at once: both files' SHA-256, each record's hash
 * against the one promised for it (naming each altered, missing or added record through `report`),
 * and the hash of the result set as found.
 */
export async function checkRecords(
  handle: FileHandle,
  records: BundleEntry,
  hashes: BundleEntry,
  report: (finding: RecordFinding) => void,
): Promise<RecordsCheck> {
  const recordLines = new LineReader(handle, records.contentAt, records.size);
  const hashLines = new LineReader(handle, hashes.contentAt, hashes.size);
  const resultSet = createHash('sha256');
  const aligner = new RecordAligner(report);
  let found = 0;
  let promised = 0;
  while (!recordLines.done || !hashLines.done) {
    if (!hashLines.done && aligner.expectedQueued <= aligner.foundQueued + QUEUE_LIMIT / 2) {
      const batch = await hashLines.nextBatch();
      promised += batch.length;
      for (const line of batch) aligner.pushExpected(line.toString('latin1', 0, 64), line);
    }
    if (!recordLines.done && (aligner.foundQueued <= aligner.expectedQueued + QUEUE_LIMIT / 2 || hashLines.done)) {
      const batch = await recordLines.nextBatch();
      found += batch.length;
      const digests: string[] = [];
      for (const line of batch) {
        const digest = hash('sha256', line, 'hex');
        digests.push(digest);
        aligner.pushFound(digest, line);
      }
      if (digests.length > 0) resultSet.update(`${digests.join('\n')}\n`);
    }
    aligner.drain(hashLines.done, recordLines.done);
  }
  aligner.drain(true, true);
  return {
    recordsSha256: recordLines.fileHash.digest('hex'),
    hashesSha256: hashLines.fileHash.digest('hex'),
    found,
    promised,
    matched: aligner.matched,
    resultSetSha256: resultSet.digest('hex'),
  };
}
