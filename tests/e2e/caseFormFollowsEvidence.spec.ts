import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openFirstRowDetail, ROWS } from './support/grid';

test.use({ consoleOptions: { role: 'investigator' } });

async function createCase(app: { open(route: string): Promise<void> }, page: Page) {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wallet drain');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' })).toBeVisible();
}

test('a note typed to star one event is never carried to the next event the detail steps to', async ({ app, page }) => {
  await createCase(app, page);
  await app.goTo('/logs');
  await expect(page.locator(ROWS).first()).toBeVisible({ timeout: 30_000 });
  const detail = await openFirstRowDetail(page);
  await detail.getByRole('button', { name: 'Star in case…' }).press('Enter');
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  await star.getByRole('textbox', { name: 'Note' }).fill('Changed minutes before the withdrawal');

  // The detail steps to another event: the form of the event it was typed for goes with it.
  await detail.getByRole('button', { name: 'Next event' }).press('Enter');
  await expect(star).toBeHidden();
  await detail.getByRole('button', { name: 'Star in case…' }).press('Enter');
  await expect(star.getByRole('textbox', { name: 'Note' })).toHaveValue('');
});

test('a label typed to pin one query is never carried to the query the view shows next', async ({ app, page }) => {
  await createCase(app, page);
  await app.goTo('/logs');
  const addToCase = page.getByRole('button', { name: 'Add to case…' });
  await addToCase.press('Enter');
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  const label = pin.getByRole('textbox', { name: 'Label' });
  await expect(label).toHaveValue('Operational logs');
  await label.fill('Every log of the fixture');

  // The view's query changes: the label typed for the one before is not offered for this one.
  await app.goTo('/logs?action=delete');
  await expect(pin).toBeHidden();
  await addToCase.press('Enter');
  await expect(label).toHaveValue('Operational logs');
});
