import { afterAll, describe, expect, inject, it } from 'vitest';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { CONSOLE_USERS } from '../../../../scripts/elasticsearch/consoleUsers';
import type {
  RoleMappingDryRun,
  RoleMappingUserDryRun,
  RoleMappingView,
} from '../../../../src/shared/contract/accessChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import {
  DEFAULT_ROLE_MAPPING,
  DESK_DIRECTORY_INDEX,
  ROLE_MAPPING_DOCUMENT,
  ROLE_MAPPING_INDEX,
} from '../../../../src/shared/domain/identity';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const elastic = createElasticsearchClient(connection);
const trusted = { trusted: true };
const started: ClusterConsole[] = [];

afterAll(async () => {
  for (const running of started) await running.close();
  await elastic.delete({ index: ROLE_MAPPING_INDEX, id: ROLE_MAPPING_DOCUMENT, refresh: true }, { ignore: [404] });
  await elastic.close();
});

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

function userNamed(username: string) {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  return user;
}

async function loginAs(username: string): Promise<ClusterConsole> {
  const running = await startClusterConsole(
    { url: connection.url, username, password: userNamed(username).password },
    { patterns: fixture.patterns },
  );
  started.push(running);
  return running;
}

describe('the role mapping, for an admin', () => {
  it('dry-runs a mapping against the cluster: the support lead over their desk’s clients', async () => {
    const admin = await loginAs('ac-admin');
    const lead = userNamed('ac-support-lead');
    const desk = await elastic.get<{ clientIds: string[] }>({ index: DESK_DIRECTORY_INDEX, id: 'sales_en' });
    const clients = desk._source?.clientIds ?? [];
    expect(clients.length).toBeGreaterThan(0);
    const run = data<RoleMappingDryRun>(
      await admin.router.handle(
        'access/roleMapping/dryRun',
        { entries: DEFAULT_ROLE_MAPPING, subject: { username: lead.username, clusterRoles: lead.clusterRoles } },
        trusted,
      ),
    );
    expect(run.role).toBe('supportLead');
    expect(new Set(run.clientIds)).toEqual(new Set(clients));
    expect(run.sentence).toBe(`User ac-support-lead would be support lead over these ${clients.length} clients.`);
    expect(run.warnings).toEqual([]);
  });

  it('warns of a mapping that maps nobody or locks the admin out, and saves it only when confirmed', async () => {
    const admin = await loginAs('ac-admin');
    const subject = { username: 'someone', clusterRoles: ['audit_console_auditor'] };
    const run = data<RoleMappingDryRun>(
      await admin.router.handle('access/roleMapping/dryRun', { entries: [], subject }, trusted),
    );
    expect(run.role).toBeNull();
    expect(run.warnings.join(' ')).toMatch(/maps nobody.*no longer makes you a console admin/);
    const lockout = [{ clusterRole: 'audit_console_admin', consoleRole: 'auditor' }];
    const refused = await admin.router.handle('access/roleMapping/save', { entries: lockout }, trusted);
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(refused.ok ? '' : refused.message).toMatch(/^Not saved: .*no longer makes you a console admin/);
    const stored = data<RoleMappingView>(await admin.router.handle('access/roleMapping/get', {}, trusted));
    expect(stored.entries).toEqual(DEFAULT_ROLE_MAPPING);
  });

  it('refuses, even confirmed, a cluster role no Elasticsearch role name could be, and keeps the mapping', async () => {
    const admin = await loginAs('ac-admin');
    const before = data<RoleMappingView>(await admin.router.handle('access/roleMapping/get', {}, trusted));
    const entries = [...DEFAULT_ROLE_MAPPING, { clusterRole: '😀 role with space', consoleRole: 'auditor' }];
    const refused = await admin.router.handle(
      'access/roleMapping/save',
      { entries, acknowledgeWarnings: true },
      trusted,
    );
    expect(refused).toMatchObject({ ok: false, code: 'BAD_REQUEST', field: 'entries.6.clusterRole' });
    expect(refused.ok ? '' : refused.message).toContain(
      'The cluster role’s name cannot hold “😀” (U+1F600); an Elasticsearch role name holds only letters, digits, spaces, punctuation and symbols of Basic Latin (ASCII).',
    );
    expect(data<RoleMappingView>(await admin.router.handle('access/roleMapping/get', {}, trusted))).toEqual(before);
  });

  it('saves a mapping on the cluster, where the next login reads it', async () => {
    const admin = await loginAs('ac-admin');
    const entries = [
      ...DEFAULT_ROLE_MAPPING,
      { clusterRole: 'audit_console_nobody_holds_this', consoleRole: 'auditor' },
    ];
    const saved = data<RoleMappingView>(await admin.router.handle('access/roleMapping/save', { entries }, trusted));
    expect(saved).toEqual({ entries, stored: true });
    const again = await loginAs('ac-admin');
    expect(data<RoleMappingView>(await again.router.handle('access/roleMapping/get', {}, trusted))).toEqual(saved);
  });
});

