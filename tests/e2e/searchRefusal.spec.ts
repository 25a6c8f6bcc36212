import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';

test.use({ consoleOptions: { role: 'riskOfficer' } });

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';
const SEARCHES = ['logs/search', 'logs/facets', 'logs/suggest', 'logs/histogram'];
const CARD_REFUSAL =
  'The search text looks like a card number; secrets are never searched, so it was not run. Search by other words of the entry (a client, an action, an error), or by the last four digits the row shows, in quotes with the word next to them.';
const JWT_REFUSAL =
  'The search text looks like a JWT; secrets are never searched, so it was not run. Search by other words of the entry instead (a client, an action, an error).';
const RLO = '\u202E';
const BIDI_REFUSAL =
  'The search text holds a hidden right-to-left override (U+202E); it changes how the text reads, so it was not run. Delete it and type the text again.';
const CLIENT_JWT_PROBLEM =
  'client=[redacted: JWT]: the value looks like a JWT; secrets are never searched, so it was not used. Choose the value in the filter panel instead.';
const PREFIX_REFUSAL =
  'The text looks like a card number; secrets are never searched. Type the start of a name or id instead.';
/** The panel's counts and the party fields' suggestions follow an edit once it has settled (300 ms). */
const SETTLED_MS = 1000;

/** The search requests the page sends from now on whose body holds the card number's digits (however spaced) or the JWT. */
const secretSearches = (page: Page): string[] =>
  requestsTo(
    page,
    SEARCHES,
    ({ body }) => /4111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111/.test(body) || body.includes(JWT),
  );

/** The search requests the page sends from now on whose body holds a right-to-left override. */
const overrideSearches = (page: Page): string[] =>
  requestsTo(page, SEARCHES, ({ body }) => body.includes(RLO) || /\\u202e/i.test(body));

/**
 * Opens the filter panel and, once what it asks as it opens (its counts, the party fields' suggestions)
 * has been asked, records the searches the page sends from then on.
 */
async function openFilters(page: Page): Promise<{ filters: Locator; asked: string[] }> {
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  // Answered: the options are described by their counts, each party field lists what it suggests.
  const counted = () =>
    filters
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.some((box) =>
          /^[\d,]+ match(es)?$/.test(
            document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
          ),
        ),
      );
  await expect.poll(counted, { message: 'an option of the panel described by its count' }).toBe(true);
  const suggestions = filters.getByRole('listbox', { name: / suggestions$/ });
  await expect(suggestions.first()).toBeAttached();
  for (const listbox of await suggestions.all()) await expect(listbox.getByRole('option').first()).toBeAttached();
  // Nothing more comes of opening once the panel's settling time has passed.
  await page.waitForTimeout(SETTLED_MS);
  return { filters, asked: requestsTo(page, SEARCHES) };
}

/** The JWT shown anywhere on the page but a field's value: its text, an accessible name, description or tooltip. */
function jwtShown(page: Page): Promise<boolean> {
  return page.evaluate(
    (jwt) =>
      document.body.innerText.includes(jwt) ||
      [...document.body.querySelectorAll('*')].some((element) =>
        [...element.attributes].some(({ name, value }) => name !== 'value' && value.includes(jwt)),
      ),
    JWT,
  );
}

