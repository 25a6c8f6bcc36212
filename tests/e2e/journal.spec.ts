import { expect, test } from './support/appDriver';

test.describe('the journal, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-auditor', clusterUser: 'ac-auditor' } });

  test('lists what was looked at, filters it, and offers nothing to change it', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Journal' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByTestId('journal-destination')).toContainText(
      'copied to the cluster index audit-console-journal',
    );
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('textbox', { name: 'Channel' }).focus();
    await page.keyboard.type('logs/search');
    await page.keyboard.press('Enter');
    await expect(lines.getByRole('row').nth(1)).toContainText('logs/search');
    for (const row of await lines.getByRole('row').all()) {
      if ((await row.getByRole('cell').count()) > 0)
        await expect(row.getByRole('cell').nth(2)).toHaveText('logs/search');
    }
    await page.getByRole('textbox', { name: 'Operator' }).fill('x'.repeat(300));
    await page.keyboard.press('Enter');
    await expect(page.getByText('No journal line matches these filters.')).toBeVisible();
    await expect(page.getByRole('button', { name: /delete|edit|remove/i })).toHaveCount(0);
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: test.info().outputPath(`journal-${width}-${scheme}.png`) });
      }
    }
  });
});

test.describe('the journal, for a risk officer', () => {
  test.use({ consoleOptions: { name: 'journal-risk', clusterUser: 'ac-risk-officer' } });

  test('is not shown, and says who may read it', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('note')).toHaveText('Only auditors and console admins read the journal.');
    await expect(page.getByRole('table', { name: 'Journal lines' })).toHaveCount(0);
  });
});
