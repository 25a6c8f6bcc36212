import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExportProgress } from '../../../../src/main/export/ExportProgress';
import { runExport } from '../../../../src/main/export/runExport';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { Result } from '../../../../src/shared/contract/errors';
import type { LogPage, LogSource } from '../../../../src/shared/query/logSource';
import type { Router } from '../../../../src/main/router/createRouter';
import { renderer } from '../../support/oracleAttack';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * A client profile edit shows the names of its changed fields only. A producer that logged the values
 * anyway must not have them confirmed by a filter on a changed value or by free text either: its match
 * count would answer "was the new e-mail this one?" while every row shows the names alone. On both
 * engines, through the router as the renderer asks.
 */
const PATTERNS = { operational: 'it-profile-operational-*', activity: 'it-profile-activity-*' };
const INDEX = 'it-profile-activity-2026';
const NEW_EMAIL = 'ann.lee@new-mail.example';
const OLD_EMAIL = 'ann.lee@old-mail.example';

/** The same e-mail change, logged by a manager's edit (shown) and by a client's profile edit (names only). */
const emailChange: ClientActivity['change'] = {
  actionType: 'update',
  target: { type: 'client', id: 'c-profile' },
  changedFields: ['email'],
  before: { email: OLD_EMAIL },
  after: { email: NEW_EMAIL },
  bulkId: null,
  bulkSize: null,
};

const base = {
  clientId: 'c-profile',
  actorType: 'client',
  actorId: null,
  actorName: null,
  sourceApp: 'tradersroom',
  metadata: { sessionId: 's-1' },
} as const;

const documents: ClientActivity[] = [
  {
    ...base,
    id: 'profile-edit',
    eventName: 'client.profile_edited',
    message: 'Client edited profile: email',
    metadata: { sessionId: 's-1', changedFields: ['email'] },
    createdAt: '2026-10-01T10:00:00.000Z',
    change: emailChange,
  },
  {
    ...base,
    id: 'profile-edit-told',
    eventName: 'client.profile_edited',
    // A producer that wrote the values into the message, and listed the name in its own case.
    message: `Client edited profile: email changed from ${OLD_EMAIL} to ${NEW_EMAIL}`,
    metadata: { sessionId: 's-2', changedFields: ['Email', 'phone2'] },
    createdAt: '2026-10-01T11:00:00.000Z',
    change: null,
  },
  {
    ...base,
    id: 'manager-edit',
    actorType: 'manager',
    actorId: 'm-1',
    actorName: 'Mia Manager',
    sourceApp: 'crm',
    eventName: 'manager.client_edited',
    message: 'Manager edited client data',
    createdAt: '2026-10-02T10:00:00.000Z',
    change: emailChange,
  },
  {
    ...base,
    id: 'login',
    eventName: 'client.logged_in',
    message: 'Client logged in',
    createdAt: '2026-10-03T10:00:00.000Z',
    change: null,
  },
];

const routers: Record<string, Router> = {};
const engines: Record<string, LogSource> = {};
const sources: LogSource[] = [];

beforeAll(async () => {
  const { cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { activity: { index: INDEX, documents } },
  });
  sources.push(cluster, embedded);
  engines['cluster'] = cluster;
  engines['embedded'] = embedded;
  routers['cluster'] = renderer(cluster);
  routers['embedded'] = renderer(embedded);
}, 120_000);

afterAll(async () => {
  for (const source of sources) await source.close();
});

async function matching(engine: string, query: Record<string, unknown>): Promise<string[]> {
  const result = (await (routers[engine] as Router).handle(
    'activity/search',
    { family: 'activity', ...query },
    { trusted: true },
  )) as Result<LogPage>;
  if (!result.ok) throw new Error(`activity/search refused: ${result.code} ${result.message}`);
  const profileEdits = result.data.rows.filter((row) => row.id.startsWith('profile-edit'));
  expect(JSON.stringify(profileEdits)).not.toContain('ann.lee');
  return result.data.rows.map((row) => row.id).sort();
}

