import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';

test.use({ consoleOptions: { role: 'investigator' } });

test('a new case, created with the keyboard, is announced and takes the focus from the form', async ({ app, page }) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await tabTo(page, form.getByRole('textbox', { name: 'Title' }));
  await page.keyboard.type('Wallet drain');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Withdrawals after a password reset');
  await page.keyboard.press('Tab');
  await page.keyboard.type('INC-42');
  await page.keyboard.press('Enter');

  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  await expect(card.getByRole('heading', { name: 'Wallet drain' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Case “Wallet drain” created.' })).toHaveCount(1);
  await expect(form.getByRole('textbox', { name: 'Reference' })).toHaveValue('');

  // A second one: its own card takes the focus, and the sentence names it.
  await tabTo(page, form.getByRole('textbox', { name: 'Title' }), { backwards: true });
  await page.keyboard.type('Card testing');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Small payments on many cards');
  await page.keyboard.press('Enter');
  const second = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Card testing' });
  await expect(second.getByRole('heading', { name: 'Card testing' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Case “Card testing” created.' })).toHaveCount(1);
});

test('Pin query pressed with a label too long moves the focus to the label, which the sentence describes', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await tabTo(page, form.getByRole('textbox', { name: 'Title' }));
  await page.keyboard.type('Wallet drain');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Withdrawals after a password reset');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Wallet drain' })).toBeVisible();

  await app.goTo('/logs');
  await tabTo(page, page.getByRole('button', { name: 'Add to case…' }));
  await page.keyboard.press('Enter');
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  const label = pin.getByRole('textbox', { name: 'Label' });
  await tabTo(page, label);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('l'.repeat(5000));
  const sentence = 'The label is at most 200 characters; this one has 5,000.';
  await tabTo(page, pin.getByRole('button', { name: 'Pin query' }));
  await page.keyboard.press('Enter');
  await expect(label).toBeFocused();
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveAccessibleDescription(sentence);
  await expect(pin.getByRole('alert')).toHaveText(sentence);
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toHaveCount(0);
});
