import { describe, expect, it } from 'vitest';
import fontSubsets from '@fontsource/noto-emoji/unicode.json';
import { EVENT_CATALOG } from '../../../../src/shared/domain/eventCatalog';

/** The code point ranges of a CSS unicode-range ("U+23,U+30-39,..."), as [first, last] pairs. */
function parseUnicodeRange(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [first = '', last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

const shippedRanges = Object.values(fontSubsets).flatMap(parseUnicodeRange);

function inShippedFont(codePoint: number): boolean {
  return shippedRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

describe('the event catalog’s icons', () => {
  // A workstation with no emoji font of its own draws an icon from the shipped font or as an empty box.
  it('are all drawn by the emoji font the renderer ships', () => {
    const outside = EVENT_CATALOG.filter((event) =>
      [...event.icon].some((character) => !inShippedFont(character.codePointAt(0) ?? 0)),
    ).map((event) => `${event.eventName} ${event.icon}`);
    expect(outside).toEqual([]);
  });
});
