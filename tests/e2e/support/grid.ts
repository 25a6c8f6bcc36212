import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** The log grid's rows that carry an id, pinned copies of a row included. */
export const ROWS = '[data-testid="log-grid"] .ag-row[row-id]';

/** The selector of the log grid's row with id `id`, pinned copies included. */
export const rowOf = (id: string) => `[data-testid="log-grid"] .ag-row[row-id="${id}"]`;

/** The log grid's rows that carry an id, as a locator. */
export const gridRows = (page: Page): Locator => page.locator(ROWS);

/** How the grid's total names `count` matching entries: "1 match", "1,234 matches". */
export const matches = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'match' : 'matches'}`;

/** What the grid's total reads once it has counted (never "Counting matches…" nor "Not counted"). */
export const COUNTED = /^(more than )?[\d,]+ match(es)?$/;

/**
 * Waits until the grid shows its rows and its total: the total reads `total` (a count, a text or a pattern),
 * nothing is loading, and the first row is drawn unless the total counts none. The total shows before the
 * rows are drawn, so a test that reads rows waits here rather than on the total alone.
 */
export async function expectGridShows(page: Page, total: number | string | RegExp = COUNTED): Promise<void> {
  const shown = page.getByTestId('match-total');
  await expect(shown).toHaveText(typeof total === 'number' ? matches(total) : total);
  const loading = page.getByRole('status').filter({ hasText: 'Loading…', has: shown });
  await expect(loading).toHaveCount(0);
  if ((await shown.textContent()) === matches(0)) await expect(gridRows(page)).toHaveCount(0);
  else await expect(gridRows(page).first()).toBeVisible();
}

/** The event the address names for the detail, as the page wrote it. */
export function detailInAddress(page: Page): string | null {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('detail');
}

/** Loaded rows the grid renders, by row index (pinned containers repeat a row; one entry each). */
export async function renderedRows(page: Page): Promise<Map<number, string>> {
  const pairs = await page
    .locator(ROWS)
    .evaluateAll((rows) =>
      rows.map((row) => [Number(row.getAttribute('row-index')), row.getAttribute('row-id') ?? ''] as const),
    );
  return new Map(pairs);
}

/** Row ids in display order, each once. */
export async function renderedIds(page: Page): Promise<string[]> {
  const rows = await renderedRows(page);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
}

/**
 * Opens the first row's detail from the keyboard (Tab to the first column header, then Arrow Down) and
 * returns the detail panel once it shows. Wait first for the rows the test needs: the grid must hold them.
 */
export async function openFirstRowDetail(page: Page): Promise<Locator> {
  await tabTo(page, page.getByRole('grid').getByRole('columnheader').first());
  await page.keyboard.press('ArrowDown');
  const detail = page.getByRole('complementary', { name: 'Log detail' });
  await expect(detail).toBeVisible();
  return detail;
}
