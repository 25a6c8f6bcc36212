import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';

// The logs page stays mounted while its query changes: what it said about the old query must not
// linger as if it were about the new one.

test('a page number message is about the query it was written for', async ({ app, page }) => {
  await app.open('/logs?mode=pages');
  await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1–/);
  const number = page.getByRole('textbox', { name: 'Page number' });
  await number.fill('abc');
  await number.press('Enter');
  const pages = page.getByRole('group', { name: 'Pages' });
  await expect(pages.getByRole('alert')).toContainText('Write a page number from 1 to');
  await app.goTo('/logs?mode=pages&action=delete');
  await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1–/);
  await expect(pages.getByRole('alert')).toHaveCount(0);
  // What was typed stays, to be corrected.
  await expect(number).toHaveValue('abc');
});

test('a new query withdraws the question whether to replace a view with "these" filters', async ({ app, page }) => {
  await app.open();
  const name = page.getByRole('textbox', { name: 'View name' });
  await name.fill('Month end');
  await name.press('Enter');
  await expect(page.getByText('Saved “Month end”')).toBeVisible();
  await name.fill('Month end');
  await name.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Replace view' });
  await expect(confirm).toBeVisible();
  await app.goTo('/logs?action=delete');
  await expect(confirm).toHaveCount(0);
  await expect(name).toHaveValue('Month end');
  // Asked again, it asks about the query now shown.
  await name.press('Enter');
  await expect(confirm).toBeVisible();
});

test('a detail left open across a new query says when its event is not in the result', async ({ app, page }) => {
  await app.open();
  await expectGridShows(page, /^[1-9][\d,]* matches$/);
  await page.getByRole('grid').getByRole('gridcell').first().click();
  const detail = page.getByRole('complementary', { name: 'Log detail' });
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('detail-outside')).toHaveCount(0);
  await app.goTo('/logs?last=30d');
  await expect(page.getByTestId('match-total')).toHaveText('0 matches');
  await expect(detail.getByRole('status').filter({ hasText: 'This event is not in the current result' })).toBeVisible();
  // Back to a query that holds it, the note goes.
  await app.goTo('/logs');
  await expect(page.getByTestId('match-total')).toHaveText(/^[1-9][\d,]* matches$/);
  await expect(detail.getByTestId('detail-outside')).toHaveCount(0);
});
