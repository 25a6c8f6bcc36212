import type { LogFamily } from '../../src/shared/query/logQuery';

/** Serialized bulk lines ready to send; kept so rejected items can be sent again as they were. */
export interface BulkBatch {
  /** One entry per document: its action line and source line, newline-terminated. */
  readonly entries: string[];
  readonly families: LogFamily[];
  readonly ids: string[];
  bytes: number;
}

export function emptyBatch(): BulkBatch {
  return { entries: [], families: [], ids: [], bytes: 0 };
}

/** Compact NDJSON by hand: one string per document, no intermediate operation objects. */
export function addToBatch(batch: BulkBatch, index: string, id: string, family: LogFamily, source: unknown): void {
  const entry = `{"index":{"_index":${JSON.stringify(index)},"_id":${JSON.stringify(id)}}}\n${JSON.stringify(source)}\n`;
  batch.entries.push(entry);
  batch.families.push(family);
  batch.ids.push(id);
  batch.bytes += entry.length;
}

/** The documents of `batch` at `positions`, as a new batch. */
export function subBatch(batch: BulkBatch, positions: readonly number[]): BulkBatch {
  const out = emptyBatch();
  for (const position of positions) {
    const entry = batch.entries[position];
    const family = batch.families[position];
    const id = batch.ids[position];
    if (entry === undefined || family === undefined || id === undefined) continue;
    out.entries.push(entry);
    out.families.push(family);
    out.ids.push(id);
    out.bytes += entry.length;
  }
  return out;
}
