import type { LogFamily } from '../../../shared/query/logQuery';
import type { FieldCapabilities } from './readFieldCapabilities';

/** How long after a family was last asked for its capabilities are still asked for ahead of their expiry. */
export const KEEP_FRESH_AFTER_USE_MS = 15 * 60_000;

/** The share of their trust after which capabilities in use are asked for again. */
const ASK_AGAIN_AT = 0.75;

interface Entry {
  at: number;
  value: Promise<FieldCapabilities>;
}

/**
 * What the index mapping tells a source (see readFieldCapabilities), asked once per family and trusted
 * for `ttlMs`. Callers share one answer, so one caller's cancellation does not cut the request short for
 * the others; a failure is not kept.
 *
 * While a family is in use (asked for within KEEP_FRESH_AFTER_USE_MS), its capabilities are asked for
 * again in the background before their trust runs out, and the answer replaces them once it is in: a
 * search after a pause does not wait a round trip for the mapping, and nothing older than `ttlMs` is
 * ever used. A background ask that fails changes nothing: the capabilities expire as they would have,
 * and the next search asks again and reports what went wrong.
 */
export class FieldCapabilitiesCache {
  private readonly entries = new Map<LogFamily, Entry>();
  private readonly lastAsked = new Map<LogFamily, number>();
  private readonly timers = new Map<LogFamily, ReturnType<typeof setTimeout>>();
  private closed = false;

  constructor(
    private readonly ask: (family: LogFamily) => Promise<FieldCapabilities>,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  of(family: LogFamily): Promise<FieldCapabilities> {
    this.lastAsked.set(family, this.now());
    const entry = this.entries.get(family);
    if (entry && this.now() - entry.at < this.ttlMs) return entry.value;
    return this.load(family).value;
  }

  /** Forgets every answer and stops asking ahead (the indices changed). */
  clear(): void {
    this.entries.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** As clear, for good: nothing is asked in the background any more. */
  close(): void {
    this.closed = true;
    this.clear();
  }

  private load(family: LogFamily): Entry {
    const entry = this.start(family);
    this.entries.set(family, entry);
    entry.value.then(
      () => this.askAhead(family, entry),
      () => {
        if (this.entries.get(family) === entry) this.entries.delete(family);
      },
    );
    return entry;
  }

  private start(family: LogFamily): Entry {
    return { at: this.now(), value: this.ask(family) };
  }

  /** Asks again before `entry` expires, while it is still the family's answer and the family is in use. */
  private askAhead(family: LogFamily, entry: Entry): void {
    if (this.closed || this.entries.get(family) !== entry) return;
    clearTimeout(this.timers.get(family));
    const delay = Math.max(0, entry.at + this.ttlMs * ASK_AGAIN_AT - this.now());
    const timer = setTimeout(() => {
      this.timers.delete(family);
      const current = () => !this.closed && this.entries.get(family) === entry;
      if (!current() || this.now() - (this.lastAsked.get(family) ?? -Infinity) > KEEP_FRESH_AFTER_USE_MS) return;
      const next = this.start(family);
      next.value.then(
        () => {
          if (!current()) return;
          this.entries.set(family, next);
          this.askAhead(family, next);
        },
        () => undefined,
      );
    }, delay);
    // Asking ahead never keeps the process alive.
    timer.unref?.();
    this.timers.set(family, timer);
  }
}
