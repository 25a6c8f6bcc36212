import { describe, expect, it } from 'vitest';
import { journalCountText } from '../../../../../../src/renderer/src/features/journal/journalCountText';

describe("what a journal line's Rows column shows", () => {
  it.each([
    [{ rows: 50, buckets: null }, '50'],
    [{ rows: 0, buckets: null }, '0'],
    [{ rows: 12, buckets: 84 }, '12'],
    [{ rows: null, buckets: 84 }, '84 buckets'],
    [{ rows: null, buckets: 1 }, '1 bucket'],
    [{ rows: null, buckets: 0 }, '0 buckets'],
    [{ rows: null, buckets: 1500 }, '1,500 buckets'],
    [{ rows: null, buckets: null }, ''],
  ])('%j reads %j', (entry, shown) => {
    expect(journalCountText(entry)).toBe(shown);
  });
});
