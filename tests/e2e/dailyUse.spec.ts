import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { requestsTo } from './support/requestsTo';

const GRID = '[data-testid="log-grid"]';

async function openLogs(app: { open: (route?: string) => Promise<void> }, page: Page, route = '/logs') {
  await app.open(route);
  await expectGridShows(page, /matches$/);
}

const inGrid = (page: Page) =>
  page.evaluate((selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false, GRID);

test('Tab moves into the grid once and out again', async ({ app, page }) => {
  await openLogs(app, page);
  await page.getByRole('button', { name: 'Filters' }).focus();
  let entered = -1;
  for (let press = 0; press < 60; press += 1) {
    await page.keyboard.press('Tab');
    const inside = await inGrid(page);
    if (inside && entered < 0) entered = press;
    if (!inside && entered >= 0) break;
  }
  expect(entered, 'Tab never reached the grid').toBeGreaterThanOrEqual(0);
  expect(await inGrid(page), 'Tab never left the grid').toBe(false);
  // Shift+Tab comes back into it, and arrows move inside it.
  await page.keyboard.press('Shift+Tab');
  expect(await inGrid(page)).toBe(true);
});

test('Esc closes the filter and detail panels, and focus goes back where it came from', async ({ app, page }) => {
  await openLogs(app, page);
  const filtersButton = page.getByRole('button', { name: 'Filters' });
  await filtersButton.click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByRole('group', { name: 'Action' }).getByRole('checkbox').first().focus();
  await page.keyboard.press('Escape');
  await expect(filters).toHaveCount(0);
  await expect(filtersButton).toBeFocused();

  const third = page.locator('[data-testid="log-grid"] .ag-row[row-index="2"][row-id]').first();
  await third.getByRole('gridcell').first().click();
  const openedFrom = await third.getAttribute('row-id');
  const detail = page.getByRole('complementary', { name: 'Log detail' });
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Copy as JSON' }).focus();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  // Focus is back on the row the detail showed, not on the page's body, and the detail stays closed.
  const focused = page.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.locator(`[role="row"][row-id="${openedFrom}"] [role="gridcell"]:focus`)).toHaveCount(1);
  await expect(detail).toHaveCount(0);
  // The keyboard carries on from there: the next row opens with the arrow key.
  await page.keyboard.press('ArrowDown');
  await expect(detail).toBeVisible();

  // The Close button returns focus the same way.
  await detail.getByRole('button', { name: 'Close detail' }).click();
  await expect(detail).toHaveCount(0);
  await expect(focused).toHaveCount(1);
});

// Open: after Save applies a new query, no element keeps focus (seen in Chromium: the page has no active
// element), although Esc and Cancel return it to Filters. Kept as the test the fix must turn green.
test('Save puts focus back on the Filters button', async ({ app, page }) => {
  await openLogs(app, page);
  const filtersButton = page.getByRole('button', { name: 'Filters' });
  await filtersButton.click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters
    .getByRole('group', { name: 'Action' })
    .getByRole('checkbox', { name: /^delete/ })
    .check();
  await filters.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(filters).toHaveCount(0);
  await expect(page.getByLabel('Active filters').getByText('Action: delete')).toBeVisible();
  await expect(filtersButton).toBeFocused();
});

test('the quick Client and Employee buttons focus their field, also with the panel open', async ({ app, page }) => {
  await openLogs(app, page);
  await page.getByRole('button', { name: 'Client', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await expect(filters.getByLabel('Search client')).toBeFocused();
  await page.getByRole('button', { name: 'Employee', exact: true }).click();
  await expect(filters.getByLabel('Search employee')).toBeFocused();
  await page.getByRole('button', { name: 'Client', exact: true }).click();
  await expect(filters.getByLabel('Search client')).toBeFocused();
});

test('histogram bars are reached with Tab and narrow the time range with Enter', async ({ app, page }) => {
  await openLogs(app, page);
  const chart = page.getByRole('group', { name: /^Matches over time/ });
  const first = chart.getByRole('button').first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  // A focused bar shades its whole column, so focus shows on a bar of one pixel or of no matches.
  const [barBox, chartBox] = await Promise.all([first.boundingBox(), chart.boundingBox()]);
  expect(barBox?.height).toBeGreaterThan((chartBox?.height ?? 0) - 4);
  // Arrows walk the bars to one with matches.
  for (let step = 0; step < 300; step += 1) {
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (/: [1-9][\d,]* matches$/.test(name)) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /: [1-9][\d,]* matches$/);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/from=.*&to=/);
});

test('a Refresh button reads the query again, and a relative range says when its "now" was', async ({ app, page }) => {
  await app.open('/logs?last=30d');
  await expect(page.getByTestId('match-total')).toHaveText(/matches$/);
  const now = page.getByTestId('range-now');
  await expect(now).toHaveText(/^Last 30 days up to \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC([+-]\d{2}:\d{2})?$/);
  const searches = requestsTo(page, ['logs/search']);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => searches.length).toBeGreaterThan(0);
  await expect(now).toBeVisible();
});

test("a query changed while its first page is still being read shows the new query's total", async ({ app, page }) => {
  // The first search is held until the route has moved on: the grid swaps to the new query's rows
  // while the old query's read is still open, which must not leave the new one waiting for ever.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked: () => void = () => undefined;
  const firstAsked = new Promise<void>((resolve) => (asked = resolve));
  let first = true;
  await page.route('**/api/logs/search', async (route) => {
    if (!first) return route.continue();
    first = false;
    asked();
    await held;
    await route.continue();
  });
  await app.open();
  await firstAsked;
  await app.goTo('/logs?last=30d');
  release();
  await expect(page.getByTestId('match-total')).toHaveText('0 matches');
  await app.goTo('/logs');
  await expect(page.getByTestId('match-total')).toHaveText(/^[1-9][\d,]* matches$/);
});

