import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows, gridRows, matches } from './support/grid';
import { openBusyClient } from './support/navigation';

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });

test.describe("the Sessions view's gap on the other views, as a risk officer", () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('a gap in a link leaves the events and the logs shown, whatever it holds', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    for (const gap of ['45', 'abc', '5&gap=90']) {
      await app.open(`/clients/${client.id}/events?gap=${gap}`);
      await expect(page.getByTestId('match-total')).toHaveText(matches(client.events));
      await expect(linkProblems(page)).toHaveCount(0);
      await page.getByRole('tab', { name: 'Logs' }).click();
      await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
      await expectGridShows(page);
      await expect(linkProblems(page)).toHaveCount(0);
    }
  });

  test('the gap applied is kept through the other tabs, a filter and back to the Sessions view', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await openBusyClient(app, cluster, 'sessions');
    const gap = page.getByRole('form', { name: 'Session grouping' }).getByRole('spinbutton', {
      name: 'Inactivity gap (minutes)',
    });
    await gap.fill('45');
    await gap.press('Enter');
    await expect(page).toHaveURL(/gap=45$/);
    await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)).toBeVisible();

    const views = page.getByRole('group', { name: 'Sessions tab view' });
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/logs\\?gap=45$`));
    await expect(gridRows(page).first()).toBeVisible();
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/coverage\\?gap=45$`));
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await expect(views.getByRole('button', { name: 'Events' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.events));

    // A filter the events grid writes keeps the gap beside it.
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters
      .getByRole('group', { name: 'Source app' })
      .getByRole('checkbox', { name: /^terminal/ })
      .check();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.terminalEvents));
    await expect(page).toHaveURL(/[?&]gap=45(&|$)/);

    await views.getByRole('button', { name: 'Sessions' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/sessions\\?gap=45$`));
    await expect(gap).toHaveValue('45');
    await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)).toBeVisible();
  });
});
