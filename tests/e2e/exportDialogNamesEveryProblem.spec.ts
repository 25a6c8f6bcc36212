import { expect, test } from './support/appDriver';
import { CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { tabTo } from './support/keyboard';

test.describe('the export dialog, given a purpose with several problems', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('names every problem at once, each with what to do, and never shows the card number back', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    await tabTo(page, page.getByRole('button', { name: 'Export…' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const purpose = dialog.getByRole('textbox', { name: 'Purpose' });
    await tabTo(page, purpose);
    await page.keyboard.type('o\u202E');
    // As it is typed, what is said as typed: the invisible character.
    await expect(purpose).toHaveAccessibleDescription(
      /^The purpose cannot hold U\+202E, .*type it again without it\./u,
    );
    await page.keyboard.press('Tab');
    // Left, every problem at once: too short and the invisible character, each with what to do.
    await expect(purpose).toHaveAccessibleDescription(
      /^Say why you export in a few words \(at least 3 characters\)\. The purpose cannot hold U\+202E, an invisible character that changes how the text reads; type it again without it\./u,
    );

    await tabTo(page, purpose, { backwards: true });
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(` ${CARD_NUMBER}`);
    await expect(purpose).toHaveAccessibleDescription(
      /The purpose cannot hold U\+202E.*looks like a card number ending/u,
    );
    await expect(purpose).toHaveValue(`o\u202E ${CARD_NUMBER}`);
    expect(await cardNumberShown(page)).toEqual([]);
  });
});
