import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { devConnection, withDevConnection } from '../../../scripts/dev/devConnection';
import { readLocalConnection } from '../../../scripts/elasticsearch/connection';
import { consoleUsersFile, readConsoleUsers } from '../../../scripts/elasticsearch/consoleUsers';
import { localConnectionFile } from '../../../scripts/elasticsearch/paths';
import { browserModeSettings, startBrowserMode, type BrowserMode } from '../../../src/main/browser/startBrowserMode';
import { MemorySecretStore } from '../../../src/main/settings/MemorySecretStore';
import type { Role } from '../../../src/shared/domain/roles';
import { ClusterConnection, Settings } from '../../../src/shared/domain/settings';
import type { DemoDatasetSpec } from '../../../src/main/workspace/demoDatasetSpec';
import { DEMO_WORKSPACE_FILE } from '../../../src/main/workspace/DemoWorkspace';
import { FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

const E2E_USER = { id: 'e2e-auditor', name: 'E2E Auditor' };

/** Plain data, so a spec can set it with `test.use({ consoleOptions })`. */
export interface FixtureConsoleOptions {
  /** Names the data folder and the version the console reports; default `e2e`. */
  name?: string;
  /** `cluster` (default): the seeded fixture indices as the active connection. `demo`: no cluster at all. */
  source?: 'cluster' | 'demo';
  /** Where the cluster is reached: the local node by default, or a relay in front of it. */
  clusterUrl?: string;
  requestTimeoutMs?: number;
  /** Logs in as this cluster user that `npm run es:start` made (ac-auditor, ac-support-lead, …); default elastic. */
  clusterUser?: string;
  /** Another password than the recorded one: a wrong one, to see the console refuse it. */
  clusterPassword?: string;
  /** The demo workspace's dataset; the full demo by default. */
  demoDataset?: Partial<DemoDatasetSpec>;
  /** Leaves a damaged demo workspace file in the data folder before the console starts. */
  damagedWorkspace?: boolean;
  /**
   * The operator's role: on the cluster, by logging in as that role's cluster user (unless clusterUser
   * names another); on the demo workspace, by mapping the e2e user to it in the settings.
   */
  role?: Role;
  /** On the demo workspace, the clients the role is scoped to; every client when absent. */
  scope?: readonly string[];
  /** The workstation user's name (the demo workspace's operator), instead of "E2E Auditor". */
  operatorName?: string;
  /** Connections the settings file already holds when the console starts, as an older version saved them. */
  savedConnections?: z.input<typeof ClusterConnection>[];
  /** Reads at most this many events of a bulk operation into its page, instead of 10,000. */
  maxBulkEvents?: number;
  /** Reads at most this many edits into each risk view, instead of 20,000. */
  maxRiskEdits?: number;
}

export interface FixtureConsole {
  mode: BrowserMode;
  /** The run's own data folder: settings, preferences, journal. */
  dataDir: string;
  close(): Promise<void>;
}

/** The cluster user `npm run es:start` made for each console role: on a cluster, the role comes from it. */
const CLUSTER_USER_OF_ROLE: Readonly<Record<Role, string>> = {
  auditor: 'ac-auditor',
  riskOfficer: 'ac-risk-officer',
  investigator: 'ac-investigator',
  supportLead: 'ac-support-lead',
  admin: 'ac-admin',
};

function clusterUserCredentials(
  username: string | undefined,
  password?: string,
): Partial<{ username: string; password: string }> {
  if (username === undefined) return {};
  const users = readConsoleUsers(consoleUsersFile(localConnectionFile()))?.users ?? [];
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username} recorded: run npm run es:start`);
  return { username: user.username, password: password ?? user.password };
}

async function clusterSettings(dataDir: string, options: FixtureConsoleOptions): Promise<MemorySecretStore> {
  const local = readLocalConnection();
  if (!local?.username) throw new Error('No local cluster recorded: the e2e global setup should have started one');
  const { connection, secrets } = await devConnection(
    {
      ...local,
      ...clusterUserCredentials(
        options.clusterUser ?? (options.role ? CLUSTER_USER_OF_ROLE[options.role] : undefined),
        options.clusterPassword,
      ),
      url: options.clusterUrl ?? local.url,
    },
    {
      id: 'e2e-cluster',
      name: 'Fixture cluster',
      indexPatterns: FIXTURE_INDEX_PATTERNS,
      ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    },
  );
  const settings = browserModeSettings(dataDir);
  await settings.write(withDevConnection(await settings.read(), connection));
  return secrets;
}

/**
 * Browser mode as the `serve` command starts it, in a fresh data folder of its own (so no test sees
 * another's saved views or column layouts); on the cluster the operator is the cluster user.
 */
export async function startFixtureConsole(options: FixtureConsoleOptions = {}): Promise<FixtureConsole> {
  const name = options.name ?? 'e2e';
  const dataDir = await mkdtemp(join(tmpdir(), `audit-console-${name}-`));
  if (options.damagedWorkspace) {
    await mkdir(join(dataDir, 'workspace'));
    await writeFile(join(dataDir, 'workspace', DEMO_WORKSPACE_FILE), 'not a database '.repeat(500));
  }
  const secretStore =
    (options.source ?? 'cluster') === 'cluster' ? await clusterSettings(dataDir, options) : new MemorySecretStore();
  const user = { ...E2E_USER, ...(options.operatorName ? { name: options.operatorName } : {}) };
  if (options.role) {
    const settings = browserModeSettings(dataDir);
    const operator = { ...user, role: options.role, scope: options.scope ? { clientIds: [...options.scope] } : null };
    await settings.write(Settings.parse({ ...(await settings.read()), operators: [operator] }));
  }
  if (options.savedConnections) {
    const settings = browserModeSettings(dataDir);
    const current = await settings.read();
    await settings.write(
      Settings.parse({ ...current, connections: [...current.connections, ...options.savedConnections] }),
    );
  }
  const mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(resolve(import.meta.dirname, '../../..'), 'out', 'renderer'),
    version: name,
    secretStore,
    ...(options.demoDataset ? { demoWorkspace: { dataset: options.demoDataset } } : {}),
    ...(options.maxBulkEvents ? { changes: { maxBulkEvents: options.maxBulkEvents } } : {}),
    ...(options.maxRiskEdits ? { risk: { maxEdits: options.maxRiskEdits } } : {}),
    user,
  });
  return {
    mode,
    dataDir,
    async close() {
      await mode.close();
      // A request the page sent just before the end may still write its journal line while this runs.
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
