import { expect, test } from './support/appDriver';

test('Last page and First page keep the keyboard once pressed, announced as unavailable there', async ({
  app,
  page,
}) => {
  await app.open('/logs?action=update&size=10&mode=pages');
  const pages = page.getByRole('group', { name: 'Pages' });
  const rows = page.getByTestId('page-rows');
  await expect(rows).toHaveText(/^Rows 1–10 of [\d,]+$/);
  const last = pages.getByRole('button', { name: 'Last page' });
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(/^Rows [\d,]+–([\d,]+) of \1$/);
  await expect(last).toBeFocused();
  await expect(last).toBeDisabled();
  await expect(pages.getByRole('button', { name: 'Next page' })).toBeDisabled();

  const first = pages.getByRole('button', { name: 'First page' });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(/^Rows 1–10 of /);
  await expect(first).toBeFocused();
  // Pressed again where it leads nowhere, it does nothing.
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(/^Rows 1–10 of /);
  await expect(page).toHaveURL(/page=1$|mode=pages$/);
});
