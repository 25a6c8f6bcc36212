import { describe, expect, it } from 'vitest';
import { LogQuery, type OperationalQuery } from '../../../../../../src/shared/query/logQuery';
import { rebaseDraft } from '../../../../../../src/renderer/src/features/logGrid/rebaseDraft';

const query = (input: Partial<OperationalQuery>): OperationalQuery =>
  LogQuery.parse({ family: 'operational', ...input }) as OperationalQuery;

const DAY = { kind: 'absolute', from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' } as const;

describe('rebaseDraft: the filter panel’s unsaved edits once the applied query moves under it', () => {
  it.each<[string, Partial<OperationalQuery>, Partial<OperationalQuery>, Partial<OperationalQuery>, unknown, string[]]>(
    [
      [
        'an edit the move left alone is kept, a part it changed takes the new value',
        { filters: { clientId: ['c1', 'c2'] }, text: 'timeout' },
        { filters: { clientId: ['c1', 'c2'] } },
        { filters: { clientId: ['c1'] } },
        { filters: { clientId: ['c1'] }, text: 'timeout' },
        [],
      ],
      [
        'an edit of the part the move changed gives way, and is named',
        { filters: { action: ['delete'] }, text: 'timeout' },
        { filters: {}, text: undefined },
        { filters: {}, text: 'refund' },
        { filters: { action: ['delete'] }, text: 'refund' },
        ['text'],
      ],
      [
        'a filter edited and moved both gives way',
        { filters: { clientId: ['c1', 'c3'] } },
        { filters: { clientId: ['c1'] } },
        { filters: { clientId: ['c2'] } },
        { filters: { clientId: ['c2'] } },
        ['clientId'],
      ],
      [
        'an edit that already holds the new value is no loss',
        { filters: { action: ['get'] } },
        { filters: {} },
        { filters: { action: ['get'] } },
        { filters: { action: ['get'] } },
        [],
      ],
      [
        'filter values in another order are the same choice, not an edit',
        { filters: { action: ['get', 'delete'] } },
        { filters: { action: ['delete', 'get'] } },
        { filters: { action: ['delete', 'get'] }, pageSize: 100 },
        { filters: { action: ['delete', 'get'] }, pageSize: 100 },
        [],
      ],
      [
        'a range edited is kept while the move leaves the range alone',
        { timeRange: DAY },
        { timeRange: { kind: 'relative', last: '24h' } },
        { timeRange: { kind: 'relative', last: '24h' }, filters: { action: ['get'] } },
        { timeRange: DAY, filters: { action: ['get'] } },
        [],
      ],
      [
        'a range edited gives way to a range the move changed',
        { timeRange: DAY },
        { timeRange: undefined },
        { timeRange: { kind: 'relative', last: '7d' } },
        { timeRange: { kind: 'relative', last: '7d' } },
        ['timeRange'],
      ],
      [
        'a kept sub model goes with the business model the move unticked, and is named',
        { filters: { businessModel: ['Clients'], subModel: ['Cards'] } },
        { filters: { businessModel: ['Clients'] } },
        { filters: { businessModel: ['Desks'] } },
        { filters: { businessModel: ['Desks'] } },
        ['subModel'],
      ],
      [
        'what the panel does not edit (exclusions, sort) is the new query’s',
        { text: 'timeout' },
        {},
        { exclude: { action: ['get'] }, sort: { field: 'created', direction: 'asc' } },
        { text: 'timeout', exclude: { action: ['get'] }, sort: { field: 'created', direction: 'asc' } },
        [],
      ],
    ],
  )('%s', (_, draft, before, after, expected, replaced) => {
    const rebased = rebaseDraft(query(draft), query(before), query(after));
    expect(rebased.draft).toEqual(query(expected as Partial<OperationalQuery>));
    expect(rebased.replaced).toEqual(replaced);
  });
});