describe.each(['cluster', 'embedded'])('a profile edit with its values logged, on the %s', (engine) => {
  it('is never matched by the value it changed from or to, only a manager edit is', async () => {
    expect(await matching(engine, { filters: { changedTo: [`email=${NEW_EMAIL}`] } })).toEqual(['manager-edit']);
    expect(await matching(engine, { filters: { changedFrom: [`email=${OLD_EMAIL}`] } })).toEqual(['manager-edit']);
    expect(await matching(engine, { filters: { changedTo: [`email=someone@else.example`] } })).toEqual([]);
  });

  it('is kept by an exclusion of that value, as a row without it', async () => {
    expect(await matching(engine, { exclude: { changedTo: [`email=${NEW_EMAIL}`] } })).toEqual([
      'login',
      'profile-edit',
      'profile-edit-told',
    ]);
  });

  it('is still found by the names of its changed fields', async () => {
    expect(await matching(engine, { filters: { changedField: ['email'] } })).toEqual(['manager-edit', 'profile-edit']);
  });

  it('is never found by free text from the message its producer logged', async () => {
    expect(await matching(engine, { text: 'ann.lee' })).toEqual([]);
    expect(await matching(engine, { text: '"new mail.example"' })).toEqual([]);
    expect(await matching(engine, { text: 'changed from' })).toEqual([]);
    // The start of a word only the logged message holds.
    expect(await matching(engine, { text: 'mail' })).toEqual([]);
    // Excluding a value's word keeps every row: none is counted as holding it.
    expect(await matching(engine, { text: '-ann.lee' })).toHaveLength(4);
  });

  it('shows what it is found by: its label and its changed field names, never the logged message', async () => {
    const result = (await (routers[engine] as Router).handle(
      'activity/search',
      { family: 'activity', filters: { eventName: ['client.profile_edited'] } },
      { trusted: true },
    )) as Result<LogPage>;
    if (!result.ok) throw new Error(result.message);
    const messages = Object.fromEntries(result.data.rows.map((row) => [row.id, 'message' in row ? row.message : '']));
    expect(messages).toEqual({
      'profile-edit': 'Client edited profile: email',
      'profile-edit-told': 'Client edited profile: Email, phone2',
    });
    // What was left out is said: the value before and after of one, the logged message of the other.
    expect(result.data.redactions).toEqual({ 'profile edit value': 3 });
  });

  it('is exported with its names only, the export saying what it left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-export-'));
    try {
      const operator = { id: 'it-ivy', name: 'Ivy', role: 'investigator', scope: null } as const;
      const outcome = await runExport(
        {
          target: { directory: dir, fileName: 'activity.ndjson', replace: false },
          purpose: 'integration: profile edits',
          timeZone: 'UTC',
          format: 'ndjson',
          queries: [LogQuery.parse({ family: 'activity' })],
        },
        {
          source: engines[engine] as LogSource,
          operator,
          signal: new AbortController().signal,
          console: { name: 'Audit Console', version: 'integration' },
          signer: () => Promise.reject(new Error('an NDJSON export is not signed')),
          progress: new ExportProgress(),
        },
      );
      const text = readFileSync(outcome.path, 'utf8');
      expect(outcome.rows).toBe(documents.length);
      expect(text).toContain('Client edited profile: Email, phone2');
      // The manager's edit shows its values; the profile edits' never leave.
      expect(text.match(/ann\.lee@new-mail/g)).toHaveLength(1);
      expect(text).not.toContain('changed from');
      expect(outcome.redactions).toContainEqual({ rule: 'profile edit value', count: 3 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is found by the words of its label and by a changed field name, whole or by its start, in any case', async () => {
    const both = ['profile-edit', 'profile-edit-told'];
    expect(await matching(engine, { text: 'profile' })).toEqual(both);
    expect(await matching(engine, { text: 'edited' })).toEqual(['manager-edit', ...both]);
    expect(await matching(engine, { text: '"client edited profile"' })).toEqual(both);
    expect(await matching(engine, { text: 'emai' })).toEqual(both);
    expect(await matching(engine, { text: 'email login' })).toEqual([]);
    expect(await matching(engine, { text: 'phone2' })).toEqual(['profile-edit-told']);
    expect(await matching(engine, { text: 'edited -phone2' })).toEqual(['manager-edit', 'profile-edit']);
  });
});