describe('the dry run for a user named only, looked up on the cluster with the admin’s credentials', () => {
  it.each(CONSOLE_USERS.map((user) => [user.username, user] as const))(
    'finds %s on the node and says what the unsaved mapping makes of them',
    async (username, defined) => {
      const admin = await loginAs('ac-admin');
      const desk = await elastic.get<{ clientIds: string[] }>({ index: DESK_DIRECTORY_INDEX, id: 'sales_en' });
      // The mapping being edited, not the one saved: the auditors' line now makes them investigators.
      const entries = DEFAULT_ROLE_MAPPING.map((entry) =>
        entry.clusterRole === 'audit_console_auditor' ? { ...entry, consoleRole: 'investigator' as const } : entry,
      );
      const run = data<RoleMappingUserDryRun>(
        await admin.router.handle('access/roleMapping/dryRunUser', { entries, username }, trusted),
      );
      expect(run).toMatchObject({ username, realm: 'file', lookup: 'run_as', warnings: [] });
      expect([...run.clusterRoles].sort()).toEqual([...defined.clusterRoles].sort());
      const role = defined.consoleRole === 'auditor' ? 'investigator' : defined.consoleRole;
      expect(run.role).toBe(role);
      if (role === 'supportLead') {
        const clients = desk._source?.clientIds ?? [];
        expect(clients.length).toBeGreaterThan(0);
        expect(new Set(run.clientIds)).toEqual(new Set(clients));
        expect(run.sentence).toBe(`User ${username} would be support lead over these ${clients.length} clients.`);
      } else {
        expect(run.clientIds).toBeNull();
        expect(run.sentence).toMatch(role === null ? /would map to no console role/ : /over every client\.$/);
      }
    },
  );

  it('names the privileges it lacks when it may neither run as the user nor read the user API', async () => {
    const admin = await loginAs('ac-admin');
    for (const username of ['elastic', 'nobody-by-this-name']) {
      const answer = await admin.router.handle(
        'access/roleMapping/dryRunUser',
        { entries: DEFAULT_ROLE_MAPPING, username },
        trusted,
      );
      expect(answer, username).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(answer.ok ? '' : answer.message).toBe(
        `Your cluster user ac-admin may not look up ${username}: that takes the run_as privilege for ${username} ` +
          'on one of your cluster roles (any realm), or the cluster privilege read_security (native users only), ' +
          'and you hold neither (the cluster answers the same for a user it does not know). Enter the user’s ' +
          'cluster roles instead, or ask a cluster administrator for one of them.',
      );
    }
  });
});

describe('the dry run by user name, for a superuser', () => {
  it('says plainly that a user the cluster does not know is not there', async () => {
    const superuser = await startClusterConsole(connection, { patterns: fixture.patterns });
    started.push(superuser);
    const username = 'nobody-by-this-name';
    const answer = await superuser.router.handle(
      'access/roleMapping/dryRunUser',
      { entries: DEFAULT_ROLE_MAPPING, username },
      trusted,
    );
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(answer.ok ? '' : answer.message).toMatch(/^The cluster has no native user nobody-by-this-name, and your /);
    const self = data<RoleMappingUserDryRun>(
      await superuser.router.handle(
        'access/roleMapping/dryRunUser',
        { entries: DEFAULT_ROLE_MAPPING, username: 'ac-risk-officer' },
        trusted,
      ),
    );
    expect(self).toMatchObject({ role: 'riskOfficer', lookup: 'run_as', clusterRoles: ['audit_console_risk_officer'] });
  });
});

describe('changing roles is for admins only, decided in main', () => {
  it.each(['ac-auditor', 'ac-risk-officer', 'ac-investigator', 'ac-support-lead'])(
    'refuses %s saving a mapping that makes them admin, or looking users up, through the router',
    async (username) => {
      const running = await loginAs(username);
      const entries = userNamed(username).clusterRoles.map((clusterRole) => ({ clusterRole, consoleRole: 'admin' }));
      for (const [channel, request] of [
        ['access/roleMapping/save', { entries, acknowledgeWarnings: true }],
        ['access/roleMapping/dryRun', { entries, subject: { username, clusterRoles: [] } }],
        ['access/roleMapping/dryRunUser', { entries, username: 'ac-admin' }],
        ['access/roleMapping/get', {}],
      ] as const) {
        const answer = await running.router.handle(channel, request, trusted);
        expect(answer, `${username} on ${channel}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
        expect(answer.ok ? '' : answer.message).toMatch(
          /^Your role \([\w ]+\) does not allow this \(settings:manage\); it is for the Console admin role: ask a console admin for one\.$/,
        );
      }
    },
  );
});
