import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { isFocused, tabTo } from './support/keyboard';
import { typeViewName } from './support/savedViews';
import { openBusyClient } from './support/navigation';

test.use({ consoleOptions: { name: 'e2e-column-order-keyboard' } });

/** The first `count` column headers the grid draws, by their accessible names, left to right. */
async function headerNames(page: Page, count: number): Promise<string[]> {
  const headers = page.getByRole('grid').getByRole('columnheader');
  await expect(headers.nth(count - 1)).toBeVisible();
  const names: string[] = [];
  for (let index = 0; index < count; index++) names.push((await headers.nth(index).innerText()).trim());
  return names;
}

/** Opens the column chooser from the keyboard: Tab to the Columns button, then Enter. */
async function openChooser(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Columns' }));
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('group', { name: 'Columns' });
  await expect(chooser).toBeVisible();
  return chooser;
}

test('a column moved from the keyboard keeps its place through a reload and Back', async ({ app, page }) => {
  await app.open();
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Action', 'Description']);

  const chooser = await openChooser(page);
  const moveLeft = chooser.getByRole('button', { name: 'Move Action left' });
  await tabTo(page, moveLeft);
  const saved = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/save'));
  await page.keyboard.press('Enter');
  await saved;
  await expect(chooser.getByRole('status')).toHaveText('Action moved left: column 1 of 10.');
  expect(await isFocused(moveLeft)).toBe(true);
  expect(await headerNames(page, 3)).toEqual(['Action', expect.stringMatching(/^Created/), 'Description']);
  // At the left end already: the button says so and keeps the focus, rather than vanishing under it.
  await expect(moveLeft).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  expect(await isFocused(moveLeft)).toBe(true);

  // Right again, past Created and then Description, from the other button of the same column.
  const moveRight = chooser.getByRole('button', { name: 'Move Action right' });
  await page.keyboard.press('Tab');
  expect(await isFocused(moveRight)).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(chooser.getByRole('status')).toHaveText('Action moved right: column 3 of 10.');
  expect(await isFocused(moveRight)).toBe(true);
  await expect.poll(() => headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Description', 'Action']);
  // The list reads in the grid's order too.
  const boxes = await chooser
    .getByRole('checkbox')
    .evaluateAll((inputs) => inputs.slice(0, 3).map((input) => input.closest('label')?.textContent?.trim()));
  expect(boxes).toEqual(['Created', 'Description', 'Action']);

  await app.reload();
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Description', 'Action']);

  await app.goTo('/clients');
  await page.goBack();
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Description', 'Action']);
});

test('a column moved from the keyboard while a view is active belongs to that view', async ({ app, page }) => {
  await app.open('/logs?action=delete');
  await typeViewName(page, 'Deletes');
  const active = page.getByTestId('active-view');
  await expect(active).toHaveText('View: Deletes');

  const chooser = await openChooser(page);
  await tabTo(page, chooser.getByRole('button', { name: 'Move Description left' }));
  await page.keyboard.press('Enter');
  await expect(chooser.getByRole('status')).toHaveText('Description moved left: column 2 of 10.');
  await expect(active).toHaveText('View: Deletes (changed)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Save to view' }));
  await page.keyboard.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Save view' });
  await tabTo(page, question.getByRole('button', { name: 'Replace' }));
  await page.keyboard.press('Enter');
  await expect(active).toHaveText('View: Deletes');

  await app.reload();
  await expect(active).toHaveText('View: Deletes');
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Description', 'Action']);
  // The default grid keeps its own order.
  await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: 'No view (default columns)' });
  await expect(active).toHaveCount(0);
  await expect.poll(() => headerNames(page, 3)).toEqual([expect.stringMatching(/^Created/), 'Action', 'Description']);
});

test('the client page’s Events grid orders its columns from the keyboard too', async ({ app, page, cluster }) => {
  await openBusyClient(app, cluster, 'events');
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Date/), 'Actor type', 'Actor']);

  const chooser = await openChooser(page);
  const moveRight = chooser.getByRole('button', { name: 'Move Actor type right' });
  await tabTo(page, moveRight);
  const saved = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/save'));
  await page.keyboard.press('Enter');
  await saved;
  await expect(chooser.getByRole('status')).toHaveText(/^Actor type moved right: column 3 of \d+\.$/);
  expect(await isFocused(moveRight)).toBe(true);

  await app.reload();
  await expectGridShows(page);
  expect(await headerNames(page, 3)).toEqual([expect.stringMatching(/^Date/), 'Actor', 'Actor type']);
});
