import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  devConnection,
  withDevConnection,
  type ClusterAccess,
  type ConnectionFields,
} from '../../../scripts/dev/devConnection';
import type { WorkstationUser } from '../../../src/main/access/resolveOperator';
import { createConsole } from '../../../src/main/createConsole';
import type { Router } from '../../../src/main/router/createRouter';
import { FileSettingsStore } from '../../../src/main/settings/FileSettingsStore';
import type { IndexPatterns } from '../../../src/main/sources/elasticsearch/indexTemplates';
import type { DemoWorkspaceOptions } from '../../../src/main/workspace/DemoWorkspace';
import { Settings } from '../../../src/shared/domain/settings';

export interface ClusterConsoleOptions {
  patterns: IndexPatterns;
  /** More of the saved connection: a request timeout, a field mapping. */
  connection?: ConnectionFields;
  /** Role mappings and the like; the cluster connection is added and made active. */
  settings?: z.input<typeof Settings>;
  user?: WorkstationUser;
  demoWorkspace?: DemoWorkspaceOptions;
}

export interface ClusterConsole {
  router: Router;
  dataDir: string;
  /** Resolves once the journal lines so far were copied to the cluster's journal index, or given up. */
  flushJournal(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The console as the desktop app and browser mode start it (createConsole), in a fresh data folder,
 * with the test cluster saved as the active connection and its secret in the secret store.
 */
export async function startClusterConsole(
  access: ClusterAccess,
  options: ClusterConsoleOptions,
): Promise<ClusterConsole> {
  const dataDir = await mkdtemp(join(tmpdir(), 'audit-console-it-'));
  const { connection, secrets } = await devConnection(access, {
    id: 'it-cluster',
    name: 'Integration cluster',
    indexPatterns: options.patterns,
    ...options.connection,
  });
  const settingsStore = new FileSettingsStore(join(dataDir, 'settings.json'));
  await settingsStore.write(withDevConnection(Settings.parse(options.settings ?? {}), connection));
  const core = await createConsole({
    dataDir,
    settingsStore,
    secretStore: secrets,
    user: options.user ?? { id: 'it-operator', name: 'Integration operator' },
    transport: 'http',
    version: 'integration',
    ...(options.demoWorkspace ? { demoWorkspace: options.demoWorkspace } : {}),
  });
  return {
    router: core.router,
    dataDir,
    flushJournal: () => core.flushJournal(),
    async close() {
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
