import { describe, expect, it } from 'vitest';
import { LogQuery } from '../../../../../../src/shared/query/logQuery';
import { MAX_RISK_EVIDENCE, riskQuery } from '../../../../../../src/renderer/src/features/changes/riskQuery';

describe('the query of a risk view', () => {
  it('is none for a view that lists no event', () => {
    expect(riskQuery([])).toBeNull();
  });

  it('asks for exactly the listed events, each once, and passes the query model', () => {
    const query = riskQuery(['ev-2', 'ev-1', 'ev-2']);
    expect(query?.filters.eventId).toEqual(['ev-2', 'ev-1']);
    expect(query?.timeRange).toBeUndefined();
    expect(LogQuery.safeParse(query).success).toBe(true);
  });

  it('keeps to the query model limit of ids in one filter', () => {
    const ids = Array.from({ length: MAX_RISK_EVIDENCE + 20 }, (_, index) => `ev-${index}`);
    const query = riskQuery(ids);
    expect(query?.filters.eventId).toHaveLength(MAX_RISK_EVIDENCE);
    expect(LogQuery.safeParse(query).success).toBe(true);
    expect(LogQuery.safeParse({ ...query, filters: { eventId: ids } }).success).toBe(false);
  });
});
