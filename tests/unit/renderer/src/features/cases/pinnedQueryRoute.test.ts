import { describe, expect, it } from 'vitest';
import { pinnedQueryRoute } from '../../../../../../src/renderer/src/features/cases/pinnedQueryRoute';
import type { PinnedView } from '../../../../../../src/shared/domain/investigationCase';
import { LogQuery, type LogQueryInput } from '../../../../../../src/shared/query/logQuery';

const FROZEN = { kind: 'absolute', from: '2026-03-01T10:00:00.000Z', to: '2026-03-08T10:00:00.000Z' } as const;
const RANGE = 'from=2026-03-01T10%3A00%3A00.000Z&to=2026-03-08T10%3A00%3A00.000Z';

describe('the route a pinned query opens again at', () => {
  it.each<[string, LogQueryInput, PinnedView | undefined, string | null]>([
    ['the operational logs page, with no parameter for no filter', { family: 'operational' }, 'logs', '/logs'],
    [
      'the operational logs page with every filter, the text, the frozen range, the sort and the page size',
      {
        family: 'operational',
        filters: { action: ['delete'], clientId: ['C-1'] },
        exclude: { status: ['error'] },
        text: 'bank',
        timeRange: FROZEN,
        sort: { field: 'created', direction: 'asc' },
        pageSize: 25,
      },
      'logs',
      `/logs?action=delete&client=C-1&not.status=error&q=bank&${RANGE}&sort=created.asc&size=25`,
    ],
    [
      "a client's Logs tab, the client the page's own",
      { family: 'operational', filters: { clientId: ['C 1/x'], action: ['update'] }, timeRange: FROZEN },
      'client',
      `/clients/C%201%2Fx/logs?action=update&${RANGE}`,
    ],
    [
      "a client's Events tab",
      { family: 'activity', filters: { clientId: ['C-1'], sourceApp: ['crm'] } },
      'client',
      '/clients/C-1/events?sourceApp=crm',
    ],
    [
      'one client’s activity pinned before the grid was kept: that client’s Events tab',
      { family: 'activity', filters: { clientId: ['C-1'] } },
      undefined,
      '/clients/C-1/events',
    ],
    [
      'an operational query pinned before the grid was kept: the operational logs page',
      { family: 'operational', filters: { clientId: ['C-1'] } },
      undefined,
      '/logs?client=C-1',
    ],
    [
      'client activity of several clients: no grid',
      { family: 'activity', filters: { eventId: ['e1', 'e2'] } },
      undefined,
      null,
    ],
    [
      'client activity of two clients: no grid',
      { family: 'activity', filters: { clientId: ['C-1', 'C-2'] } },
      undefined,
      null,
    ],
  ])('%s', (_, query, view, expected) => {
    expect(pinnedQueryRoute({ query: LogQuery.parse(query), view })).toBe(expected);
  });
});
