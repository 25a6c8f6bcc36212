import type { Page } from '@playwright/test';
import { readLocalConnection } from '../../scripts/elasticsearch/connection';
import { expect, test as base, type AppDriver } from './support/appDriver';
import { ROWS, rowOf } from './support/grid';
import { SwitchableProxy } from '../integration/support/switchableProxy';

/** Each test's console reaches the seeded fixture through a relay it can take down or silence. */
const test = base.extend<{ relay: { proxy: SwitchableProxy; url: string } }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
  relay: async ({}, use) => {
    const local = readLocalConnection();
    if (!local) throw new Error('No local cluster recorded: the e2e global setup should have started one');
    const proxy = new SwitchableProxy(Number(new URL(local.url).port));
    const url = await proxy.listen();
    await use({ proxy, url });
    await proxy.close();
  },
  consoleOptions: async ({ relay }, use) => {
    await use({ name: 'e2e-faults', clusterUrl: relay.url, requestTimeoutMs: 8_000 });
  },
});

/** Opens the grid by tens and returns the id of its first row once loaded. */
async function openGrid(app: AppDriver, page: Page): Promise<string> {
  await app.open('/logs?size=10');
  await expect(page.getByTestId('match-total')).toHaveText(/^\d{2},\d{3} matches$/);
  const first = page.locator(`${ROWS}[row-index="0"]`).first();
  await expect(first).toHaveAttribute('row-id', /^[0-9a-f]{24}$/);
  return (await first.getAttribute('row-id')) ?? '';
}

/** Scrolls far enough that the grid must ask the cluster for blocks it has not loaded. */
async function scrollForMore(page: Page): Promise<void> {
  await page.locator(ROWS).first().hover();
  for (let step = 0; step < 4; step++) await page.mouse.wheel(0, 600);
}

test('a cluster going down keeps the rows on screen under a stale banner; Retry recovers', async ({
  app,
  page,
  relay: { proxy },
}) => {
  const firstId = await openGrid(app, page);
  proxy.set('down');
  await scrollForMore(page);
  const banner = page.getByTestId('stale-banner');
  await expect(banner).toContainText(/^Stale since /);
  await expect(banner).toContainText('127.0.0.1');
  await page.mouse.wheel(0, -5_000);
  await expect(page.locator(rowOf(firstId)).first()).toBeVisible();

  proxy.set('up');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.locator(`${ROWS}[row-index="0"]`).first()).toHaveAttribute('row-id', firstId);
});

test('a cluster that stops answering can be cancelled, then retried', async ({ app, page, relay: { proxy } }) => {
  await openGrid(app, page);
  proxy.set('silent');
  await scrollForMore(page);
  const loading = page.getByRole('status').filter({ hasText: 'Loading' });
  await expect(loading).toBeVisible();
  const search = () => proxy.held.find((request) => request.line.startsWith('POST /_search'));
  await expect.poll(() => search()?.closed).toBe(false);
  await page.getByRole('button', { name: 'Cancel loading' }).click();
  const banner = page.getByTestId('stale-banner');
  await expect(banner).toContainText('Cancelled');
  // Cancel stops the query in main too: its request to the cluster is dropped long before the 8 s limit.
  await expect.poll(() => search()?.closed, { timeout: 3_000 }).toBe(true);

  proxy.set('up');
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
});

test('a cluster that never answers times out with the limit named', async ({ app, page, relay: { proxy } }) => {
  await openGrid(app, page);
  proxy.set('silent');
  await scrollForMore(page);
  await expect(page.getByTestId('stale-banner')).toContainText('The cluster did not answer within 8 s', {
    timeout: 20_000,
  });
});
