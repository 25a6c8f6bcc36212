import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the operational grid at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test('walked with the keyboard, with junk in the address and the fields', async ({ app, page }, info) => {
      test.setTimeout(180_000);
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`) });
      await app.open(`/logs?size=7&mode=pages&page=0&zzz=%3Cb%3E&q=${'y'.repeat(300)}`);
      const problems = page.getByRole('alert', { name: 'Link problems' });
      await expect(problems).toBeVisible();
      await expectNoSidewaysScroll(page);
      // A long text from the link wraps inside its chip: the whole chip, and its ✕, stay in the window.
      const chip = page.getByLabel('Active filters').getByRole('button', { name: /^Remove Text: / });
      const box = await chip.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      await shot('1-junk-link');
      await problems.getByRole('button', { name: 'Show the logs without these 3 parameters' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ matches$/);
      await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();

      // A client typed and not picked: Save says so next to the field and keeps the text.
      await page.keyboard.press('Enter');
      const filters = page.getByRole('form', { name: 'Filters' });
      await filters.getByLabel('Search client').focus();
      await page.keyboard.type('Kumar');
      // No log of this link's text names a client: the field says so rather than dropping the name.
      await filters.getByRole('button', { name: 'Save' }).focus();
      await page.keyboard.press('Enter');
      await expect(
        // Saved before or after the suggestions answer: either way the text stays and the field says why.
        filters
          .getByRole('alert')
          .filter({ hasText: /^(No client matches “Kumar” within the other filters|Still looking up “Kumar”)/ }),
      ).toBeVisible();
      await expect(filters.getByRole('button', { name: 'Save' })).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await shot('2-unpicked-client');
      await page.keyboard.press('Escape');
      await expect(filters).toHaveCount(0);

      // A view name too long, and numbered pages with junk in the page number.
      const name = page.getByRole('textbox', { name: 'View name' });
      await name.focus();
      await page.keyboard.insertText('<b>'.repeat(50));
      await expect(page.getByRole('alert').filter({ hasText: 'this one has 150' })).toBeVisible();
      await page.getByRole('button', { name: 'Pages', exact: true }).focus();
      await page.keyboard.press('Enter');
      const number = page.getByRole('textbox', { name: 'Page number' });
      await number.focus();
      await page.keyboard.type('-1e9');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('group', { name: 'Pages' }).getByRole('alert')).toContainText('Write a page number');
      await expectNoSidewaysScroll(page);
      await shot('3-pages-and-view-name');
    });
  });
}
