import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { rowOf } from './support/grid';

/** Every write to the clipboard refused, as a browser without the permission refuses it. */
async function refuseClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: refuse }) });
  });
}

test.describe('a grid cell whose copy the clipboard refuses', () => {
  test('shows the value selected in a box to copy by hand, and Escape gives the focus back to the cell', async ({
    app,
    page,
    cluster,
  }) => {
    await refuseClipboard(page);
    await app.open();
    const [newest] = await cluster.newestIds([], 1);
    const row = await cluster.log(newest ?? '');
    const cell = page.locator(`${rowOf(row.id)} [col-id="description"]`).first();
    await cell.click();
    await page.keyboard.press('Control+c');

    const dialog = page.getByRole('dialog', { name: 'Copy Description' });
    const box = dialog.getByRole('textbox', { name: 'Description, to copy' });
    const text = String(row.description);
    await expect(box).toBeFocused();
    await expect(box).not.toBeEditable();
    await expect(box).toHaveValue(text);
    await expect(box).toHaveAccessibleDescription(
      'The clipboard refused the copy: the value is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    const selected = await box.evaluate((element: HTMLTextAreaElement) => [
      element.selectionStart,
      element.selectionEnd,
    ]);
    expect(selected).toEqual([0, text.length]);

    // Escape closes the dialog alone: the row's detail, opened by the click, stays.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(cell).toBeFocused();
    await expect(page.getByTestId('log-detail')).toBeVisible();
  });

  test('keeps Tab inside the dialog, and Close gives the focus back to the cell', async ({ app, page, cluster }) => {
    await refuseClipboard(page);
    await app.open();
    const [newest] = await cluster.newestIds([], 1);
    const cell = page.locator(`${rowOf(newest ?? '')} [col-id="action"]`).first();
    await cell.click();
    await page.keyboard.press('Control+c');

    const dialog = page.getByRole('dialog', { name: 'Copy Action' });
    const box = dialog.getByRole('textbox', { name: 'Action, to copy' });
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(box).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(cell).toBeFocused();
  });
});
