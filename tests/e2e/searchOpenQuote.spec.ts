import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

const OPEN_NOTE =
  'The quote at character 1 is not closed, so the words after it, to the end of the text, are searched as one phrase of whole words, never as the start of a word. Type " where the phrase ends, or delete the quote.';

/** The filter panel opened from the keyboard, and its search field. */
async function openSearch(page: Page) {
  await page.getByRole('button', { name: 'Filters', exact: true }).press('Enter');
  const filters = page.getByRole('form', { name: 'Filters' });
  return { filters, text: filters.getByRole('searchbox', { name: 'Text in description or error' }) };
}

/** Types `typed` in place of the field's text and saves with Enter; the number of matches the grid then shows. */
async function search(page: Page, typed: string): Promise<string> {
  const { filters, text } = await openSearch(page);
  await text.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(typed);
  await page.keyboard.press('Enter');
  await expect(filters).toHaveCount(0);
  const total = page.getByTestId('match-total');
  await expect(total).toHaveText(/^[\d,]+ match/);
  return (await total.textContent()) ?? '';
}

test('a quote left open is said at the search field, and searched as the phrase it would be closed', async ({
  app,
  page,
}) => {
  await app.open('/logs');
  await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
  const { filters, text } = await openSearch(page);
  await text.focus();
  await page.keyboard.type('"sending');
  const note = filters.getByRole('status').filter({ hasText: 'is not closed' });
  await expect(note).toHaveText(OPEN_NOTE);
  await expect(text).toHaveAccessibleDescription(new RegExp(`^${OPEN_NOTE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(text).not.toHaveAttribute('aria-invalid', 'true');
  // The note keeps its words while the phrase is typed on, and goes once the quote is closed.
  await page.keyboard.type(' transaction');
  await expect(note).toHaveText(OPEN_NOTE);
  await page.keyboard.type('"');
  await expect(filters.getByText('is not closed')).toHaveCount(0);
  await page.keyboard.press('Escape');

  const closed = await search(page, '"sending transaction"');
  expect(closed).not.toMatch(/^0 match/);
  expect(await search(page, '"sending transaction')).toBe(closed);
  // Left open after one word, that word is whole: the start of a word finds nothing there.
  expect(await search(page, 'sendin')).not.toMatch(/^0 match/);
  expect(await search(page, '"sendin')).toMatch(/^0 match/);
  const reopened = await openSearch(page);
  await expect(reopened.text).toHaveValue('"sendin');
  await expect(reopened.filters.getByRole('status').filter({ hasText: 'is not closed' })).toHaveText(OPEN_NOTE);
  // A quote with no word after it is ignored, and said so.
  await reopened.text.fill('sendin "');
  await expect(reopened.filters.getByRole('status').filter({ hasText: 'is not closed' })).toHaveText(
    'The quote at character 8 is not closed and no word follows it, so it is ignored. Delete it, or type a phrase after it.',
  );
  expect(await app.fatal()).toBeUndefined();
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`the note about a quote left open at ${width}x${height}, ${colorScheme}`, async ({ app, page }, info) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await app.open('/logs');
    const { filters, text } = await openSearch(page);
    await text.focus();
    // As long as main searches (500 characters): a longer text is refused, and its refusal is all the field says.
    const long = `timeout -"${'gateway refused the transfer '.repeat(16)}`;
    await page.keyboard.insertText(long);
    const note = filters.getByRole('status').filter({ hasText: 'is not closed' });
    await expect(note).toHaveText(/^The quote at character 10 is not closed, so rows with the words after it/);
    await expectNoSidewaysScroll(page);
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('open-quote.png') });
  });
}
