import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

test.use({ consoleOptions: { role: 'riskOfficer' } });

/** The coverage the Clients page shows across every client in the operator's scope. */
const coverage = (page: Page) => page.getByRole('region', { name: 'Logging coverage of all clients in your scope' });

test.describe('the coverage across all clients, opened from a link', () => {
  test('names a range the address does not validly percent-encode as written, and shows no coverage', async ({
    app,
    page,
  }) => {
    await app.open('/clients?last=%E0%A4%A');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    const problem = page.getByText('This range cannot be used, so no coverage is shown');
    await expect(problem).toContainText('last “%E0%A4%A”: the link does not validly percent-encode it');
    await expect(problem).toContainText('Copy the link again from where it came from');
    await expect(problem).not.toContainText('\uFFFD');
    await expect(coverage(page)).toHaveCount(0);
  });

  test('counts the events of a range as the cluster does', async ({ app, page, cluster }) => {
    const range = { from: '2026-10-10T00:00:00.000Z', to: '2026-10-12T00:00:00.000Z' };
    const counted = await cluster.eventCounts(null, range);
    expect(counted.total).toBeGreaterThan(0);
    await app.open(`/clients?from=${range.from}&to=${range.to}`);
    await expect(coverage(page).getByRole('status')).toContainText(
      `${counted.total.toLocaleString('en-US')} events of all clients in your scope`,
    );
    const table = coverage(page).getByRole('table', { name: 'Catalog events and their counts' });
    for (const name of ['client.logged_in', 'client.withdrawal_submitted']) {
      const row = table.getByRole('row').filter({ hasText: name });
      await expect(row.getByRole('cell').nth(3)).toHaveText((counted.byName.get(name) ?? 0).toLocaleString('en-US'));
    }
  });
});
