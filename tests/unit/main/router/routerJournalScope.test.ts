import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterJournalMirror } from '../../../../src/main/journal/ClusterJournalMirror';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import { createRouter } from '../../../../src/main/router/createRouter';
import { createJournalService } from '../../../../src/main/services/createJournalService';
import { ClientSummaryRequest } from '../../../../src/shared/contract/clientChannels';
import type { Operator } from '../../../../src/shared/domain/roles';
import { refusingHandlers } from './refusingHandlers';

const scopedAuditor: Operator = {
  id: 's1',
  name: 'Sam',
  role: 'auditor',
  scope: { clientIds: ['in-scope-client'] },
};
const auditor: Operator = { id: 'a1', name: 'Ann', role: 'auditor', scope: null };
let folder = '';
let journalFile = '';

/** The router as a renderer reaches it, over the real journal service reading this workstation's journal file. */
function routerFor(operator: Operator) {
  const mirror = { status: () => Promise.reject(new Error('not used')) } as unknown as ClusterJournalMirror;
  return createRouter({
    handlers: refusingHandlers(createJournalService({ cluster: () => null, journalFile, mirror })),
    currentOperator: () => operator,
    journal: { record: () => Promise.resolve() },
    log: () => undefined,
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'journal-scope-'));
  journalFile = join(folder, 'operator-journal.ndjson');
  const journal = new FileJournal(journalFile);
  for (const clientId of ['out-of-scope-client', 'in-scope-client']) {
    await journal.record({
      at: '2026-11-30T10:00:00.000Z',
      kind: 'call',
      operatorId: 'o2',
      operatorName: 'Olga',
      role: 'investigator',
      channel: 'clients/summary',
      outcome: 'ok',
      request: { clientId, text: `looked up ${clientId}` },
      clientIds: [clientId],
    });
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('a scoped operator and the journal', () => {
  it('is refused the journal search: its lines name clients outside the scope', async () => {
    const result = await routerFor(scopedAuditor).handle('journal/search', {}, { trusted: true });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(result.ok ? '' : result.message).toMatch(/an operator scoped to some clients does not read it/);
    expect(JSON.stringify(result)).not.toContain('out-of-scope-client');
  });

  it('is told who looked at a client of theirs, and refused for a client outside the scope', async () => {
    const router = routerFor(scopedAuditor);
    const own = await router.handle('journal/clientViewers', { clientId: 'in-scope-client' }, { trusted: true });
    expect(own).toMatchObject({ ok: true, data: { viewers: [{ operatorName: 'Olga', looks: 1 }] } });
    const other = await router.handle('journal/clientViewers', { clientId: 'out-of-scope-client' }, { trusted: true });
    expect(other).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(other.ok ? '' : other.message).toContain('Outside your scope: client out-of-scope-client');
  });

  it('an operator of every client reads every line', async () => {
    const result = await routerFor(auditor).handle('journal/search', {}, { trusted: true });
    expect(JSON.stringify(result)).toContain('out-of-scope-client');
    expect(JSON.stringify(result)).toContain('in-scope-client');
  });
});

describe('who looked at a client, asked without one', () => {
  it.each(['', '   '])(
    'refuses %j at its field, in the words every request refuses an empty client id',
    async (clientId) => {
      const result = await routerFor(auditor).handle('journal/clientViewers', { clientId }, { trusted: true });
      const elsewhere = ClientSummaryRequest.safeParse({ clientId }).error?.issues[0]?.message;
      expect(elsewhere).toBe('A client id cannot be empty');
      expect(result).toEqual({
        ok: false,
        code: 'BAD_REQUEST',
        field: 'clientId',
        message: `Invalid request — clientId: ${elsewhere}`,
      });
    },
  );
});
