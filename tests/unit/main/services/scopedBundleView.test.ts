import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import { createAppInfoService } from '../../../../src/main/services/createAppInfoService';
import { createBundleService } from '../../../../src/main/services/createBundleService';
import { createClientService } from '../../../../src/main/services/createClientService';
import type { BundleSource } from '../../../../src/main/sources/BundleSource';
import type { BundleUploads } from '../../../../src/main/sources/BundleUploads';
import type { AppInfo } from '../../../../src/shared/contract/appInfo';
import type { BundleOpenResult, OpenedBundle } from '../../../../src/shared/contract/bundleChannels';
import type { Operator } from '../../../../src/shared/domain/roles';
import { answered, routerServing } from '../../../integration/support/routerServing';
import {
  activityEvents,
  environment,
  INVESTIGATOR,
  operationalLogs,
  plan,
  query,
  runExport,
  SCOPED_AUDITOR,
  sourceOf,
  workspace,
  type Workspace,
} from '../export/exportFixtures';

const OUT_OF_SCOPE = ['c0', 'c2'];
const inScope = (clientId: string) => SCOPED_AUDITOR.scope?.clientIds.includes(clientId) ?? false;
const operational = operationalLogs(400);
const clientOf = (log: (typeof operational)[number]) => log.client?.id ?? '';
const activity = activityEvents(120);

let ws: Workspace;
let bundlePath: string;
let opened: BundleSource | null = null;
let router: Router;
let operator: Operator = SCOPED_AUDITOR;

beforeAll(async () => {
  ws = await workspace();
  const source = await sourceOf(operational, activity);
  try {
    const exported = await runExport(
      plan(ws.dir, {
        format: 'bundle',
        queries: [query({ family: 'operational', filters: { clientId: ['c0', 'c1'] } }), query({ family: 'activity' })],
      }),
      environment(source, ws.keys, { operator: INVESTIGATOR }),
    );
    bundlePath = exported.path;
  } finally {
    await source.close();
  }
  const dataSources = {
    openBundle: (bundle: BundleSource) => Promise.resolve(void (opened = bundle)),
    closeBundle: () => Promise.resolve(opened !== null),
    bundle: () => opened,
    current: () => Promise.resolve((opened as BundleSource).source),
    status: () =>
      Promise.resolve({
        kind: 'embedded' as const,
        label: 'Bundle',
        state: 'bundle' as const,
        detail: null,
        version: null,
        ...(opened ? { bundle: opened.view } : {}),
      }),
  };
  const appInfo = createAppInfoService({ name: 'Audit Console', version: 'test', transport: 'http', dataSources });
  const bundles = createBundleService({
    source: dataSources,
    ownFingerprint: () => ws.keys.get().then((signer) => signer.fingerprint),
    dataDir: ws.dir,
    uploads: {} as BundleUploads,
  });
  router = routerServing(
    {
      ...bundles,
      ...createClientService(dataSources),
      'app/info': (request: Record<string, never>, context: never) => appInfo.info(request, context),
    },
    () => operator,
  );
});

afterAll(async () => {
  await opened?.close();
  await ws.cleanup();
});

/** Every client id the view names, wherever it names one. */
const namedClients = (view: OpenedBundle) => view.coverage.flatMap((ground) => ground.clientIds ?? []);

describe('a bundle reopened by an operator scoped to some clients', () => {
  it('names no client outside the scope and counts only the records of the scope', async () => {
    operator = SCOPED_AUDITOR;
    const answer = await answered<BundleOpenResult>(router, 'bundle/open', { path: bundlePath, trust: [] });
    if (!answer.opened) throw new Error(`not opened: ${JSON.stringify(answer.verdict.problems)}`);
    const info = await answered<AppInfo>(router, 'app/info', {});
    const expected = {
      operational: operational.filter((log) => ['c0', 'c1'].includes(clientOf(log)) && inScope(clientOf(log))).length,
      activity: activity.filter((event) => inScope(event.clientId)).length,
    };
    for (const view of [answer.bundle, info.dataSource.bundle as OpenedBundle]) {
      expect(namedClients(view)).toEqual(['c1']);
      for (const id of OUT_OF_SCOPE) expect(JSON.stringify(view.coverage)).not.toContain(`"${id}"`);
      expect(view.families).toEqual(expected);
      expect(view.records).toBe(expected.operational + expected.activity);
    }
  });

  it('says what it covered without naming a client outside the scope', async () => {
    operator = { id: 'rob', name: 'Rob', role: 'riskOfficer', scope: { clientIds: ['c1', 'c9'] } };
    const result = await router.handle('clients/summary', { clientId: 'c9' }, { trusted: true });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('client c1 only') });
    for (const id of OUT_OF_SCOPE) expect(JSON.stringify(result)).not.toMatch(new RegExp(`\\b${id}\\b`));
  });

  it('is shown whole to an operator who sees every client', async () => {
    operator = INVESTIGATOR;
    const info = await answered<AppInfo>(router, 'app/info', {});
    const view = info.dataSource.bundle as OpenedBundle;
    expect(namedClients(view)).toEqual(['c0', 'c1']);
    expect(view.families).toEqual({
      operational: operational.filter((log) => ['c0', 'c1'].includes(clientOf(log))).length,
      activity: activity.length,
    });
  });
});
