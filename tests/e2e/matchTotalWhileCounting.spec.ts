import { expect, test } from './support/appDriver';
import { COUNTED } from './support/grid';
import { tabTo } from './support/keyboard';

test('while the first page is read, one status says it is counting and loading; Cancel stays reachable', async ({
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
  const total = page.getByTestId('match-total');
  const status = page.getByRole('status').filter({ has: total });
  // One announcement names both: a second status beside it would have a screen reader hear two at once.
  await expect(status).toHaveText('Counting matches… Loading…');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(1);
  const cancel = page.getByRole('button', { name: 'Cancel loading' });
  await expect(page.getByRole('status').filter({ has: cancel })).toHaveCount(0);
  await tabTo(page, cancel);
  release();
  await expect(status).toHaveText(COUNTED);
  await expect(total).toHaveText(COUNTED);
});
