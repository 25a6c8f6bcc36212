import { describe, expect, it } from 'vitest';
import { withoutLocalPaths } from '../../../../src/main/access/hideLocalPaths';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import { createAppInfoService } from '../../../../src/main/services/createAppInfoService';
import { createWorkspaceService } from '../../../../src/main/services/createWorkspaceService';
import type { DataSourceStatus } from '../../../../src/shared/contract/appInfo';
import type { WorkspaceState } from '../../../../src/shared/contract/workspaceChannels';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import type { Operator } from '../../../../src/shared/domain/roles';

const FOLDER = '/home/jdoe/.local/share/audit-console/workspace';
const failed: WorkspaceState = {
  state: 'failed',
  code: 'CORRUPT',
  reason: 'locked',
  message: `The demo workspace at ${FOLDER}/demo.duckdb is in use by another program. Close it and try again.`,
  offerRecreate: true,
};
const ready: WorkspaceState = {
  state: 'ready',
  path: `${FOLDER}/demo.duckdb`,
  createdAt: '2026-11-01T00:00:00.000Z',
  events: 10,
  clients: 2,
  days: 1,
  endDate: '2026-10-31',
};

function routerFor(operator: Operator, workspace: WorkspaceState) {
  const status: DataSourceStatus = {
    kind: 'embedded',
    label: 'Demo data',
    state: 'demo',
    detail: `Opened ${FOLDER}/demo.duckdb; cluster http://127.0.0.1:9200/_search unused`,
    version: null,
    workspace,
  };
  const appInfo = createAppInfoService({
    name: 'Audit Console',
    version: 't',
    transport: 'http',
    dataSources: { status: () => Promise.resolve(status) },
  });
  const demo = { state: () => workspace, reset: () => Promise.reject(new Error('unused')) };
  const handlers = {
    ...Object.fromEntries(CHANNELS.map((channel) => [channel, () => Promise.reject(new Error('unused'))])),
    'app/info': (request: Record<string, never>, context: Parameters<typeof appInfo.info>[1]) =>
      appInfo.info(request, context),
    ...createWorkspaceService(demo),
  } as unknown as Handlers;
  return createRouter({ handlers, currentOperator: () => operator, journal: { record: () => Promise.resolve() } });
}

const auditor: Operator = { id: 'a', name: 'Ann', role: 'auditor', scope: null };
const admin: Operator = { id: 'r', name: 'Rae', role: 'admin', scope: null };

describe('local paths in app/info and workspace/status', () => {
  it.each([ready, failed])('are cut to file names for a role that does not manage settings ($state)', async (state) => {
    const router = routerFor(auditor, state);
    for (const channel of ['app/info', 'workspace/status']) {
      const answer = await router.handle(channel, {}, { trusted: true });
      expect(answer.ok).toBe(true);
      expect(JSON.stringify(answer)).not.toContain('/home/jdoe');
      expect(JSON.stringify(answer)).toContain('…/demo.duckdb');
    }
  });

  it('are shown whole to the console admin, who manages them', async () => {
    const answer = await routerFor(admin, ready).handle('app/info', {}, { trusted: true });
    expect(JSON.stringify(answer)).toContain(`${FOLDER}/demo.duckdb`);
  });

  it.each([
    ['C:\\Users\\jdoe\\AppData\\audit\\demo.duckdb is locked', '…/demo.duckdb is locked'],
    ['Cannot reach https://es.example:9200/prod — refused', 'Cannot reach https://es.example:9200/prod — refused'],
    ['at /var/lib/x/ (folder)', 'at …/x (folder)'],
    ['12/05 and 3/4 stay', '12/05 and 3/4 stay'],
  ])('rewrites %j', (text, expected) => {
    expect(withoutLocalPaths(text)).toBe(expected);
  });
});
