import { createHash, hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { BundleEntry } from './bundleIndex';
import { LineReader, readLineAt } from './LineReader';
import { RecordAligner, type RecordFinding } from './RecordAligner';

export interface NamedFinding {
  kind: RecordFinding['kind'];
  position: number;
  id: string | null;
}

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
  /** The first altered, missing or added records, named; `moreFindings` counts the rest. */
  findings: NamedFinding[];
  moreFindings: number;
}

/** Keeps the reading of one side at most this far ahead of the other. */
const QUEUE_LIMIT = 40_000;

function idOfHashLine(line: Buffer): string | null {
  try {
    const id = JSON.parse(line.toString('utf8', 65)) as unknown;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

function idOfRecordLine(line: Buffer): string | null {
  try {
    const parsed = JSON.parse(line.toString('utf8')) as { record?: { id?: unknown } };
    return typeof parsed.record?.id === 'string' ? parsed.record.id : null;
  } catch {
    return null;
  }
}

/** Names a finding by the id its promised hash list line gives, else by the id in the line found. */
async function name(handle: FileHandle, finding: RecordFinding, records: BundleEntry, hashes: BundleEntry) {
  const promised =
    finding.expectedOffset === undefined
      ? null
      : idOfHashLine(await readLineAt(handle, finding.expectedOffset, hashes.contentAt + hashes.size));
  const found =
    promised !== null || finding.foundOffset === undefined
      ? null
      : idOfRecordLine(await readLineAt(handle, finding.foundOffset, records.contentAt + records.size));
  return { kind: finding.kind, position: finding.position, id: promised ?? found };
}

/**
 * One pass over a query's records and its hash list at once: both files' SHA-256, each record's hash
 * against the one promised for it, and the hash of the result set as found. The first `maxFindings`
 * altered, missing or added records are named (by position and id) once the pass is done.
 */
export async function checkRecords(
  handle: FileHandle,
  records: BundleEntry,
  hashes: BundleEntry,
  maxFindings: number,
): Promise<RecordsCheck> {
  const recordLines = new LineReader(handle, records.contentAt, records.size);
  // A hash list line is a seventh of a record line: read it in smaller chunks to keep the two in step.
  const hashLines = new LineReader(handle, hashes.contentAt, hashes.size, 512 * 1024);
  const resultSet = createHash('sha256');
  const findings: RecordFinding[] = [];
  let moreFindings = 0;
  const aligner = new RecordAligner((finding) => {
    if (findings.length < maxFindings) findings.push(finding);
    else moreFindings += 1;
  });
  let found = 0;
  let promised = 0;
  while (!recordLines.done || !hashLines.done) {
    if (!hashLines.done && aligner.expectedQueued <= aligner.foundQueued + QUEUE_LIMIT / 2) {
      const { lines, offsets } = await hashLines.nextBatch();
      promised += lines.length;
      lines.forEach((line, index) => aligner.pushExpected(line.toString('latin1', 0, 64), offsets[index] ?? 0));
    }
    if (!recordLines.done && (aligner.foundQueued <= aligner.expectedQueued + QUEUE_LIMIT / 2 || hashLines.done)) {
      const { lines, offsets } = await recordLines.nextBatch();
      found += lines.length;
      const digests: string[] = [];
      lines.forEach((line, index) => {
        const digest = hash('sha256', line, 'hex');
        digests.push(digest);
        aligner.pushFound(digest, offsets[index] ?? 0);
      });
      if (digests.length > 0) resultSet.update(`${digests.join('\n')}\n`);
    }
    aligner.drain(hashLines.done, recordLines.done);
  }
  aligner.drain(true, true);
  const named: NamedFinding[] = [];
  for (const finding of findings) named.push(await name(handle, finding, records, hashes));
  return {
    recordsSha256: recordLines.fileHash.digest('hex'),
    hashesSha256: hashLines.fileHash.digest('hex'),
    found,
    promised,
    matched: aligner.matched,
    resultSetSha256: resultSet.digest('hex'),
    findings: named,
    moreFindings,
  };
}
