import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

// The page number box says the page shown once the pager moves, never a number typed for an earlier move.

/** Types `text` into the pager's page number box and presses Enter. */
async function typePageNumber(page: Page, pages: Locator, text: string): Promise<void> {
  await pages.getByRole('textbox', { name: 'Page number' }).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Page 0 typed into the box is refused in a sentence that says which numbers it takes. */
async function expectPageZeroRefused(page: Page, pages: Locator): Promise<void> {
  await typePageNumber(page, pages, '0');
  await expect(pages.getByRole('alert')).toContainText('Write a page number from 1 to');
}

/** Types the day `mmddyyyy` at 12:00:00 PM into the pager's Jump to created time field and presses Enter. */
async function jumpToNoonOf(page: Page, pages: Locator, mmddyyyy: string): Promise<void> {
  await pages.getByLabel('Jump to created time').focus();
  await page.keyboard.type(mmddyyyy);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('120000A');
  await page.keyboard.press('Enter');
}

test('after a refused page number, a jump to a time empties the box, which then says the page shown', async ({
  app,
  page,
}) => {
  await app.open('/logs?mode=pages');
  await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1–/);
  const pages = page.getByRole('group', { name: 'Pages' });
  const number = pages.getByRole('textbox', { name: 'Page number' });
  await expectPageZeroRefused(page, pages);

  // Newest first, every row is after 1970: the jump lands on the last page. The field has seconds.
  await jumpToNoonOf(page, pages, '01011970');
  await expect(pages.getByRole('button', { name: 'Last page' })).toBeDisabled();
  await expect(pages.getByRole('alert')).toHaveCount(0);
  await expect(number).toHaveValue('');
  await expect(number).toHaveAttribute('placeholder', /^([\d,]+) of \1$/);

  // A jump to where the pager already is (the first page, from a time after every row) empties it too.
  await typePageNumber(page, pages, '1');
  await expect(pages.getByRole('button', { name: 'First page' })).toBeDisabled();
  await expectPageZeroRefused(page, pages);
  await jumpToNoonOf(page, pages, '01012099');
  await expect(pages.getByRole('alert')).toHaveCount(0);
  await expect(number).toHaveValue('');
  await expect(number).toHaveAttribute('placeholder', /^1 of [\d,]+$/);
});
