import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import type { BundleVerdict, ExportJob } from '../../../../src/shared/contract/exportChannels';
import type { ConnectionTestReport, SaveConnectionAnswer } from '../../../../src/shared/contract/settingsChannels';
import type { Operator, Role } from '../../../../src/shared/domain/roles';
import { refusingHandlers } from './refusingHandlers';

/**
 * Answers that are ok as answers but say the call could not do what was asked: the journal line says so,
 * with the code, while the operator still gets the answer to read.
 */

const trusted = { trusted: true };

/** The admin tests connections and resets the demo; the investigator checks, reopens and exports bundles. */
function setup(served: Partial<Handlers>, role: Role = 'investigator') {
  const lines: JournalRecord[] = [];
  const operator: Operator = { id: 'o1', name: 'Rae', role, scope: null };
  const router = createRouter({
    handlers: refusingHandlers(served),
    currentOperator: () => operator,
    journal: { record: (entry) => Promise.resolve(void lines.push(entry)) },
    log: () => undefined,
  });
  const outcomes = () => lines.map((line) => (line.kind === 'call' ? [line.outcome, line.code] : [line.kind]));
  return { router, outcomes };
}

const connection = {
  name: 'Prod',
  url: 'http://127.0.0.1:1',
  auth: { kind: 'basic', username: 'ops-user' },
  indexPatterns: { operational: 'crm-operational-*', activity: 'crm-activity-*' },
};

const unreachable: ConnectionTestReport = {
  label: 'Prod (http://127.0.0.1:1)',
  state: 'unreachable',
  detail: 'Cannot reach http://127.0.0.1:1 — connection refused',
  code: 'UNAVAILABLE',
  version: null,
  clusterName: null,
  clusterUuid: null,
  nodes: [{ url: 'http://127.0.0.1:1', reachable: false, reason: 'connection refused', version: null, detail: null }],
  identity: null,
  securityOff: false,
  families: [],
  journal: { index: 'audit-console-journal', canWrite: null, canRead: null },
};

const connected: ConnectionTestReport = { ...unreachable, state: 'connected', detail: null, code: null };

describe('a connection test', () => {
  it('that found the cluster unusable is journaled failed, with the code, and answers the report', async () => {
    const { router, outcomes } = setup({ 'settings/connection/test': () => Promise.resolve(unreachable) }, 'admin');
    const answer = await router.handle('settings/connection/test', { connection, secret: 'pw' }, trusted);
    expect(answer).toMatchObject({ ok: true, data: { state: 'unreachable', code: 'UNAVAILABLE' } });
    expect(outcomes()).toEqual([['failed', 'UNAVAILABLE']]);
  });

  it('whose credentials were refused says so', async () => {
    const refused = { ...unreachable, code: 'AUTH_FAILED' as const };
    const { router, outcomes } = setup({ 'settings/connection/test': () => Promise.resolve(refused) }, 'admin');
    await router.handle('settings/connection/test', { connection, secret: 'pw' }, trusted);
    expect(outcomes()).toEqual([['failed', 'AUTH_FAILED']]);
  });

  it('that connected is ok', async () => {
    const { router, outcomes } = setup({ 'settings/connection/test': () => Promise.resolve(connected) }, 'admin');
    await router.handle('settings/connection/test', { connection, secret: 'pw' }, trusted);
    expect(outcomes()).toEqual([['ok', undefined]]);
  });

  it('run after a save that was made is ok, whatever it found: the connection was saved', async () => {
    const answer: SaveConnectionAnswer = {
      version: 1,
      connections: [],
      activeConnectionId: null,
      operators: [],
      defaultRole: 'auditor',
      vault: 'process',
      saved: { id: 'prod', state: 'failed', sentence: 'Saved “Prod”, but the test failed.' },
    };
    const { router, outcomes } = setup({ 'settings/connection/save': () => Promise.resolve(answer) }, 'admin');
    await router.handle('settings/connection/save', { connection, secret: 'pw' }, trusted);
    expect(outcomes()).toEqual([['ok', undefined]]);
  });
});

const verdict = (kind: BundleVerdict['verdict']): BundleVerdict => ({
  path: 'evidence.acbundle',
  bytes: 0,
  verdict: kind,
  unreadable: kind === 'unreadable' ? 'evidence.acbundle cannot be checked: there is no such file.' : null,
  formatVersion: null,
  checks: [],
  problems: [],
  moreProblems: 0,
  signer: null,
  custody: null,
  records: null,
  seconds: 0,
});

describe('a bundle check', () => {
  it.each([
    ['a file that could not be checked fails it', 'unreadable', ['failed', 'CORRUPT']],
    ['an altered bundle is what it found, not a failure', 'altered', ['ok', undefined]],
    ['an intact one is ok', 'intact', ['ok', undefined]],
  ] as const)('%s', async (_, kind, outcome) => {
    const { router, outcomes } = setup({ 'bundle/verify': () => Promise.resolve(verdict(kind)) });
    const answer = await router.handle('bundle/verify', { path: '/tmp/evidence.acbundle' }, trusted);
    expect(answer).toMatchObject({ ok: true, data: { verdict: kind } });
    expect(outcomes()).toEqual([outcome]);
  });
});

describe('a reopened bundle’s case withheld from the operator', () => {
  it('is journaled refused', async () => {
    const withheld = { case: null, withheld: 'This bundle carries a case, but it is not shown to you.' };
    const { router, outcomes } = setup({ 'bundle/case': () => Promise.resolve(withheld) });
    expect(await router.handle('bundle/case', {}, trusted)).toMatchObject({ ok: true, data: withheld });
    expect(outcomes()).toEqual([['refused', 'FORBIDDEN']]);
  });
});

const job: ExportJob = {
  jobId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  format: 'csv',
  state: 'failed',
  summary: 'Nothing was exported: the disk is full.',
  rowsWritten: 0,
  totalRows: 10,
  rowsPerSecond: 0,
  secondsLeft: null,
  bytesWritten: 0,
  startedAt: '2026-10-01T00:00:00.000Z',
  finishedAt: '2026-10-01T00:00:01.000Z',
  file: null,
  redactions: [],
  signerFingerprint: null,
  failure: { code: 'DISK_FULL', message: 'The disk is full.' },
};

describe('an export answered as a failed job', () => {
  const target = { directory: '/tmp', fileName: 'evidence.csv' };
  const request = { jobId: job.jobId, queries: [{ family: 'operational' }], target, purpose: 'Quarterly review' };

  it.each([
    ['export/start', { ...request, format: 'csv' }],
    ['bundle/start', { ...request, target: { ...target, fileName: 'evidence.acbundle' } }],
  ] as const)('%s is journaled failed with its code', async (channel, payload) => {
    const { router, outcomes } = setup({ [channel]: () => Promise.resolve(job) });
    await router.handle(channel, payload, trusted);
    expect(outcomes()).toEqual([['failed', 'DISK_FULL']]);
  });
});

describe('a demo workspace reset that could not start', () => {
  it('is journaled failed with its code', async () => {
    const failed = {
      state: 'failed',
      code: 'DISK_FULL',
      reason: 'build-failed',
      message: 'The demo workspace could not be rebuilt: the disk is full.',
      offerRecreate: true,
    } as const;
    const { router, outcomes } = setup({ 'workspace/reset': () => Promise.resolve(failed) }, 'admin');
    await router.handle('workspace/reset', {}, trusted);
    expect(outcomes()).toEqual([['failed', 'DISK_FULL']]);
  });
});
