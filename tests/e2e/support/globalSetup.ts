import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startBrowserMode } from '../../../src/main/browser/startBrowserMode';
import { openE2eDataSources } from './openE2eDataSources';

/** Starts browser mode once for the run on a free port; tests read its address from the environment. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../../..');
  const dataDir = await mkdtemp(join(tmpdir(), 'audit-console-e2e-'));
  const mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    version: 'e2e',
    openDataSources: openE2eDataSources,
    user: { id: 'e2e-auditor', name: 'E2E Auditor' },
  });
  process.env['AUDIT_CONSOLE_URL'] = mode.launchUrl;
  return async () => {
    await mode.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
