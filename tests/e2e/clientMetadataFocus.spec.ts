import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

/** The grid's sideways scroll bar. */
const sideways = (page: Page) => page.getByTestId('log-grid').locator('.ag-body-horizontal-scroll-viewport');
/** What scrolls the grid's rows. */
const rows = (page: Page) => page.getByTestId('log-grid').locator('.ag-grid-viewport');

test.describe('an event’s metadata opened from the keyboard, on the client page at 1440x900', () => {
  test.use({ viewport: { width: 1440, height: 900 }, consoleOptions: { role: 'riskOfficer' } });

  test('stays open when the grid beside the detail scrolls sideways, and gives the focus back to its cell when the row moves', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'events');
    await expect(page.getByTestId('match-total')).toHaveText(/\d match/);
    const firstRow = page.getByTestId('log-grid').locator('.ag-row[row-index="0"]');
    const firstDate = firstRow.locator('[col-id="createdAt"]');
    await expect(firstDate).toHaveText(/\d\d:\d\d/);
    await firstDate.focus();
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
    const metadataCell = firstRow.locator('[col-id="metadata"]');
    await expect(metadataCell).toBeFocused();
    // Moving in the row shows its detail beside the grid, which narrows the grid: it scrolls sideways.
    await expect(page.getByTestId('log-detail')).toBeVisible();
    expect(await sideways(page).evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /^Metadata of / });
    await expect(panel).toBeFocused();

    // Scrolled back to its start, as a swipe over the rows does. (Not through the grid's own scroll bar: the
    // grid ignores it for 150 ms after it scrolled itself, bringing the cell into view on Enter.)
    await expect(async () => {
      await rows(page).evaluate(async (element) => {
        element.scrollLeft = 0;
        for (let frame = 0; frame < 3; frame += 1) await new Promise(requestAnimationFrame);
      });
      await expect(metadataCell).not.toBeInViewport({ timeout: 500 });
    }).toPass();
    // The row did not move: the panel stays under it, with the keyboard in it.
    await expect(panel).toBeFocused();
    await expect(panel).toBeInViewport();

    // A wheel over the grid's rows moves them.
    const date = await firstDate.boundingBox();
    await page.mouse.move((date?.x ?? 0) + 20, (date?.y ?? 0) + 5);
    await page.mouse.wheel(0, 150);
    await expect(panel).toHaveCount(0);
    await expect(metadataCell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel).toBeFocused();
  });
});
