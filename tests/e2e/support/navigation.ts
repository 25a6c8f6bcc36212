import { expect, type Locator, type Page } from '@playwright/test';
import type { AppDriver } from './appDriver';
import type { FixtureCluster } from './fixtureCluster';

/** The client page tabs an address can name. */
type ClientTab = 'events' | 'logs' | 'sessions';

/** Opens the console on a tab of the busiest terminal client's page, and returns that client. */
export async function openBusyClient(
  app: AppDriver,
  cluster: FixtureCluster,
  tab: ClientTab,
): ReturnType<FixtureCluster['busyTerminalClient']> {
  const client = await cluster.busyTerminalClient();
  await app.open(`/clients/${client.id}/${tab}`);
  return client;
}

/** Opens the logs page's filter panel with its Filters button, and returns the panel's form. */
export async function openFilters(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Filters' }).click();
  return page.getByRole('form', { name: 'Filters' });
}

/**
 * Opens the Risk page and, from the keyboard, the change of the top edit before a withdrawal: its first
 * "Show the change" link focused and Enter, as a risk officer would.
 */
export async function openTopRankedChange(app: AppDriver, page: Page): Promise<void> {
  await app.open('/risk');
  const top = page
    .getByRole('table', { name: 'Edits before a withdrawal, ranked' })
    .getByRole('row', { name: /^Rank 1:/ });
  await expect(top).toBeVisible({ timeout: 30_000 });
  await top
    .getByRole('link', { name: /^Show the change of event/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Change of event/ })).toBeVisible();
}
