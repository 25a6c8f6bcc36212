import type { Page } from '@playwright/test';
import { readLocalConnection } from '../../scripts/elasticsearch/connection';
import { expect, test } from './support/appDriver';
import { startFixtureConsole, type FixtureConsole } from './support/startFixtureConsole';
import { SwitchableProxy } from './support/switchableProxy';

const ROWS = '[data-testid="log-grid"] .ag-row[row-id]';
let proxy: SwitchableProxy;
let faulty: FixtureConsole;

/** Browser mode on the seeded fixture, reached through a relay the tests can take down or silence. */
test.beforeAll(async () => {
  const local = readLocalConnection();
  if (!local?.username) throw new Error('No local cluster recorded: the e2e global setup should have started one');
  proxy = new SwitchableProxy(Number(new URL(local.url).port));
  faulty = await startFixtureConsole({
    url: `http://127.0.0.1:${await proxy.listen()}`,
    username: local.username,
    password: local.password ?? '',
    name: 'e2e-faults',
    requestTimeoutMs: 8_000,
  });
});

test.afterAll(async () => {
  await faulty.close();
  await proxy.close();
});

test.beforeEach(() => proxy.set('up'));

/** Opens the grid by tens and returns the id of its first row once loaded. */
async function openGrid(page: Page): Promise<string> {
  await page.goto(`${faulty.mode.issueLaunchUrl()}#/logs?size=10`);
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
