import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { rowOf } from './support/grid';

const REFUSED = 'The clipboard refused the copy';

/** Every write to the clipboard refused, as a browser without the permission refuses it. */
async function refuseClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: refuse }) });
  });
}

/** Expects `box` focused, read-only and holding `text`, all of it selected for the keyboard to copy. */
async function expectSelectedToCopy(box: Locator, text: string): Promise<void> {
  await expect(box).toBeFocused();
  await expect(box).not.toBeEditable();
  await expect(box).toHaveValue(text);
  const selected = await box.evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd]);
  expect(selected).toEqual([0, text.length]);
}

test.describe('a log detail whose copy the clipboard refuses', () => {
  test('selects the whole document in a box to copy with the keyboard, and says so', async ({ app, page, cluster }) => {
    await refuseClipboard(page);
    await app.open();
    const [newest] = await cluster.newestIds([], 1);
    await page
      .locator(`${rowOf(newest ?? '')} [col-id="action"]`)
      .first()
      .click();
    const detail = page.getByTestId('log-detail');
    await detail.getByRole('button', { name: 'Copy as JSON' }).focus();
    await page.keyboard.press('Enter');
    await expect(detail.getByRole('status').filter({ hasText: REFUSED })).toHaveText(
      `${REFUSED}: the document is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.`,
    );
    const box = detail.getByRole('textbox', { name: 'Document as JSON, to copy' });
    const json = await box.inputValue();
    expect(JSON.parse(json)).toMatchObject({ id: newest });
    await expectSelectedToCopy(box, json);
  });

  test("selects a field's exact value in a box under its row, described by what to do", async ({
    app,
    page,
    cluster,
  }) => {
    await refuseClipboard(page);
    await app.open();
    const [newest] = await cluster.newestIds([], 1);
    const row = await cluster.log(newest ?? '');
    await page
      .locator(`${rowOf(row.id)} [col-id="action"]`)
      .first()
      .click();
    const fields = page.getByTestId('log-detail').getByRole('table', { name: 'Fields' });
    await fields.getByRole('button', { name: 'Copy Action' }).focus();
    await page.keyboard.press('Enter');
    const box = fields.getByRole('textbox', { name: 'Action, to copy' });
    await expectSelectedToCopy(box, String(row.action));
    await expect(box).toHaveAccessibleDescription(
      `${REFUSED}: the value is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.`,
    );
  });
});