async function expectRefusedAtField(filters: Locator, field: Locator, sentence: string): Promise<void> {
  await expectMarkedInvalid(field);
  await expect(field).toHaveAccessibleDescription(new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(filters.getByRole('alert').filter({ hasText: sentence })).toHaveCount(1);
}

test.describe('search text holding a card number or a token', () => {
  test('typed on the logs page, it is refused at the field in main’s words and never sent; ordinary text searches', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    const total = await page.getByTestId('match-total').textContent();
    const secret = secretSearches(page);
    const { filters, asked } = await openFilters(page);
    const text = filters.getByRole('searchbox', { name: 'Text in description or error' });

    for (const [typed, sentence] of [
      [CARD_NUMBER, CARD_REFUSAL],
      [JWT, JWT_REFUSAL],
    ] as const) {
      await text.fill(typed);
      await expectRefusedAtField(filters, text, sentence);
      await page.waitForTimeout(SETTLED_MS);
      await filters.getByRole('button', { name: 'Save' }).click();
      // Save sends nothing: the panel stays open on the field at fault, the grid shows what it showed.
      await expect(text).toBeFocused();
      await expectRefusedAtField(filters, text, sentence);
      await page.waitForTimeout(SETTLED_MS);
      await expect(page.getByTestId('match-total')).toHaveText(total ?? '');
      expect(secret).toEqual([]);
      expect(asked).toEqual([]);
      expect(await cardNumberShown(page)).toEqual([]);
      expect(await jwtShown(page)).toBe(false);
    }

    // Typed as the start of a client's name, it is not looked up either.
    const client = filters.getByRole('combobox', { name: 'Search client' });
    await client.fill(CARD_NUMBER);
    await expect(client).toHaveAttribute('aria-invalid', 'true');
    await expect(client).toHaveAccessibleDescription(PREFIX_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);
    await client.fill('');

    // Ordinary text, and a card's last four digits in quotes after a word, search as before.
    await text.fill('password reset');
    await expect(text).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => asked.includes('logs/facets')).toBe(true);
    await text.fill('"card 1111"');
    await expect(text).not.toHaveAttribute('aria-invalid', 'true');
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(filters).toHaveCount(0);
    await expect.poll(() => asked.includes('logs/search')).toBe(true);
    await expect(page.getByTestId('refused-banner')).toHaveCount(0);
    expect(secret).toEqual([]);
    expect(await app.fatal()).toBeUndefined();
  });

  test('given by a link, it is named as a link problem, shown masked, and never sent', async ({ app, page }) => {
    const secret = secretSearches(page);
    await app.open('/logs?q=4111%201111%201111%201111&action=delete');
    const problems = page.getByRole('alert', { name: 'Link problems' });
    await expect(problems).toContainText(
      `q=[redacted: card •••• 1111]: the search text looks like a card number; secrets are never searched`,
    );
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);

    // Encoded twice, the text is the card number with its spaces written `%20`: still a card number.
    await app.goTo(`/logs?q=${encodeURIComponent('4111%201111%201111%201111')}`);
    await expect(problems).toContainText(
      `q=[redacted: card •••• 1111]: the search text looks like a card number; secrets are never searched`,
    );
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);

    await app.goTo(`/logs?q=${encodeURIComponent(JWT)}`);
    await expect(problems).toContainText(
      'q=[redacted: JWT]: the search text looks like a JWT; secrets are never searched',
    );
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await jwtShown(page)).toBe(false);
    expect(await app.fatal()).toBeUndefined();
  });

  test('typed in a client’s Logs tab, it is refused at the field and never sent', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}`);
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    const secret = secretSearches(page);
    const { filters, asked } = await openFilters(page);
    const text = filters.getByRole('searchbox', { name: /^Text in / });
    await text.fill(CARD_NUMBER);
    await expectRefusedAtField(filters, text, CARD_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    await filters.getByRole('button', { name: 'Save' }).click();
    await expectRefusedAtField(filters, text, CARD_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(asked).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);
    expect(await app.fatal()).toBeUndefined();
  });

  test('a link to a page that reads nothing from its address, or to no page, never shows the secret it carried', async ({
    app,
    page,
  }) => {
    await app.open(`/investigations?case=${JWT}`);
    await expect(page.getByRole('alert').filter({ hasText: 'was ignored' })).toContainText('[redacted');
    expect(await jwtShown(page)).toBe(false);
    await app.goTo(`/journal?note=${encodeURIComponent(CARD_NUMBER)}`);
    await expect(page.getByRole('alert').filter({ hasText: 'was ignored' })).toContainText('•••• 1111');
    expect(await cardNumberShown(page)).toEqual([]);
    await app.goTo(`/nowhere/${CARD_NUMBER.replaceAll(' ', '-')}`);
    await expect(page.getByRole('heading', { name: 'No page at this address' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'names no page' })).toContainText('•••• 1111');
    expect(await cardNumberShown(page)).toEqual([]);
  });
});

test.describe('search text holding a hidden direction control', () => {
  test('typed on the logs page, it is refused at the field and never sent; an emoji joined by zero-width joiners searches', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    const total = await page.getByTestId('match-total').textContent();
    const { filters, asked } = await openFilters(page);
    const text = filters.getByRole('searchbox', { name: 'Text in description or error' });

    // Shown, "refund deliaf" reads "refund failed" backwards from the override on: searched, it is neither.
    await text.fill(`refund ${RLO}deliaf`);
    await expectRefusedAtField(filters, text, BIDI_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(text).toBeFocused();
    await expectRefusedAtField(filters, text, BIDI_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    await expect(page.getByTestId('match-total')).toHaveText(total ?? '');
    expect(asked).toEqual([]);

    await text.fill('👨\u200D👩\u200D👧 refund');
    await expect(text).not.toHaveAttribute('aria-invalid', 'true');
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(filters).toHaveCount(0);
    await expect.poll(() => asked.includes('logs/search')).toBe(true);
    await expect(page.getByTestId('refused-banner')).toHaveCount(0);
    expect(await app.fatal()).toBeUndefined();
  });

  test('given by a link, it is named as a link problem, shown by its name, and never sent', async ({ app, page }) => {
    const asked = overrideSearches(page);
    await app.open(`/logs?q=${encodeURIComponent(`refund ${RLO}deliaf`)}`);
    await expect(page.getByRole('alert', { name: 'Link problems' })).toContainText(
      `q=refund ⟨U+202E⟩deliaf: ${BIDI_REFUSAL.charAt(0).toLowerCase()}${BIDI_REFUSAL.slice(1)}`,
    );
    await page.waitForTimeout(SETTLED_MS);
    expect(asked).toEqual([]);
    expect(await app.fatal()).toBeUndefined();
  });

  test('typed in a client’s Logs tab, it is refused at the field and never sent', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}`);
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    const { filters, asked } = await openFilters(page);
    const text = filters.getByRole('searchbox', { name: /^Text in / });
    await text.fill(`${RLO}gol`);
    await expectRefusedAtField(filters, text, BIDI_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    await filters.getByRole('button', { name: 'Save' }).click();
    await expectRefusedAtField(filters, text, BIDI_REFUSAL);
    await page.waitForTimeout(SETTLED_MS);
    expect(asked).toEqual([]);
    expect(await app.fatal()).toBeUndefined();
  });
});

test.describe('a link whose client id holds a secret', () => {
  test('names it as a link problem, masked, shows it in no chip, and never sends it', async ({ app, page }) => {
    const secret = secretSearches(page);
    await app.open(`/logs?client=${encodeURIComponent(JWT)}&action=delete`);
    await expect(page.getByRole('alert', { name: 'Link problems' })).toContainText(CLIENT_JWT_PROBLEM);
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await jwtShown(page)).toBe(false);

    await app.goTo(`/logs?not.client=${encodeURIComponent(CARD_NUMBER)}`);
    await expect(page.getByRole('alert', { name: 'Link problems' })).toContainText(
      'not.client=[redacted: card •••• 1111]: the value looks like a card number; secrets are never searched',
    );
    await page.waitForTimeout(SETTLED_MS);
    expect(secret).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);

    // Shown without it, the rest of the link applies and no chip names the secret.
    await page.getByRole('button', { name: /^Show the logs without/ }).click();
    await expect(page.getByRole('alert', { name: 'Link problems' })).toHaveCount(0);
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    expect(secret).toEqual([]);
    expect(await cardNumberShown(page)).toEqual([]);
    expect(await app.fatal()).toBeUndefined();
  });
});
