import { describe, expect, it } from 'vitest';
import { clientTabRoute, logsRoute } from '../../../../../../src/renderer/src/features/logGrid/queryLinks';
import { withFilter } from '../../../../../../src/renderer/src/features/logGrid/queryFilters';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { clientActivityAround, operationsAround } from '../../../../../../src/shared/query/crossLinks';
import { LogQuery, type LogFamily } from '../../../../../../src/shared/query/logQuery';

/** What the grid of `family` reads back from a route's parameters. */
const readBack = (family: LogFamily, route: string) => {
  const read = readRoute(family, route.split('?')[1] ?? '');
  expect(read.ignored).toEqual([]);
  return read.query;
};

/** A manager's event about a client whose id needs escaping in a link. */
const EVENT = {
  clientId: 'C 1/x',
  createdAt: '2026-11-01T10:00:00.000Z',
  actorType: 'manager',
  actorId: 'm1',
} as const;

describe('links that open a grid on one query', () => {
  it('opens the operational logs page on the query, the client a filter of it', () => {
    const { client } = operationsAround(EVENT, 10);
    const route = logsRoute(client);
    expect(route).toMatch(/^\/logs\?client=C\+1%2Fx&/);
    expect(readBack('operational', route)).toEqual(client);
  });

  it("opens a client's Events tab on an activity query, the client the page's own and not a filter", () => {
    const query = clientActivityAround({ clientId: 'C 1/x', created: '2026-11-01T10:00:00.000Z' }, 15);
    const route = clientTabRoute('C 1/x', query);
    expect(route).toMatch(/^\/clients\/C%201%2Fx\/events\?from=/);
    expect(readBack('activity', route)).toEqual(withFilter(query, 'clientId', []));
  });

  it("opens a client's Logs tab on an operational query, with no ? when nothing is left to say", () => {
    const query = LogQuery.parse({ family: 'operational', filters: { clientId: ['C-1'] } });
    expect(clientTabRoute('C-1', query)).toBe('/clients/C-1/logs');
  });
});
