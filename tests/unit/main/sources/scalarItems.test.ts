import { describe, expect, it } from 'vitest';
import { scalarItems } from '../../../../src/main/sources/scalarItems';

describe('scalarItems', () => {
  it('reads a single value as a one-item list', () => {
    expect(scalarItems('email')).toEqual(['email']);
    expect(scalarItems(7)).toEqual(['7']);
    expect(scalarItems(false)).toEqual(['false']);
  });

  it('keeps what a keyword field indexes and drops the rest, as the cluster does', () => {
    expect(scalarItems(['email', 3, true, null, undefined, { name: 'x' }, ['nested']])).toEqual(['email', '3', 'true']);
    expect(scalarItems(null)).toEqual([]);
    expect(scalarItems(undefined)).toEqual([]);
    expect(scalarItems({ email: 'a@b.c' })).toEqual([]);
  });
});
