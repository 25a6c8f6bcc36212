import type { TextPlace } from './tokenShapes';

/** `places` in order, without any that overlaps one before it: of two starting together, the longer is kept. */
export function nonOverlapping<Place extends TextPlace>(places: readonly Place[]): Place[] {
  const kept: Place[] = [];
  for (const place of [...places].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (last === undefined || place.start >= last.end) kept.push(place);
  }
  return kept;
}
