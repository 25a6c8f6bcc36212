import { expect, test } from './support/appDriver';

// The page number box says the page shown once the pager moves, never a number typed for an earlier move.

test('after a refused page number, a jump to a time empties the box, which then says the page shown', async ({
  app,
  page,
}) => {
  await app.open('/logs?mode=pages');
  await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1–/);
  const pages = page.getByRole('group', { name: 'Pages' });
  const number = pages.getByRole('textbox', { name: 'Page number' });
  await number.focus();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(pages.getByRole('alert')).toContainText('Write a page number from 1 to');

  // Newest first, every row is after 1970: the jump lands on the last page. The field has seconds.
  await pages.getByLabel('Jump to created time').focus();
  await page.keyboard.type('01011970');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('120000A');
  await page.keyboard.press('Enter');
  await expect(pages.getByRole('button', { name: 'Last page' })).toBeDisabled();
  await expect(pages.getByRole('alert')).toHaveCount(0);
  await expect(number).toHaveValue('');
  await expect(number).toHaveAttribute('placeholder', /^([\d,]+) of \1$/);

  // A jump to where the pager already is (the first page, from a time after every row) empties it too.
  await number.focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(pages.getByRole('button', { name: 'First page' })).toBeDisabled();
  await number.focus();
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(pages.getByRole('alert')).toContainText('Write a page number from 1 to');
  await pages.getByLabel('Jump to created time').focus();
  await page.keyboard.type('01012099');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('120000A');
  await page.keyboard.press('Enter');
  await expect(pages.getByRole('alert')).toHaveCount(0);
  await expect(number).toHaveValue('');
  await expect(number).toHaveAttribute('placeholder', /^1 of [\d,]+$/);
});
