import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../src/main/cases/CaseStore';
import { createRouter, type Router } from '../../../../src/main/router/createRouter';
import { createCaseService } from '../../../../src/main/services/createCaseService';
import { CASES_SCOPED_REFUSAL, type InvestigationCase } from '../../../../src/shared/domain/investigationCase';
import type { Operator } from '../../../../src/shared/domain/roles';
import { refusingHandlers } from '../router/refusingHandlers';

const everyClient: Operator = { id: 'ivy', name: 'Ivy', role: 'investigator', scope: null };
const scoped: Operator = { id: 'rob', name: 'Rob', role: 'investigator', scope: { clientIds: ['C-mine'] } };

let dir = '';
let router: Router;
let atKeyboard: Operator = everyClient;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scoped-cases-'));
  router = createRouter({
    handlers: refusingHandlers(createCaseService(new CaseStore(join(dir, 'cases')))),
    currentOperator: () => atKeyboard,
    journal: { record: () => Promise.resolve() },
  });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function as(operator: Operator, channel: string, request: unknown) {
  atKeyboard = operator;
  return router.handle(channel, request, { trusted: true });
}

/** A case an operator who sees every client keeps about another client: a pinned query and a starred event. */
async function caseAboutAnotherClient(): Promise<InvestigationCase> {
  const fields = { title: 'Wallet drain of C-other', purpose: 'Withdrawals after a password reset', reference: '' };
  const created = await as(everyClient, 'cases/create', fields);
  if (!created.ok) throw new Error(created.message);
  const { id } = created.data as InvestigationCase;
  const query = { family: 'operational', filters: { clientId: ['C-other'] } };
  expect((await as(everyClient, 'cases/pin', { caseId: id, label: 'C-other', query })).ok).toBe(true);
  const star = { caseId: id, family: 'activity', recordId: 'ev-1', summary: 'withdrawal by C-other', note: 'odd' };
  expect((await as(everyClient, 'cases/star', star)).ok).toBe(true);
  return created.data as InvestigationCase;
}

describe('the workstation’s cases, asked for by an operator scoped to some clients', () => {
  it('are refused on every case channel, so no other client’s evidence, title or note is read', async () => {
    const kept = await caseAboutAnotherClient();
    const caseId = kept.id;
    const requests: Record<string, unknown> = {
      'cases/list': {},
      'cases/get': { caseId },
      'cases/keptStar': { caseId, family: 'activity', recordId: 'ev-1' },
      'cases/star': { caseId, family: 'activity', recordId: 'ev-2', summary: 'login' },
      'cases/pin': { caseId, label: 'Mine', query: { family: 'operational' } },
      'cases/edit': { caseId, title: 'Renamed', purpose: 'Something else entirely', reference: '' },
      'cases/delete': { caseId },
      'cases/create': { title: 'Mine', purpose: 'My own clients only', reference: '' },
    };
    for (const [channel, request] of Object.entries(requests)) {
      const answer = await as(scoped, channel, request);
      expect({ channel, answer }).toMatchObject({ channel, answer: { ok: false, code: 'FORBIDDEN' } });
      expect(JSON.stringify(answer)).not.toContain('C-other');
    }
    const refusal = await as(scoped, 'cases/get', { caseId });
    expect(refusal.ok ? '' : refusal.message).toBe(CASES_SCOPED_REFUSAL);
    // Nothing of the case changed.
    expect(await as(everyClient, 'cases/get', { caseId })).toMatchObject({
      ok: true,
      data: { title: kept.title, pinned: [{ label: 'C-other' }], starred: [{ recordId: 'ev-1' }] },
    });
  });

  it('are still served to an operator who sees every client', async () => {
    const kept = await caseAboutAnotherClient();
    expect(await as(everyClient, 'cases/list', {})).toMatchObject({ ok: true, data: { cases: [{ id: kept.id }] } });
  });
});
