import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';

test('a search of spaces alone is no search, in the address as in the grid', async ({ app, page }) => {
  // A link's blank text leaves the address as it arrives, the rest of the link kept.
  await app.open();
  await page.evaluate(() => (window.location.hash = '/logs?q=+++&action=delete'));
  await expectGridShows(page);
  await expect(page).toHaveURL(/#\/logs\?action=delete$/);
  await expect(page.getByRole('button', { name: /^Remove Text/ })).toHaveCount(0);

  // Typed and saved, it writes none.
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const text = page
    .getByRole('form', { name: 'Filters' })
    .getByRole('searchbox', { name: 'Text in description or error' });
  await text.fill('\u00A0 \u3000');
  await text.press('Enter');
  await expectGridShows(page);
  await expect(page).toHaveURL(/#\/logs\?action=delete$/);
  expect(await app.fatal()).toBeUndefined();
});
