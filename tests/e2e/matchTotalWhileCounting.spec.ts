import { expect, test } from './support/appDriver';
import { COUNTED } from './support/grid';

test('while the first page is read, the total says it is counting, as a status a screen reader hears', async ({
  app,
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/logs/search', async (route) => {
    await held;
    await route.continue();
  });
  await app.open();
  const total = page.getByRole('status').and(page.getByTestId('match-total'));
  await expect(total).toHaveText('Counting matches…');
  release();
  await expect(total).toHaveText(COUNTED);
});
