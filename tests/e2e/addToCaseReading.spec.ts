import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';

test.use({ consoleOptions: { name: 'add-to-case-reading', role: 'investigator' } });

test('"Add to case…" says it is reading the cases until they come, never that there is none', async ({ app, page }) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wallet drain');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' })).toBeVisible();
  await app.goTo('/logs');
  await expectGridShows(page);

  // The list of cases is held back until the test lets it through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/cases/list', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Add to case…' }).press('Enter');
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  await expect(pin.getByRole('status')).toHaveText('Reading the cases…');
  await expect(pin.getByText('No case yet', { exact: false })).toHaveCount(0);
  await expect(pin.getByRole('button', { name: 'Pin query' })).toHaveCount(0);
  release();
  await expect(pin.getByRole('combobox', { name: 'Case' })).toHaveValue(/.+/);
  await expect(pin.getByRole('status')).toHaveCount(0);
  await pin.getByRole('button', { name: 'Pin query' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added to “Wallet drain”.' })).toBeVisible();
});
