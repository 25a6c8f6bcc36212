import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../../src/main/access/operatorFromClusterUser';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';

const refusal = {
  ok: false as const,
  code: 'AUTH_FAILED' as const,
  message: 'Cannot tell who you are on this cluster.',
};
const unvouched: Caller = {
  operator: { id: 'w1', name: 'Workstation admin', role: 'admin', scope: null },
  identity: {
    source: 'unresolved',
    user: 'Workstation admin',
    realm: null,
    clusterRoles: [],
    role: null,
    scope: null,
    notice: refusal.message,
  },
  refusal,
  unvouched: ['app:read', 'settings:manage'],
};

function setup() {
  const calls: string[] = [];
  const view = {
    version: 1,
    connections: [],
    activeConnectionId: null,
    operators: [],
    defaultRole: 'auditor',
    vault: 'process',
  };
  const answer = (channel: string) => () => {
    calls.push(channel);
    return Promise.resolve(view);
  };
  const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, answer(channel)])) as unknown as Handlers;
  const journal: JournalRecord[] = [];
  const router = createRouter({
    handlers,
    currentOperator: () => {
      throw new Error('the caller is asked instead');
    },
    currentCaller: () => Promise.resolve(unvouched),
    journal: { record: (entry) => Promise.resolve(void journal.push(entry)) },
    log: () => undefined,
  });
  return { router, calls, journal };
}

describe('a caller no one vouches for', () => {
  const query = { family: 'operational' };
  it.each([
    ['logs/search', query],
    ['logs/facets', { query, fields: ['action'] }],
    ['logs/histogram', { query }],
    ['logs/suggest', { field: 'client', prefix: 'Mar' }],
    ['activity/search', { family: 'activity' }],
  ])('is refused %s with the reason, journaled, whatever the workstation role', async (channel, request) => {
    const { router, calls, journal } = setup();
    const answer = await router.handle(channel, request, { trusted: true });
    expect(answer).toEqual(refusal);
    expect(calls).toEqual([]);
    expect(journal).toMatchObject([{ channel, outcome: 'refused', code: 'AUTH_FAILED', role: 'admin' }]);
  });

  it('may still read who it is and fix the workstation’s connections', async () => {
    const { router, calls } = setup();
    expect((await router.handle('settings/get', {}, { trusted: true })).ok).toBe(true);
    expect(calls).toEqual(['settings/get']);
  });
});
