import type { Client } from '@elastic/elasticsearch';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import { monthlyIndexName } from './monthlyIndexName';
import { addToBatch, emptyBatch, type BulkBatch } from './bulkBatch';
import { RefreshSuspension } from './refreshSuspension';
import type { FamilyCounts, SeedDocument } from '../../src/main/demoData/seedDocument';
import { sendBulkBatch } from './sendBulkBatch';
import { countIndexed, verifyIndexedCounts } from './verifyIndexedCounts';

export interface LoadProgress {
  readonly indexed: number;
  readonly elapsedMs: number;
  readonly docsPerSecond: number;
  readonly retriedItems: number;
}

export interface LoadOptions {
  readonly patterns: IndexPatterns;
  /** A batch is sent at this many documents or `batchBytes`, whichever comes first. */
  readonly batchDocs?: number;
  readonly batchBytes?: number;
  /** Bulk requests in flight at most; the generator is not pulled while all are busy. */
  readonly concurrency?: number;
  readonly maxAttempts?: number;
  readonly requestTimeoutMs?: number;
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface LoadResult {
  /** Documents sent per family. */
  readonly generated: FamilyCounts;
  /** Documents searchable afterwards per family (checked equal to what was there plus `generated`). */
  readonly indexed: FamilyCounts;
  readonly indices: readonly string[];
  readonly elapsedMs: number;
  readonly docsPerSecond: number;
  readonly bytes: number;
  readonly retriedItems: number;
}

function timeOf(item: SeedDocument): string {
  return item.family === 'operational' ? item.doc.created : item.doc.createdAt;
}

/**
 * Streams documents into monthly indices with bounded memory: at most `concurrency` batches are in
 * flight plus the one being filled. Refresh is off during the load, restored afterwards, and the
 * searchable counts are compared with what was sent; any gap throws.
 */
export async function loadDataset(
  client: Client,
  documents: Iterable<SeedDocument> | AsyncIterable<SeedDocument>,
  options: LoadOptions,
): Promise<LoadResult> {
  const batchDocs = options.batchDocs ?? 5_000;
  const batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
  const concurrency = options.concurrency ?? 3;
  const sendOptions = {
    maxAttempts: options.maxAttempts ?? 8,
    initialBackoffMs: 250,
    requestTimeoutMs: options.requestTimeoutMs ?? 120_000,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const startedAt = performance.now();
  const before = await countIndexed(client, options.patterns);
  const generated: FamilyCounts = { operational: 0, activity: 0 };
  const refresh = new RefreshSuspension(client);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let indexed = 0;
  let bytes = 0;
  let retriedItems = 0;

  const progress = () => {
    const elapsedMs = performance.now() - startedAt;
    options.onProgress?.({
      indexed,
      elapsedMs,
      docsPerSecond: (indexed * 1000) / Math.max(elapsedMs, 1),
      retriedItems,
    });
  };
  const dispatch = (batch: BulkBatch) => {
    const request = sendBulkBatch(client, batch, sendOptions).then(
      (retried) => {
        indexed += batch.entries.length;
        retriedItems += retried;
        progress();
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  try {
    let batch = emptyBatch();
    for await (const item of documents) {
      if (failure !== undefined) break;
      const index = monthlyIndexName(options.patterns[item.family], timeOf(item));
      if (!refresh.has(index)) await refresh.suspend(index);
      addToBatch(batch, index, item.doc.id, item.family, item.doc);
      generated[item.family]++;
      if (batch.entries.length >= batchDocs || batch.bytes >= batchBytes) {
        bytes += batch.bytes;
        dispatch(batch);
        batch = emptyBatch();
        // Back-pressure: stop pulling documents while every slot is busy.
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
      }
    }
    if (failure === undefined && batch.entries.length > 0) {
      bytes += batch.bytes;
      dispatch(batch);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await refresh.restore();
  }
  if (failure !== undefined) throw failure;

  const verified = await verifyIndexedCounts(client, options.patterns, {
    operational: before.operational + generated.operational,
    activity: before.activity + generated.activity,
  });
  const elapsedMs = performance.now() - startedAt;
  return {
    generated,
    indexed: verified,
    indices: refresh.indices.sort(),
    elapsedMs,
    docsPerSecond: ((generated.operational + generated.activity) * 1000) / Math.max(elapsedMs, 1),
    bytes,
    retriedItems,
  };
}
