import { describe, expect, it } from 'vitest';
import { namedClients } from '../../../../src/main/router/journalFacts';

describe('the clients a journal line names', () => {
  it('reads a query filter, a nested query and the client page requests alike', () => {
    expect(namedClients({ family: 'activity', filters: { clientId: ['c1', 'c2'] } })).toEqual({
      clientIds: ['c1', 'c2'],
    });
    expect(namedClients({ query: { filters: { clientId: ['c3'] } }, fields: ['action'] })).toEqual({
      clientIds: ['c3'],
    });
    expect(namedClients({ clientId: 'c4', gapMinutes: 30 })).toEqual({ clientIds: ['c4'] });
    expect(namedClients({ text: 'anna' })).toEqual({});
  });
});
