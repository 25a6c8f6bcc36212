import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { tabTo } from './support/keyboard';

const OPEN_NOTE =
  'The quote at character 1 is not closed, so the words after it, to the end of the text, are searched as one phrase of whole words, never as the start of a word. Type " where the phrase ends, or delete the quote.';

test('the chip of a search with a quote left open says what the search field says of it', async ({ app, page }) => {
  await app.open('/logs?q=%22sending%20transaction');
  await expectGridShows(page);
  const chip = page.getByRole('button', { name: /^Remove Text:/ });
  await expect(chip).toHaveAccessibleDescription(OPEN_NOTE);
  await expect(page.getByText(OPEN_NOTE)).toBeVisible();

  // Closed, the chip has nothing more to say.
  await app.goTo('/logs?q=%22sending%20transaction%22');
  await expectGridShows(page);
  await expect(chip).not.toHaveAttribute('aria-describedby');
  await expect(page.getByText('is not closed')).toHaveCount(0);

  // Typed from the keyboard and saved, the chip carries the note too.
  await tabTo(page, page.getByRole('button', { name: 'Filters', exact: true }));
  await page.keyboard.press('Enter');
  const text = page
    .getByRole('form', { name: 'Filters' })
    .getByRole('searchbox', { name: 'Text in description or error' });
  await text.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('"logged in');
  await page.keyboard.press('Enter');
  await expectGridShows(page);
  await expect(chip).toHaveAccessibleDescription(OPEN_NOTE);
  expect(await app.fatal()).toBeUndefined();
});

test('the chip of a search main refuses says the refusal alone, as the search field does', async ({ app, page }) => {
  // A quote left open before a word too short to be searched on its own: main refuses the text for the word.
  await app.open('/logs?q=%22ab');
  const chip = page.getByRole('button', { name: /^Remove Text:/ });
  await expect(page.getByTestId('refused-banner')).toContainText('"ab" cannot be searched on its own');
  await expect(chip).toBeVisible();
  await expect(chip).not.toHaveAttribute('aria-describedby');
  // The panel a refusal opens says the refusal at the field, and nothing of the quote either.
  const text = page
    .getByRole('form', { name: 'Filters' })
    .getByRole('searchbox', { name: 'Text in description or error' });
  await expect(text).toHaveAccessibleDescription(/"ab" cannot be searched on its own/);
  await expect(page.getByText('is not closed')).toHaveCount(0);
  expect(await app.fatal()).toBeUndefined();
});
