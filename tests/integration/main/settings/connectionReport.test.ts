import { afterEach, describe, expect, inject, it } from 'vitest';
import type { ConnectionTestReport } from '../../../../src/shared/contract/settingsChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import { JOURNAL_INDEX } from '../../../../src/shared/domain/journal';
import '../../support/providedContext';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

const cluster = inject('elasticsearch');
const fixture = inject('seededFixture');
const users = inject('consoleUsers');
const running: SettingsConsole[] = [];

afterEach(async () => {
  for (const console_ of running.splice(0)) await console_.close();
});

function passwordOf(username: string): string {
  if (username === (cluster.username ?? 'elastic')) return cluster.password ?? '';
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  return user.password;
}

/** "Test connection" for an unsaved connection, as the admin's renderer asks it. */
async function testAs(username: string, connection: Record<string, unknown> = {}): Promise<ConnectionTestReport> {
  const console_ = await startSettingsConsole();
  running.push(console_);
  const result: Result<unknown> = await console_.call('settings/connection/test', {
    connection: {
      name: 'report',
      url: cluster.url,
      auth: { kind: 'basic', username },
      indexPatterns: fixture.patterns,
      ...connection,
    },
    secret: passwordOf(username),
  });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as ConnectionTestReport;
}

const familyOf = (report: ConnectionTestReport, family: string) => {
  const found = report.families.find((check) => check.family === family);
  if (!found) throw new Error(`The report has no ${family} family`);
  return found;
};

describe('the connection report, against the local node', () => {
  it('reports the node, the cluster, who the credentials are, each family and the journal privileges', async () => {
    const report = await testAs(cluster.username ?? 'elastic');
    expect(report.state).toBe('connected');
    expect(report.nodes).toEqual([
      { url: cluster.url, reachable: true, reason: null, version: expect.any(String), detail: null },
    ]);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.clusterName).toEqual(expect.any(String));
    expect(report.clusterUuid).toEqual(expect.any(String));
    expect(report.identity).toMatchObject({ username: cluster.username ?? 'elastic', roles: ['superuser'] });
    expect(report.securityOff).toBe(false);
    for (const family of ['operational', 'activity'] as const) {
      const check = familyOf(report, family);
      expect(check).toMatchObject({ pattern: fixture.patterns[family], canRead: true, problem: null });
      expect(check.indexCount).toBeGreaterThan(0);
      expect(check.indices.every((index) => index.includes(fixture.patterns[family].replace('*', '')))).toBe(true);
      expect(check.missingFields.filter((field) => field.required)).toEqual([]);
      expect(check.mistypedFields).toEqual([]);
      expect(check.textSearch).toBe('word sub-field');
      expect(check.canListWords).toBe(true);
    }
    expect(report.journal).toEqual({ index: JOURNAL_INDEX, canWrite: true, canRead: true });
  });

  it('names a field the mapping points at but the indices lack, and a field of the wrong type', async () => {
    const report = await testAs(cluster.username ?? 'elastic', {
      fieldMapping: { operational: { description: 'no_such_description', created: 'action' }, activity: {} },
    });
    const operational = familyOf(report, 'operational');
    expect(operational.missingFields).toContainEqual({
      field: 'description',
      clusterField: 'no_such_description',
      required: false,
    });
    expect(operational.mistypedFields).toEqual([
      { field: 'created', clusterField: 'action', expected: 'date or date_nanos', found: ['keyword'] },
    ]);
    // The description has no word sub-field any more: free text falls back to the text fields.
    expect(operational.textSearch).toBe('text field');
    expect(familyOf(report, 'activity')).toMatchObject({ missingFields: [], mistypedFields: [], problem: null });
  });

  it('says which privileges a user lacks: ac-unmapped may not touch the journal nor read an unlisted pattern', async () => {
    const report = await testAs('ac-unmapped', {
      indexPatterns: { operational: fixture.patterns.operational, activity: 'unlisted-activity-*' },
    });
    expect(report.state).toBe('connected');
    expect(report.identity).toMatchObject({ username: 'ac-unmapped', roles: ['audit_console_reader'] });
    // It reads the logs but may not list their words (no view_index_metadata): prefixes take the regexp.
    expect(familyOf(report, 'operational')).toMatchObject({ canRead: true, canListWords: false, problem: null });
    const activity = familyOf(report, 'activity');
    expect(activity.canRead).toBe(false);
    expect(activity.canListWords).toBe(false);
    expect(activity.indexCount).toBe(0);
    expect(activity.problem).toMatch(/no index matches unlisted-activity-\*/i);
    expect(report.journal).toEqual({ index: JOURNAL_INDEX, canWrite: false, canRead: false });
  });

  it('tries the nodes in order: a dead first node is reported, and the next one serves the cluster', async () => {
    const dead = 'http://127.0.0.1:1';
    const report = await testAs(cluster.username ?? 'elastic', { url: dead, failoverUrls: [cluster.url] });
    expect(report.nodes).toEqual([
      {
        url: dead,
        reachable: false,
        reason: 'connection refused',
        version: null,
        detail: expect.stringMatching(/cannot reach .*refused/i),
      },
      { url: cluster.url, reachable: true, reason: null, version: expect.any(String), detail: null },
    ]);
    expect(report.state).toBe('connected');
    expect(familyOf(report, 'operational').indexCount).toBeGreaterThan(0);
  });

  it('names every node when none answers', async () => {
    const dead = ['http://127.0.0.1:1', 'http://127.0.0.1:9', 'http://host.invalid:9200'];
    const report = await testAs(cluster.username ?? 'elastic', { url: dead[0], failoverUrls: dead.slice(1) });
    expect(report.state).toBe('unreachable');
    expect(report.detail).toBe(
      'None of the 3 nodes could be reached: http://127.0.0.1:1 — connection refused; ' +
        'http://127.0.0.1:9 — connection refused; http://host.invalid:9200 — host not found. ' +
        'Where the connection was refused, nothing listens at that address and port: check the URL and port, and that the cluster is running.',
    );
  });

  it('reports wrong credentials on every node instead of failing the test', async () => {
    const console_ = await startSettingsConsole();
    running.push(console_);
    const result = await console_.call('settings/connection/test', {
      connection: { name: 'x', url: cluster.url, auth: { kind: 'basic', username: 'ac-auditor' } },
      secret: 'not-the-password',
    });
    expect(result).toMatchObject({ ok: true, data: { state: 'unreachable', nodes: [{ reachable: true }] } });
    const report = (result.ok ? result.data : null) as ConnectionTestReport;
    expect(report.detail).toMatch(/ac-auditor/);
  });
});
