import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConsoleError } from '../../shared/contract/errors';
import { JOURNAL_INDEX } from '../../shared/domain/journal';
import type { ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';

/** How many line numbers held twice are named; the count says how many there are in all. */
const NAMED_REPEATS = 10;

/** What the cluster's journal index holds of one workstation's chain. */
export interface ClusterCopy {
  /** Its highest-numbered line; null when it holds none of this workstation's lines. */
  last: { seq: number; id: string } | null;
  /** Copies held, every line number counted once per copy. */
  copies: number;
  /** Line numbers held more than once (each copy is keyed by its line's id), the first few. */
  repeated: number[];
}

interface CopyHit {
  _source?: { seq?: unknown; id?: unknown };
}

/**
 * Reads what the cluster's journal index holds of `workstation`'s chain: its last line, how many copies
 * and which line numbers it holds twice. A local file whose tail was cut off still has a valid chain;
 * the copies on the cluster, written as each line was, are what shows the lines it lost.
 */
export async function readClusterCopy(
  adapter: ElasticsearchAdapter,
  workstation: string,
  signal?: AbortSignal,
): Promise<ClusterCopy> {
  let response;
  try {
    response = await adapter.search(
      {
        index: JOURNAL_INDEX,
        query: { term: { workstation } },
        sort: [{ seq: { order: 'desc' } }],
        size: 1,
        _source: ['seq', 'id'],
        track_total_hits: true,
        aggs: { repeated: { terms: { field: 'seq', min_doc_count: 2, size: NAMED_REPEATS } } },
      },
      JOURNAL_INDEX,
      signal,
    );
  } catch (error) {
    if (isMissingIndex(error)) return { last: null, copies: 0, repeated: [] };
    throw error;
  }
  const hit = response.hits.hits[0] as CopyHit | undefined;
  const seq = hit?._source?.seq;
  const id = hit?._source?.id;
  const total = response.hits.total;
  const copies = typeof total === 'number' ? total : (total?.value ?? 0);
  const buckets = (response.aggregations?.['repeated'] as { buckets?: { key: unknown }[] } | undefined)?.buckets;
  const repeated = (buckets ?? []).map((bucket) => Number(bucket.key)).sort((a, b) => a - b);
  const last = typeof seq === 'number' && typeof id === 'string' ? { seq, id } : null;
  return { last, copies, repeated };
}

/** No journal index yet: no console ever copied a line to this cluster. */
function isMissingIndex(error: unknown): boolean {
  return error instanceof ConsoleError && error.code === 'NOT_FOUND';
}

/** The id of the line numbered `seq` in a journal file; null when the file has no such readable line. */
export async function localLineId(path: string, seq: number): Promise<string | null> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    if (++number < seq) continue;
    lines.close();
    try {
      const line = JSON.parse(text) as { seq?: unknown; id?: unknown };
      return line.seq === seq && typeof line.id === 'string' ? line.id : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether the local chain is the one whose lines the cluster holds, and a sentence saying so. */
export interface CopyComparison {
  agrees: boolean;
  message: string;
}

/**
 * The local file (intact up to `localLines`) against the cluster's copy of the same workstation's chain.
 * The copy disagrees when it holds lines past the file's end (they were cut off the file), when it
 * holds a line number twice (the file was cut back and the console wrote on from there), or when its
 * last line is not the file's line of that number (the file was replaced or started again).
 */
export function compareWithClusterCopy(options: {
  workstation: string;
  localLines: number;
  copy: ClusterCopy;
  /** The id of the file's line numbered like the copy's last line; null when the file has none. */
  localIdAtCopyEnd: string | null;
}): CopyComparison {
  const { workstation, localLines, copy, localIdAtCopyEnd } = options;
  const whose = `workstation "${workstation}"`;
  if (!copy.last) {
    return { agrees: true, message: `The cluster's journal index holds no line of ${whose}: nothing to compare.` };
  }
  const { seq, id } = copy.last;
  if (seq > localLines) {
    const lost = seq === localLines + 1 ? `line ${seq} was` : `lines ${localLines + 1} to ${seq} were`;
    return {
      agrees: false,
      message: `The cluster's copy holds lines up to ${seq} of ${whose}; this file ends at line ${localLines}: ${lost} removed from its end.`,
    };
  }
  // Every line is copied once under its own id, so more copies than line numbers means a number came twice.
  if (copy.repeated.length > 0 || copy.copies > seq) {
    const named = copy.repeated.length > 0 ? `numbered ${copy.repeated.join(', ')}` : 'under one number';
    return {
      agrees: false,
      message: `The cluster's copy holds two different lines ${named} for ${whose}: the file was cut back and written on from there, so the lines first written under those numbers are missing from it.`,
    };
  }
  if (localIdAtCopyEnd !== id) {
    return {
      agrees: false,
      message: `Line ${seq} of this file is not the line ${seq} the cluster's copy holds for ${whose} (id ${id}): this file is not the chain that was copied (replaced, or started again).`,
    };
  }
  const uncopied = localLines - seq;
  const since =
    uncopied === 0
      ? ''
      : ` The ${uncopied} line${uncopied === 1 ? '' : 's'} after it ${uncopied === 1 ? 'is' : 'are'} not on the cluster (not copied yet, or the copy failed).`;
  return {
    agrees: true,
    message: `The cluster's copy agrees: its last line of ${whose} is line ${seq} of this file.${since}`,
  };
}
