import { expect, test } from './support/appDriver';
import { openTopRankedChange } from './support/navigation';
import { cardNumberShown } from './support/cardNumber';

test.describe('a change whose side the clipboard refuses', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('selects that side in a box to copy with the keyboard, and says so', async ({ app, page }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: refuse }) });
    });
    await openTopRankedChange(app, page);
    await page.getByRole('button', { name: 'Copy before (redacted)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'The clipboard refused the copy' })).toHaveText(
      'The clipboard refused the copy: the before side is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    const box = page.getByRole('textbox', { name: 'Before (redacted), to copy' });
    await expect(box).toBeFocused();
    await expect(box).not.toBeEditable();
    const { length, start, end } = await box.evaluate((element: HTMLTextAreaElement) => ({
      length: element.value.length,
      start: element.selectionStart,
      end: element.selectionEnd,
    }));
    expect(length).toBeGreaterThan(0);
    expect([start, end]).toEqual([0, length]);
    expect(await cardNumberShown(page)).toEqual([]);
  });
});
