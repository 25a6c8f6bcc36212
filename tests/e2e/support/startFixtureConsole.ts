import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { devConnection, withDevConnection } from '../../../scripts/dev/devConnection';
import { browserModeSettings, startBrowserMode, type BrowserMode } from '../../../src/main/browser/startBrowserMode';
import { FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

export interface FixtureConsoleOptions {
  /** Where the cluster is reached: the local node, or a relay in front of it. */
  url: string;
  username: string;
  password: string;
  /** Names the run's data folder and the version the console reports. */
  name: string;
  requestTimeoutMs?: number;
}

export interface FixtureConsole {
  mode: BrowserMode;
  /** The run's own data folder: settings, preferences, journal. */
  dataDir: string;
  close(): Promise<void>;
}

/** Browser mode over the seeded fixture indices, as the e2e auditor, in a fresh data folder. */
export async function startFixtureConsole(options: FixtureConsoleOptions): Promise<FixtureConsole> {
  const { connection, secrets } = await devConnection(options, {
    id: `${options.name}-cluster`,
    name: `Fixture cluster (${options.name})`,
    indexPatterns: FIXTURE_INDEX_PATTERNS,
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  const dataDir = await mkdtemp(join(tmpdir(), `audit-console-${options.name}-`));
  const settings = browserModeSettings(dataDir);
  await settings.write(withDevConnection(await settings.read(), connection));
  const mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(resolve(import.meta.dirname, '../../..'), 'out', 'renderer'),
    version: options.name,
    secretStore: secrets,
    user: { id: 'e2e-auditor', name: 'E2E Auditor' },
  });
  return {
    mode,
    dataDir,
    async close() {
      await mode.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