test('a header click sorts the rows by that column and shows them', async ({ app, page }) => {
  await openLogs(app, page);
  await page.getByRole('columnheader', { name: 'Action' }).click();
  // The first click sorts descending (the grid's sorting order), and the rows come in that order.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/sort=action\.desc/);
  await expectGridShows(page, /^[1-9][\d,]* matches$/);
  // The rows read before the click stay drawn until the sorted ones replace them: wait for those.
  const actions = page.locator(`${GRID} .ag-row [col-id="action"]`);
  await expect
    .poll(
      async () => {
        const shown = await actions.allTextContents();
        return shown.length > 1 && shown.join('\n') === [...shown].sort().reverse().join('\n');
      },
      { message: 'more than one row shown, in descending order of Action' },
    )
    .toBe(true);
});

test('the Error column shows one line; the detail the whole error, a JSON stack as lines', async ({ app, page }) => {
  await openLogs(app, page, '/logs?q=E11000');
  const summary = page.getByRole('gridcell', { name: /^MongoServerError: E11000 duplicate key/ }).first();
  await expect(summary).toBeVisible();
  await expect(page.locator(`${GRID} [col-id="error"]`).filter({ hasText: '{' })).toHaveCount(0);
  await summary.click();
  const detail = page.getByRole('complementary', { name: 'Log detail' });
  await expect(detail.getByRole('region', { name: 'Error' })).toContainText('key_1_language_1');

  await app.goTo('/logs?q=ETIMEDOUT');
  await page
    .getByRole('gridcell', { name: /ETIMEDOUT/ })
    .first()
    .click();
  const stack = page.getByRole('complementary', { name: 'Log detail' }).getByRole('list', { name: 'Stack trace' });
  await expect(stack.getByRole('listitem').first()).toHaveText(/^at TCPConnectWrap\.afterConnect/);
});

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`filter panel at ${width}x${height}, ${colorScheme}`, () => {
      test.use({ viewport: { width, height }, colorScheme });

      test('labels and counts never overlap, and Save is reachable', async ({ app, page }) => {
        await openLogs(app, page);
        await page.getByRole('button', { name: 'Filters' }).click();
        const filters = page.getByRole('form', { name: 'Filters' });
        await expect(filters.locator('.count').first()).toBeVisible();
        const { measured, overlaps } = await filters.evaluate((form) => {
          const found: string[] = [];
          let seen = 0;
          for (const label of form.querySelectorAll('.checkbox-group label')) {
            const count = label.querySelector('.count');
            if (!count || !label.firstChild) continue;
            // Everything before the count (checkbox and words) against the count itself, line by line.
            const range = document.createRange();
            range.setStartBefore(label.firstChild);
            range.setEndBefore(count);
            const number = count.getBoundingClientRect();
            seen += 1;
            for (const box of range.getClientRects()) {
              const sameLine = box.bottom > number.top + 1 && box.top < number.bottom - 1;
              if (sameLine && box.right > number.left + 0.5 && box.left < number.right) {
                found.push(label.textContent ?? '');
                break;
              }
            }
          }
          // No count (nor a suggestion's id) runs out of its own column into the next one.
          for (const part of form.querySelectorAll('.count, .suggestions .muted')) {
            const column = part.closest('fieldset')?.getBoundingClientRect();
            const box = part.getBoundingClientRect();
            if (column && box.width > 0 && box.right > column.right + 0.5) found.push(part.textContent ?? '');
          }
          return { measured: seen, overlaps: found };
        });
        expect(measured).toBeGreaterThan(5);
        expect(overlaps).toEqual([]);
        const save = filters.getByRole('button', { name: 'Save' });
        await save.focus();
        await expect(save).toBeInViewport();
      });
    });
  }
}

test.describe('demo workspace built on an earlier day', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-demo-span',
      source: 'demo',
      demoDataset: { clients: 20, days: 3, endDate: '2025-06-30' },
    },
  });
  test.describe.configure({ timeout: 180_000 });

  test('offers the demo data’s own span instead of an empty relative range', async ({ app, page }) => {
    await app.open('/logs?last=7d');
    await expect(page.getByTestId('workspace-progress')).toHaveCount(0, { timeout: 90_000 });
    await expect(page.getByTestId('match-total')).toHaveText('0 matches');
    const offer = page.getByRole('button', { name: 'Show the demo data: 2025-06-28 to 2025-06-30' });
    await offer.click();
    await expect(page.getByTestId('match-total')).toHaveText(/^[1-9][\d,]* matches$/);
    await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
  });
});

test.describe('at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('every filter control reached with Tab shows above the Save bar, and the chart keeps its height', async ({
    app,
    page,
  }) => {
    await openLogs(app, page);
    const chart = page.getByRole('group', { name: /^Matches over time/ });
    const chartHeight = (await chart.boundingBox())?.height ?? 0;
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const save = filters.getByRole('button', { name: 'Save' });
    await filters.getByRole('combobox').first().focus();
    const hidden: string[] = [];
    for (let step = 0; step < 120; step += 1) {
      const place = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.filter-panel > .actions');
        if (!focused || !bar || focused.closest('.actions')) return null;
        const box = focused.getBoundingClientRect();
        const name = focused.getAttribute('aria-label') ?? focused.closest('label')?.textContent ?? focused.tagName;
        return { name, under: box.bottom > bar.getBoundingClientRect().top + 1 };
      });
      if (place === null) break;
      if (place.under) hidden.push(place.name);
      await page.keyboard.press('Tab');
    }
    await expect(save).toBeFocused();
    expect(hidden, 'controls focused under the Save bar').toEqual([]);
    expect((await chart.boundingBox())?.height).toBe(chartHeight);
  });
});
