import { afterAll, describe, expect, inject, it } from 'vitest';
import { contract } from '../../../../src/shared/contract/contract';
import type { AppInfo } from '../../../../src/shared/contract/appInfo';
import type { Result } from '../../../../src/shared/contract/errors';
import { ROLE_PERMISSIONS, type Permission } from '../../../../src/shared/domain/roles';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const trusted = { trusted: true };
const started: ClusterConsole[] = [];

afterAll(async () => {
  for (const running of started) await running.close();
});

function userNamed(username: string) {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  return user;
}

/** The console on the seeded cluster, logged in as a cluster user (or with other credentials). */
async function loginAs(username: string, password?: string, url = connection.url) {
  const running = await startClusterConsole(
    { url, username, password: password ?? userNamed(username).password },
    { patterns: fixture.patterns, connection: { requestTimeoutMs: 5_000 } },
  );
  started.push(running);
  return running;
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as T;
}

/** One valid request per permission that reads or changes something. */
const PROBES: Readonly<Partial<Record<Permission, readonly [string, unknown]>>> = {
  'logs:read': ['logs/search', { family: 'operational' }],
  'activity:read': ['activity/search', { family: 'activity' }],
  'settings:manage': ['settings/get', {}],
};

describe('each console role logs in as its own cluster user', () => {
  const roles = ['auditor', 'riskOfficer', 'investigator', 'supportLead', 'admin'] as const;

  it.each(roles)('the %s is who the cluster says, and every call its role lacks is refused', async (role) => {
    const user = users.find((candidate) => candidate.consoleRole === role);
    expect(user, `es:start makes a cluster user for ${role}`).toBeDefined();
    const running = await loginAs(user?.username ?? '');
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.operator).toMatchObject({ id: user?.username, role });
    expect(info.identity).toMatchObject({ source: 'cluster', realm: 'file', role, clusterRoles: user?.clusterRoles });
    for (const [permission, probe] of Object.entries(PROBES)) {
      if (!probe) continue;
      const [channel, request] = probe;
      expect(contract[channel as keyof typeof contract].permission).toBe(permission);
      const answer = await running.router.handle(channel, request, trusted);
      if (ROLE_PERMISSIONS[role].includes(permission as Permission)) {
        expect(answer.ok, `${role} may call ${channel}: ${JSON.stringify(answer)}`).toBe(true);
      } else {
        expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    }
  });
});

describe('identity that cannot be had falls back to nothing', () => {
  it('refuses every read of a cluster user whose roles map to no console role, and says so', async () => {
    const running = await loginAs('ac-unmapped');
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.identity).toMatchObject({ source: 'unresolved', role: null, clusterRoles: ['audit_console_reader'] });
    for (const probe of Object.values(PROBES)) {
      if (!probe) continue;
      const answer = await running.router.handle(probe[0], probe[1], trusted);
      expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(answer.ok ? '' : answer.message).toMatch(/ac-unmapped .* none of them maps to a console role/);
    }
  });

  it('refuses reads with wrong credentials, naming the user, and keeps no role from the workstation', async () => {
    const running = await loginAs('ac-auditor', 'not-the-password');
    const answer = await running.router.handle('logs/search', { family: 'operational' }, trusted);
    expect(answer).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
    expect(answer.ok ? '' : answer.message).toMatch(/rejected the credentials for user ac-auditor/);
    const info = data<AppInfo>(await running.router.handle('app/info', {}, trusted));
    expect(info.identity).toMatchObject({ source: 'unresolved', role: null });
    expect(info.identity.notice).toMatch(/Cannot tell who you are on this cluster/);
  });

  it('refuses reads while the cluster cannot be reached to ask who the operator is', async () => {
    const running = await loginAs('ac-auditor', undefined, 'http://127.0.0.1:1');
    const answer = await running.router.handle('logs/search', { family: 'operational' }, trusted);
    expect(answer).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
    expect(answer.ok ? '' : answer.message).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:1 — connection refused/);
  });
});
