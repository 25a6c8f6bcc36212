import { expect, test } from './support/appDriver';
import { openTopRankedChange } from './support/navigation';

test.describe("an edit within its entity's history", () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('names its target without a link to the history already shown', async ({ app, page }) => {
    await openTopRankedChange(app, page);
    // The change on its own links to its target's history, which holds that change too.
    const toHistory = page.getByRole('link', { name: /^Show the edit history of client / });
    const target = ((await toHistory.getAttribute('aria-label')) ?? '').replace('Show the edit history of ', '');
    await toHistory.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Edit history of ${target}`, level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy before (redacted)' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: target })).toHaveText(target);
    await expect(page.getByRole('link', { name: /^Show the edit history of / })).toHaveCount(0);
  });
});
