import type { Locator, Page } from '@playwright/test';
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
