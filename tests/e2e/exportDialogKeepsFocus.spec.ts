import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';

/** What has the focus, said by role-ish tag and name, so a failure says where it went. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active === null || active === document.body ? 'the page body' : active.tagName.toLowerCase();
  });

test.describe('the export dialog, with the keyboard only', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('keeps Tab and Shift+Tab inside while open, and gives the focus back to Export… on Close', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    const opener = page.getByRole('button', { name: 'Export…' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByTestId('export-row-count')).toContainText('rows will be exported.');
    const close = dialog.getByRole('button', { name: 'Close' });
    const columns = dialog.getByText(/^\d+ columns, local times in /);

    // From Close, the last control, Tab goes round to the first (the columns' summary), never out of the page.
    await tabTo(page, close);
    await page.keyboard.press('Tab');
    await expect(columns).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    // Tab all the way round many times over: the focus is always on one of the dialog's controls.
    for (let press = 0; press < 24; press++) {
      await page.keyboard.press(press < 12 ? 'Tab' : 'Shift+Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      expect(await focusedElement(page)).not.toBe('dialog');
    }

    await tabTo(page, close);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    // The keyboard carries on from there, on the page.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).not.toBe('the page body');
    await page.keyboard.press('Shift+Tab');
    await expect(opener).toBeFocused();

    // Escape closes it too, and the focus comes back the same way.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
