import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readLocalConnection } from '../../scripts/elasticsearch/connection';
import { withDevConnection } from '../../src/cli/devConnection';
import { startBrowserMode, type BrowserMode } from '../../src/main/browser/startBrowserMode';
import { MemorySecretStore } from '../../src/main/settings/MemorySecretStore';
import { createDataSourceProvider } from '../../src/main/sources/createDataSourceProvider';
import { ClusterConnection } from '../../src/shared/domain/settings';
import { FIXTURE_INDEX_PATTERNS } from '../integration/support/fixtureDataset';
import { expect, test } from './support/appDriver';
import { SwitchableProxy } from './support/switchableProxy';

const ROWS = '[data-testid="log-grid"] .ag-row[row-id]';
let proxy: SwitchableProxy;
let mode: BrowserMode;
let dataDir: string;

/** Browser mode on the seeded fixture, reached through a relay the tests can take down or silence. */
test.beforeAll(async () => {
  const local = readLocalConnection();
  if (!local?.username) throw new Error('No local cluster recorded: the e2e global setup should have started one');
  proxy = new SwitchableProxy(Number(new URL(local.url).port));
  const port = await proxy.listen();
  const secrets = new MemorySecretStore();
  const connection = ClusterConnection.parse({
    id: 'relayed-fixture',
    name: 'Relayed fixture cluster',
    url: `http://127.0.0.1:${port}`,
    auth: { kind: 'basic', username: local.username },
    indexPatterns: FIXTURE_INDEX_PATTERNS,
    requestTimeoutMs: 8_000,
  });
  await secrets.set(connection.id, local.password ?? '');
  dataDir = await mkdtemp(join(tmpdir(), 'audit-console-faults-e2e-'));
  mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(resolve(import.meta.dirname, '../..'), 'out', 'renderer'),
    version: 'e2e-faults',
    secretStore: secrets,
    openDataSources: (settings) =>
      createDataSourceProvider({ settings: withDevConnection(settings, connection), secrets }),
    user: { id: 'e2e-auditor', name: 'E2E Auditor' },
  });
});

test.afterAll(async () => {
  await mode.close();
  await proxy.close();
  await rm(dataDir, { recursive: true, force: true });
});

test.beforeEach(() => proxy.set('up'));

/** Opens the grid by tens and returns the id of its first row once loaded. */
async function openGrid(page: Page): Promise<string> {
  await page.goto(`${mode.launchUrl}#/logs?size=10`);
  await page.waitForSelector('html[data-app-state="loaded"]');
  await expect(page.getByTestId('match-total')).toHaveText('more than 10,000 matches');
  const first = page.locator(`${ROWS}[row-index="0"]`).first();
  await expect(first).toHaveAttribute('row-id', /^[0-9a-f]{24}$/);
  return (await first.getAttribute('row-id')) ?? '';
}

/** Scrolls far enough that the grid must ask the cluster for blocks it has not loaded. */
async function scrollForMore(page: Page): Promise<void> {
  await page.locator(ROWS).first().hover();
  for (let step = 0; step < 4; step++) await page.mouse.wheel(0, 600);
}

test('a cluster going down keeps the rows on screen under a stale banner; Retry recovers', async ({ page }) => {
  const firstId = await openGrid(page);
  proxy.set('down');
  await scrollForMore(page);
  const banner = page.getByTestId('stale-banner');
  await expect(banner).toContainText(/^Stale since /);
  await expect(banner).toContainText('127.0.0.1');
  await page.mouse.wheel(0, -5_000);
  await expect(page.locator(`${ROWS.replace('[row-id]', `[row-id="${firstId}"]`)}`).first()).toBeVisible();

  proxy.set('up');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator(`${ROWS}[row-index="0"]`).first()).toHaveAttribute('row-id', firstId);
});

test('a cluster that stops answering can be cancelled, then retried', async ({ page }) => {
  await openGrid(page);
  proxy.set('silent');
  await scrollForMore(page);
  const loading = page.getByRole('status').filter({ hasText: 'Loading' });
  await expect(loading).toBeVisible();
  const search = () => proxy.held.find((request) => request.line.startsWith('POST /_search'));
  await expect.poll(() => search()?.closed).toBe(false);
  await loading.getByRole('button', { name: 'Cancel' }).click();
  const banner = page.getByTestId('stale-banner');
  await expect(banner).toContainText('Cancelled');
  // Cancel stops the query in main too: its request to the cluster is dropped long before the 8 s limit.
  await expect.poll(() => search()?.closed, { timeout: 3_000 }).toBe(true);

  proxy.set('up');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
});

test('a cluster that never answers times out with the limit named', async ({ page }) => {
  await openGrid(page);
  proxy.set('silent');
  await scrollForMore(page);
  await expect(page.getByTestId('stale-banner')).toContainText('The cluster did not answer within 8 s', {
    timeout: 20_000,
  });
});
