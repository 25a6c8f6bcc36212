import { expect, test } from './support/appDriver';
import { openFromInvestigations } from './support/bundleOpener';
import { expectMarkedInvalid } from './support/invalidField';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

const LONG_TITLE = 'Wallet drain '.repeat(40);

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the investigations page at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme, consoleOptions: { role: 'investigator' } });

    test('walked with the keyboard, with junk in the address and the fields', async ({ app, page }, info) => {
      test.setTimeout(180_000);
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
      await app.open('/investigations?case=%3Cb%3E&x=' + 'y'.repeat(300));
      const form = page.getByRole('form', { name: 'New case' });
      await expect(form).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot('1-empty');

      // Nothing typed: the form says what is missing next to the field, and keeps focus in the form.
      const title = form.getByRole('textbox', { name: 'Title' });
      await title.focus();
      await page.keyboard.press('Enter');
      await expect(form.getByRole('alert')).toHaveText(['Give the case a title.', /^Say what the case is for/]);
      await expect(title).toBeFocused();
      await expect(title).toHaveAttribute('aria-invalid', 'true');
      await shot('2-empty-submit');

      await form.getByRole('textbox', { name: 'Title' }).fill(LONG_TITLE);
      await form.getByRole('textbox', { name: 'Purpose' }).fill('<script>alert(1)</script>'.repeat(20));
      await form.getByRole('textbox', { name: 'Reference' }).fill('INC-' + '9'.repeat(200));
      await form.getByRole('button', { name: 'Create case' }).focus();
      await page.keyboard.press('Enter');
      // Each field over its limit says so with its length; nothing typed is cut, no case is made.
      await expect(form.getByRole('alert')).toHaveText([
        `The title is too long: shorten it to at most 200 characters; this one has ${LONG_TITLE.trim().length}.`,
        'The reference is too long: shorten it to at most 200 characters; this one has 204.',
      ]);
      await expect(title).toBeFocused();
      await expect(title).toHaveValue(LONG_TITLE);
      await expect(page.getByText('No case yet.')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot('3-junk-case');

      await title.fill('Wallet drain');
      await expect(form.getByRole('alert')).toHaveCount(1);
      await form.getByRole('textbox', { name: 'Reference' }).fill('INC-42');
      await expect(form.getByRole('alert')).toHaveCount(0);
      await form.getByRole('textbox', { name: 'Reference' }).press('Enter');
      const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
      await expect(card).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot('4-case');

      // A bundle path main refuses is marked at the field, and looks it, as every field at fault does.
      await openFromInvestigations(page, `/${'p'.repeat(5_000)}.acbundle`);
      const path = page.getByRole('form', { name: 'Open a bundle' }).getByRole('textbox', { name: 'Bundle file path' });
      await expect(path).toHaveAccessibleDescription(
        /^The file path is too long: shorten it to at most 4,096 characters; this one has 5,010\./,
      );
      await expect(path).toBeFocused();
      await expectMarkedInvalid(path);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: info.outputPath('5-path-refused.png') });
    });
  });
}
