import { expect, test } from './support/appDriver';
import { CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { filterJournal, openJournal } from './support/journalSteps';
import { recordRequestsTo } from './support/requestsTo';

test.use({ consoleOptions: { name: 'journal-typed-card', clusterUser: 'ac-auditor' } });

test('a card number typed into Operator and Client id stays in its field: never searched, never in the address or the journal', async ({
  app,
  page,
}) => {
  const since = new Date().toISOString();
  const sent = recordRequestsTo(page, ['journal/search'], ({ body }) => body);
  const lines = await openJournal(app);
  const asked = sent.length;
  // Keyboard only: typed, then Enter from the last field typed into.
  await filterJournal(page, { Operator: CARD_NUMBER, 'Client id': CARD_NUMBER });
  const operator = page.getByRole('textbox', { name: 'Operator' });
  const client = page.getByRole('textbox', { name: 'Client id' });
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
