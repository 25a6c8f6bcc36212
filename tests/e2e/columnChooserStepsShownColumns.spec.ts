import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { isFocused, tabTo } from './support/keyboard';

test.use({ consoleOptions: { name: 'e2e-column-chooser-shown-columns' } });

/** The column headers the grid draws, by their accessible names, left to right. */
async function headerNames(page: Page): Promise<string[]> {
  const names = await page.getByRole('grid').getByRole('columnheader').allInnerTexts();
  return names.map((name) => name.trim());
}

/** Opens the column chooser from the keyboard: Tab to the Columns button, then Enter. */
async function openChooser(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Columns' }));
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('group', { name: 'Columns' });
  await expect(chooser).toBeVisible();
  return chooser;
}

/**
 * Presses Space on the focused box and measures the grid over the next 20 frames: the stretches of the
 * header and of the first row that nothing covers, within the grid's width. A column hidden or shown
 * leaves none, in any frame: the grid redraws at once rather than sliding the columns into place.
 */
async function blankStripsAfterToggle(page: Page): Promise<string[]> {
  const measured = page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const grid = document.querySelector('[data-testid="log-grid"]');
        const box = document.activeElement;
        if (!grid || !box) throw new Error('no grid, or nothing focused');
        const found: string[] = [];
        const uncovered = (selector: string, left: number, right: number): string[] => {
          const spans = [...grid.querySelectorAll(selector)]
            .map((cell) => cell.getBoundingClientRect())
            .map((rect) => [Math.max(rect.left, left), Math.min(rect.right, right)] as const)
            .filter(([start, end]) => end > start)
            .sort((a, b) => a[0] - b[0]);
          const gaps: string[] = [];
          let reached = left;
          for (const [start, end] of [...spans, [right, right] as const]) {
            if (start > reached + 1) gaps.push(`${Math.round(reached)}-${Math.round(start)}`);
            reached = Math.max(reached, end);
          }
          return gaps;
        };
        const frame = (count: number) => {
          const header = grid.querySelector('.ag-header')?.getBoundingClientRect();
          const { left, right } = grid.getBoundingClientRect();
          const end = Math.min(right, header?.right ?? right) - 2;
          for (const gap of uncovered('.ag-header-cell', left + 2, end)) found.push(`frame ${count}, header: ${gap}`);
          for (const gap of uncovered('.ag-row[row-index="0"] .ag-cell', left + 2, end))
            found.push(`frame ${count}, first row: ${gap}`);
          if (count < 20) requestAnimationFrame(() => frame(count + 1));
          else resolve(found);
        };
        box.addEventListener('change', () => frame(0), { once: true });
      }),
  );
  await page.keyboard.press('Space');
  return measured;
}

test('a move steps past the next shown column, and says its place among the columns shown', async ({ app, page }) => {
  await app.open();
  await expectGridShows(page);
  const chooser = await openChooser(page);
  const shownCount = await chooser.getByRole('checkbox', { checked: true }).count();
  // Description hidden sits between Action and Client.
  await tabTo(page, chooser.getByRole('checkbox', { name: 'Description' }));
  await page.keyboard.press('Space');
  await expect.poll(() => headerNames(page)).not.toContain('Description');
  expect((await headerNames(page)).slice(0, 3)).toEqual([expect.stringMatching(/^Created/), 'Action', 'Client']);

  // One press, one step the grid shows: past Client, not only past the hidden Description.
  const moveRight = chooser.getByRole('button', { name: 'Move Action right' });
  await tabTo(page, moveRight, { backwards: true });
  await page.keyboard.press('Enter');
  const status = chooser.getByRole('status');
  await expect(status).toHaveText(`Action moved right: column 3 of ${shownCount - 1}.`);
  await expect
    .poll(async () => (await headerNames(page)).slice(0, 3))
    .toEqual([expect.stringMatching(/^Created/), 'Client', 'Action']);
  expect(await isFocused(moveRight)).toBe(true);

  // Back left: one step again, to where it was.
  const moveLeft = chooser.getByRole('button', { name: 'Move Action left' });
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(moveLeft)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`Action moved left: column 2 of ${shownCount - 1}.`);
  await expect
    .poll(async () => (await headerNames(page)).slice(0, 3))
    .toEqual([expect.stringMatching(/^Created/), 'Action', 'Client']);

  // Past only hidden columns there is nothing to see: the last shown column's right button says so.
  const lastShown = chooser.getByRole('button', { name: 'Move Error right' });
  await expect(lastShown).toHaveAttribute('aria-disabled', 'true');
  // A hidden column is placed among the shown ones, as it will show.
  await tabTo(page, chooser.getByRole('button', { name: 'Move Related operation left' }));
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(
    `Related operation moved left, hidden: column ${shownCount - 1} of ${shownCount} once shown.`,
  );
  expect(await app.fatal()).toBeUndefined();
});

for (const { width, height } of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`hiding or showing a column leaves no blank strip in the grid at ${width}x${height}`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open();
    await expectGridShows(page);
    const chooser = await openChooser(page);
    await tabTo(page, chooser.getByRole('checkbox', { name: 'Action' }));
    expect(await blankStripsAfterToggle(page), 'after hiding Action').toEqual([]);
    await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Action' })).toHaveCount(0);
    expect(await blankStripsAfterToggle(page), 'after showing Action again').toEqual([]);
    await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Action' })).toHaveCount(1);
  });
}
