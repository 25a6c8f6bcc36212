import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';

test.use({ consoleOptions: { role: 'investigator' } });

/**
 * Fills the New case form from the keyboard, each of `texts` in the next field from Title on, and sends it
 * with Enter; Title is reached with Tab, or Shift+Tab when `backwards`.
 */
async function createCase(page: Page, texts: readonly string[], options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, page.getByRole('form', { name: 'New case' }).getByRole('textbox', { name: 'Title' }), options);
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter');
}

/** The new case `title` is announced, and its card's heading has the focus. */
async function expectCreatedAndFocused(page: Page, title: string): Promise<void> {
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title });
  await expect(card.getByRole('heading', { name: title })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Case “${title}” created.` })).toHaveCount(1);
}

test('a new case, created with the keyboard, is announced and takes the focus from the form', async ({ app, page }) => {
  await app.open('/investigations');
  await createCase(page, ['Wallet drain', 'Withdrawals after a password reset', 'INC-42']);
  await expectCreatedAndFocused(page, 'Wallet drain');
  const form = page.getByRole('form', { name: 'New case' });
  await expect(form.getByRole('textbox', { name: 'Reference' })).toHaveValue('');

  // A second one: its own card takes the focus, and the sentence names it.
  await createCase(page, ['Card testing', 'Small payments on many cards'], { backwards: true });
  await expectCreatedAndFocused(page, 'Card testing');
});

test('Pin query pressed with a label too long moves the focus to the label, which the sentence describes', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, ['Wallet drain', 'Withdrawals after a password reset']);
  await expect(page.getByRole('listitem', { name: 'Wallet drain' })).toBeVisible();

  await app.goTo('/logs');
  await tabTo(page, page.getByRole('button', { name: 'Add to case…' }));
  await page.keyboard.press('Enter');
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  const label = pin.getByRole('textbox', { name: 'Label' });
  await tabTo(page, label);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('l'.repeat(5000));
  const sentence = 'The label is too long: shorten it to at most 200 characters; this one has 5,000.';
  await tabTo(page, pin.getByRole('button', { name: 'Pin query' }));
  await page.keyboard.press('Enter');
  await expect(label).toBeFocused();
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveAccessibleDescription(sentence);
  await expect(pin.getByRole('alert')).toHaveText(sentence);
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toHaveCount(0);
});
