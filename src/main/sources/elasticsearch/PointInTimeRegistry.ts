import { randomBytes } from 'node:crypto';

/** A point-in-time id, or one still being opened (beside a first page answered by a plain search). */
export type PointInTimeId = string | Promise<string>;

interface Entry {
  pitId: PointInTimeId;
  lastUsedMs: number;
}

/**
 * The points-in-time behind live cursors, by a short random handle. A point-in-time id grows with the
 * number of shards it spans (hundreds of characters each), too large to travel in every cursor, so the
 * cursor carries the handle and the id stays here, in the main process. Entries idle longer than the
 * keep-alive are forgotten: the cluster has dropped those points-in-time already.
 */
export class PointInTimeRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly keepAliveMs: number,
    private readonly now: () => number,
    private readonly capacity = 1_000,
  ) {}

  /** Remembers a new point-in-time; returns the ids of any it had to evict, for the caller to close. */
  add(pitId: PointInTimeId): { handle: string; evicted: PointInTimeId[] } {
    const evicted = this.prune();
    const handle = randomBytes(12).toString('base64url');
    this.entries.set(handle, { pitId, lastUsedMs: this.now() });
    return { handle, evicted };
  }

  /** The point-in-time id behind a handle, or undefined when it expired or was never known here. */
  get(handle: string): PointInTimeId | undefined {
    const entry = this.entries.get(handle);
    if (!entry) return undefined;
    if (this.now() - entry.lastUsedMs > this.keepAliveMs) {
      this.entries.delete(handle);
      return undefined;
    }
    return entry.pitId;
  }

  /** Records the (possibly new) id a response returned and that the point-in-time was just used. */
  set(handle: string, pitId: PointInTimeId): void {
    this.entries.delete(handle);
    this.entries.set(handle, { pitId, lastUsedMs: this.now() });
  }

  take(handle: string): PointInTimeId | undefined {
    const pitId = this.entries.get(handle)?.pitId;
    this.entries.delete(handle);
    return pitId;
  }

  /** Every point-in-time still held, forgetting them all (on close). */
  takeAll(): PointInTimeId[] {
    const ids = [...this.entries.values()].map((entry) => entry.pitId);
    this.entries.clear();
    return ids;
  }

  private prune(): PointInTimeId[] {
    const evicted: PointInTimeId[] = [];
    const nowMs = this.now();
    for (const [handle, entry] of this.entries) {
      if (nowMs - entry.lastUsedMs > this.keepAliveMs) this.entries.delete(handle);
    }
    // Map order is last-use order (set re-inserts): the least recently used go first when full.
    for (const [handle, entry] of this.entries) {
      if (this.entries.size < this.capacity) break;
      this.entries.delete(handle);
      evicted.push(entry.pitId);
    }
    return evicted;
  }
}
