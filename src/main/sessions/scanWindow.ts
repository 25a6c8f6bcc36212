import { z } from 'zod';

/**
 * Where a client's newest-first scan reads next. Both engines keep activity sorted by time, so a
 * time bound narrows a scan to the events inside it at almost no cost, whereas a scan bounded only by
 * the client visits every event of theirs in the range before it sorts. Reading a heavy history window
 * by window therefore costs what the page reads, not what the client ever did.
 *
 * A window starts one day below the top of what is left to read. A window that gives fewer than half
 * a batch is followed by one four times as wide, so a light client's history is crossed in a few
 * short reads; past a year's width the window opens down to the start: the range's, or the client's
 * first event when the range has none, so no read is ever without a lower bound.
 */
export const ScanWindow = z.object({
  /** Lower bound (inclusive) of the window being read; null before the first read. */
  lowMs: z.number().nullable(),
  widthMs: z.number().positive(),
});
export type ScanWindow = z.infer<typeof ScanWindow>;

const DAY_MS = 86_400_000;
export const FIRST_WINDOW_MS = DAY_MS;
/** Wider than this, a window opens down to the start. */
export const WIDEST_WINDOW_MS = 366 * DAY_MS;
const GROWTH = 4;

export const firstWindow = (): ScanWindow => ({ lowMs: null, widthMs: FIRST_WINDOW_MS });

export interface WindowBounds {
  /** The scan's lower bound; undefined when it has none. */
  fromMs?: number;
  /** True when the window reaches the range's start: once it is read through, nothing is left. */
  reachesStart: boolean;
}

/**
 * The bounds of the window to read. `topMs` is the time of the last event read (or the range's end, or
 * the client's last event) and `startMs` the range's start (or the client's first event).
 */
export function windowBounds(window: ScanWindow, topMs: number, startMs: number | null): WindowBounds {
  const lowMs = window.lowMs ?? topMs - window.widthMs;
  if (window.widthMs > WIDEST_WINDOW_MS || (startMs !== null && lowMs <= startMs)) {
    return { ...(startMs === null ? {} : { fromMs: startMs }), reachesStart: true };
  }
  return { fromMs: lowMs, reachesStart: false };
}

/**
 * The window after one was read through, having given `read` events of a batch of `batch`: directly
 * below it, wider when it was sparse.
 */
export function nextWindow(lowMs: number, read: number, batch: number, window: ScanWindow): ScanWindow {
  const widthMs = read < batch / 2 ? window.widthMs * GROWTH : window.widthMs;
  return { lowMs: lowMs - widthMs, widthMs };
}
