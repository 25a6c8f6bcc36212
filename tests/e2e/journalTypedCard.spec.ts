import { expect, test } from './support/appDriver';
import { CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { recordRequestsTo } from './support/requestsTo';

test.use({ consoleOptions: { name: 'journal-typed-card', clusterUser: 'ac-auditor' } });

test('a card number typed into Operator and Client id stays in its field: never searched, never in the address or the journal', async ({
  app,
  page,
}) => {
  const since = new Date().toISOString();
  const sent = recordRequestsTo(page, ['journal/search'], ({ body }) => body);
  await app.open('/journal');
  const lines = page.getByRole('table', { name: 'Journal lines' });
  await expect(lines.getByRole('row').nth(1)).toBeVisible();
  const asked = sent.length;
  const operator = page.getByRole('textbox', { name: 'Operator' });
  const client = page.getByRole('textbox', { name: 'Client id' });
  // Keyboard only: typed, then Enter from the last field typed into.
  await operator.focus();
  await page.keyboard.type(CARD_NUMBER);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(client).toBeFocused();
  await page.keyboard.type(CARD_NUMBER);
  await page.keyboard.press('Enter');
  await expect(operator).toBeFocused();
  await expect(operator).toHaveAccessibleDescription(
    /^The operator looks like a card number; .* it is not in the address\.$/,
  );
  await expect(client).toHaveAccessibleDescription(
    /^The client id looks like a card number; .* it is not in the address\.$/,
  );
  await expect(operator).toHaveValue(CARD_NUMBER);
  await expect(client).toHaveValue(CARD_NUMBER);
  expect(await cardNumberShown(page)).toEqual([]);
  expect(page.url()).not.toMatch(/4111/);
  expect(sent).toHaveLength(asked);

  // Its own lines, read afresh: none names the card number.
  await app.goTo(`/journal?from=${encodeURIComponent(since)}`);
  await expect(lines.getByRole('row', { name: / journal\/search / }).first()).toBeVisible();
  expect(await lines.textContent()).not.toMatch(/4111/);
  expect(sent.join(' ')).not.toMatch(/4111/);
});
