import { expect, test } from './support/appDriver';
import { detailInAddress, openFirstRowDetail, rowOf } from './support/grid';

const CLIENT_LINK = /^Open the client page of /;

test('Enter on a row’s Client cell opens that client’s page, and Back gives the focus back to its link', async ({
  app,
  page,
}) => {
  await app.open('/logs');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('link', { name: CLIENT_LINK }).first()).toBeVisible({ timeout: 30_000 });
  const detail = await openFirstRowDetail(page);
  // The address follows the detail shown a moment after it shows.
  await expect.poll(() => detailInAddress(page)).not.toBeNull();
  const opened = detailInAddress(page);

  // Arrow keys move along the row to the cell holding the client's link.
  const focusedCell = grid.getByRole('gridcell').and(page.locator(':focus'));
  const link = focusedCell.getByRole('link', { name: CLIENT_LINK });
  for (let presses = 0; presses < 12 && (await link.count()) === 0; presses++) {
    await page.keyboard.press('ArrowRight');
    await expect(focusedCell).toHaveCount(1);
  }
  const name = (await link.getAttribute('aria-label')) ?? '';
  const [, id = ''] = /\(([^()]+)\)$/.exec(name) ?? [];
  expect(id).not.toBe('');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: /\)$/ })).toBeFocused();
  // The client's page has an address of its own: the logs' detail stays out of it.
  expect(new URL(page.url()).hash).toBe(`#/clients/${id}`);

  await page.goBack();
  const followed = page
    .locator(rowOf(opened ?? ''))
    .first()
    .getByRole('link', { name, exact: true });
  await expect(followed).toBeFocused({ timeout: 30_000 });
  await expect(detail).toBeVisible();
  expect(detailInAddress(page)).toBe(opened);
});
