import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';

/** Whether the field's placeholder shows whole in its box: set as the field's text, it would not scroll. */
const placeholderFits = (field: Locator) =>
  field.evaluate((element: HTMLInputElement) => {
    const typed = element.value;
    element.value = element.placeholder;
    const fits = element.scrollWidth <= element.clientWidth;
    element.value = typed;
    return fits;
  });

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test.describe(`in a ${viewport.width}x${viewport.height} window`, () => {
    test.use({ viewport });

    test("the client and employee fields' placeholders show whole, the full hint in their description", async ({
      app,
      page,
    }) => {
      await app.open('/logs');
      await tabTo(page, page.getByRole('button', { name: 'Filters' }));
      await page.keyboard.press('Enter');
      const filters = page.getByRole('form', { name: 'Filters' });
      for (const party of ['client', 'employee']) {
        const field = filters.getByRole('combobox', { name: `Search ${party}` });
        await expect(field).toBeVisible();
        expect(await placeholderFits(field), `the ${party} placeholder shows whole`).toBe(true);
        await expect(field).toHaveAccessibleDescription(
          `Type the start of a name or id of the ${party}, then pick one from the list.`,
        );
      }
    });
  });
}
