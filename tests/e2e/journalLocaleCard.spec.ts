import { expect, test } from './support/appDriver';
import { filterJournal, openJournal } from './support/journalSteps';
import { recordRequestsTo } from './support/requestsTo';

/** 4111 1111 1111 1111 as French grouping prints it, with narrow no-break spaces. */
const FRENCH_GROUPED = '4111\u202F1111\u202F1111\u202F1111';
/** The same number as a full-width input method types it. */
const FULL_WIDTH = '４１１１－１１１１－１１１１－１１１１';
/** Its digits however written: ASCII or full-width, with anything between the groups. */
const ANY_CARD = /[4４][1１]{3}\D{0,3}[1１]{4}\D{0,3}[1１]{4}\D{0,3}[1１]{4}/;

test.describe('the journal, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-locale-card', clusterUser: 'ac-auditor' } });

  test('a card number grouped as a locale prints it, or typed in full-width digits, stays in its field: never searched or journaled', async ({
    app,
    page,
  }) => {
    const since = new Date().toISOString();
    const sent = recordRequestsTo(page, ['journal/search'], ({ body }) => body);
    const lines = await openJournal(app);
    const asked = sent.length;
    await filterJournal(page, { Operator: FRENCH_GROUPED, 'Client id': FULL_WIDTH });
    const operator = page.getByRole('textbox', { name: 'Operator' });
    const client = page.getByRole('textbox', { name: 'Client id' });
    await expect(operator).toBeFocused();
    await expect(operator).toHaveAccessibleDescription(/^The operator looks like a card number; /);
    await expect(client).toHaveAccessibleDescription(/^The client id looks like a card number; /);
    await expect(operator).toHaveValue(FRENCH_GROUPED);
    await expect(client).toHaveValue(FULL_WIDTH);
    expect(decodeURIComponent(page.url())).not.toMatch(ANY_CARD);
    expect(sent).toHaveLength(asked);

    await app.goTo(`/journal?from=${encodeURIComponent(since)}`);
    await expect(lines.getByRole('row', { name: / journal\/search / }).first()).toBeVisible();
    expect(await lines.textContent()).not.toMatch(ANY_CARD);
  });
});

test.describe('the connection form, for a console admin', () => {
  test.use({ consoleOptions: { name: 'connection-locale-card', clusterUser: 'ac-admin' } });

  test('a connection named with a card number grouped as a locale prints it is refused at its name, never listed', async ({
    app,
    page,
  }) => {
    await app.open('/settings');
    const form = page.getByRole('form', { name: 'New connection' });
    const name = form.getByRole('textbox', { name: 'Name' });
    await name.fill(`Card ${FRENCH_GROUPED}`);
    await form.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9200');
    await form.getByRole('textbox', { name: 'User' }).fill('someone');
    await form.getByLabel('Password').fill('not-kept');
    await form.getByRole('button', { name: 'Save' }).press('Enter');
    await expect(name).toHaveAccessibleDescription(
      /^The connection’s name holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept\./,
    );
    await expect(name).toBeFocused();
    await expect(page.getByRole('list', { name: 'Cluster connections' })).not.toContainText(ANY_CARD);
    await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(2);
  });
});
