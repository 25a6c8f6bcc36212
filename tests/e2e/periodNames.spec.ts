import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

// A page that chooses its period names it "Period"; a grid's filter panel names its range after the field
// it filters ("Date" of the client's events, "Created" of the operational logs), so the two never share a name.

test.use({ consoleOptions: { role: 'riskOfficer' } });

test('the Risk page chooses a period, named so', async ({ app, page }) => {
  await app.open('/risk');
  const period = page.getByRole('group', { name: 'Period', exact: true });
  await expect(period).toBeVisible();
  await expect(period.getByRole('combobox', { name: 'Date preset' })).toHaveValue('any');
  await expect(page.getByRole('group', { name: 'Date', exact: true })).toHaveCount(0);
});

test("a client page's period and its events' filter panel range are each named for what they choose", async ({
  app,
  page,
  cluster,
}) => {
  await openBusyClient(app, cluster, 'events');
  await expect(page.getByRole('group', { name: 'Period', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await expect(filters.getByRole('group', { name: 'Date', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Date', exact: true })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Period', exact: true })).toHaveCount(1);
});

test("the operational logs' filter panel keeps its range named after the Created field", async ({ app, page }) => {
  await app.open('/logs');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await expect(filters.getByRole('group', { name: 'Created', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Period', exact: true })).toHaveCount(0);
});
