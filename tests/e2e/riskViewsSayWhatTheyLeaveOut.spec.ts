import { expect, test } from './support/appDriver';

const OFF_HOURS = "Edits outside the manager's usual hours";
const WITHDRAWAL = 'Edits of financial or contact data before a withdrawal';

test.describe('a risk view that reads only part of the edits in the logs', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer', maxRiskEdits: 100 } });

  test("says above its table that the oldest edits were left out, and to narrow the page's period", async ({
    app,
    page,
  }) => {
    await app.open('/risk');
    const offHours = page.getByRole('region', { name: OFF_HOURS });
    await expect(offHours.getByRole('table', { name: 'Off-hours edits, ranked' })).toBeVisible({ timeout: 30_000 });
    await expect(offHours.getByRole('note')).toHaveText(
      "This view ranks only the newest 100 manager edits of this page's period, the most it reads: the oldest edits were left out, so an earlier risky edit may be missing. To rank them, narrow this page's period to the earlier time.",
    );
    // The fixture's edits of financial or contact data are fewer than that: that view says nothing of the kind.
    const withdrawal = page.getByRole('region', { name: WITHDRAWAL });
    await expect(withdrawal.getByRole('table', { name: 'Edits before a withdrawal, ranked' })).toBeVisible();
    await expect(withdrawal.getByRole('note').filter({ hasText: 'the oldest edits were left out' })).toHaveCount(0);
  });
});

test.describe('the bulk operations list', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('says how many clients an operation must have changed to be listed', async ({ app, page }) => {
    await app.open('/risk');
    const table = page.getByRole('table', { name: 'Bulk operations, largest first' });
    await expect(table.getByRole('row', { name: /^Rank 1:/ })).toBeVisible({ timeout: 30_000 });
    await expect(table).toHaveAccessibleDescription(/^Operations that changed at least 100 clients, /);
    await expect(
      page.getByText('Operations that changed at least 100 clients, the one that', { exact: false }),
    ).toBeVisible();
  });
});
