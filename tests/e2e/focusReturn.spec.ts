import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { expectGridShows, openFirstRowDetail } from './support/grid';
import { PLANTED, plantChanges } from './support/changePlants';
import { tabTo } from './support/keyboard';
import { openBusyClient } from './support/navigation';

/**
 * Follows a link from the keyboard, waits until the page it opens has the focus on its title (named
 * `opened`), then goes Back to where it was, as the browser's Back button or Alt+Left does.
 */
async function followAndComeBack(page: Page, link: Locator, opened: RegExp): Promise<void> {
  const from = await page.evaluate(() => window.location.hash);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: opened })).toBeFocused();
  await page.goBack();
  await page.waitForFunction((hash) => window.location.hash === hash, from);
}

test.describe('the operational logs filter panel when the address changes', () => {
  test('a panel drawn anew for the new query gives the focus to the control that had it', async ({ app, page }) => {
    await app.open('/logs');
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const text = filters.getByRole('searchbox');
    await text.focus();
    await app.goTo('/logs?last=24h');
    await expect(filters.getByRole('combobox', { name: 'Search client' })).toBeVisible();
    await expect(text).toBeFocused();
    // Tab goes on from there, in the panel, not from the top of the window.
    await page.keyboard.press('Tab');
    expect(await filters.evaluate((form) => form.contains(document.activeElement))).toBe(true);
    // Back draws the panel anew again, for the query before: the same control has the focus.
    await text.focus();
    await page.goBack();
    await page.waitForFunction(() => !window.location.hash.includes('last='));
    await expect(text).toBeFocused();
  });

  test('a checkbox whose count changed with the query still gets the focus back', async ({ app, page }) => {
    await app.open('/logs');
    await page.getByRole('button', { name: 'Filters' }).click();
    const status = page.getByRole('form', { name: 'Filters' }).getByRole('group', { name: 'Type (status)' });
    // Named by its value alone; its count is its description.
    const error = status.getByRole('checkbox', { name: 'error', exact: true });
    await expect(error).toHaveAccessibleDescription(/^[\d,]+ match(es)?$/);
    await error.focus();
    await app.goTo('/logs?last=1h');
    await expect(error).toHaveAccessibleDescription(/^[\d,]+ match(es)?$/);
    await expect(error).toBeFocused();
  });

  test('a control that stays keeps the focus while the query changes', async ({ app, page }) => {
    await app.open('/logs');
    const size = page.getByRole('combobox', { name: 'Page size' });
    await size.focus();
    await size.selectOption('100');
    await page.waitForFunction(() => window.location.hash.includes('size=100'));
    await expectGridShows(page, /^[\d,]+ match/);
    await expect(size).toBeFocused();
  });
});

test.describe('a scoped support lead on a refused link', () => {
  test.use({ consoleOptions: { name: 'scoped-link', clusterUser: 'ac-support-lead' } });

  test('the panel that showed the refusal closes with the address mended: the Filters button has the focus', async ({
    app,
    page,
  }) => {
    await app.open('/logs?client=client-of-another-desk');
    const filters = page.getByRole('form', { name: 'Filters' });
    await expect(filters.getByRole('combobox', { name: 'Search client' })).toBeFocused();
    await app.goTo('/logs?last=24h');
    await expect(filters).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
  });
});

test.describe('Back to a page with row links, as a risk officer', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('the Risk page gives the focus back to the link followed, once its table has reloaded', async ({
    app,
    page,
  }) => {
    await app.open('/risk');
    const table = page.getByRole('table', { name: 'Off-hours edits, ranked' });
    const change = table
      .getByRole('row', { name: /^Rank 2:/ })
      .getByRole('link', { name: /^Show the change of event/ });
    await expect(change).toBeVisible({ timeout: 30_000 });
    await followAndComeBack(page, change, /^Change of event /);
    await expect(change).toBeFocused({ timeout: 30_000 });
    // A link to another kind of page, in another table, comes back the same way.
    const withdrawals = page.getByRole('table', { name: 'Edits before a withdrawal, ranked' });
    const client = withdrawals
      .getByRole('row', { name: /^Rank 1:/ })
      .getByRole('link', { name: /^Open the client page of / });
    await followAndComeBack(page, client, /\)$/);
    await expect(client).toBeFocused({ timeout: 30_000 });
  });

  test.describe('with planted changes', () => {
    let remove: (() => Promise<void>) | undefined;
    test.beforeEach(async ({ cluster }) => {
      remove = await plantChanges(cluster);
    });
    test.afterEach(async () => {
      await remove?.();
      remove = undefined;
    });

    test('a bulk operation gives the focus back to the member change followed', async ({ app, page }) => {
      await app.open(`/bulk/${PLANTED.bulk}`);
      const members = page.getByRole('table', { name: 'Clients in the operation' });
      const change = members.getByRole('link', { name: /^Show the change of event/ }).nth(2);
      await expect(change).toBeVisible({ timeout: 30_000 });
      await followAndComeBack(page, change, /^Change of event /);
      await expect(change).toBeFocused({ timeout: 30_000 });
    });
  });
});

/** Opens the logs page and returns its second row's client link, once the grid shows it. */
async function openLogsAtClientLink(app: AppDriver, page: Page): Promise<Locator> {
  await app.open('/logs');
  const client = page
    .getByTestId('log-grid')
    .getByRole('link', { name: /^Open the client page of / })
    .nth(1);
  await expect(client).toBeVisible({ timeout: 30_000 });
  return client;
}

test.describe('Back to the operational logs grid', () => {
  test('gives the focus back to the client link followed from a row', async ({ app, page }) => {
    const client = await openLogsAtClientLink(app, page);
    await followAndComeBack(page, client, /\)$/);
    await expect(client).toBeFocused({ timeout: 30_000 });
  });

  test('gives the focus back to the client link followed from a row while a row’s detail is open', async ({
    app,
    page,
  }) => {
    const client = await openLogsAtClientLink(app, page);
    const detail = await openFirstRowDetail(page);
    await followAndComeBack(page, client, /\)$/);
    // The detail left open shows again, and the keyboard is back on the link, not on the detail.
    await expect(detail).toBeVisible();
    await expect(client).toBeFocused({ timeout: 30_000 });
  });
});

/** A control only a row read from the cluster shows: the operational logs' client link, an event's metadata. */
const LOADED_ROW = /^(Open the client page of|Metadata of) /;

/** Waits until the grid shows rows read for it: by then, a grid drawn anew has taken any focus it would take. */
async function expectRowsShown(page: Page): Promise<void> {
  const grid = page.getByRole('grid');
  const loaded = grid.getByRole('link', { name: LOADED_ROW }).or(grid.getByRole('button', { name: LOADED_ROW }));
  await expect(loaded.first()).toBeVisible({ timeout: 30_000 });
}

/** Opens the first row's detail from the keyboard: the row the grid's focus moves to is the row opened. */
async function openFirstRow(page: Page): Promise<Locator> {
  await expectRowsShown(page);
  return openFirstRowDetail(page);
}

/** Opens the first row's detail and closes it with Escape: the focus goes back to that row, once. */
async function openAndEscape(page: Page): Promise<void> {
  const detail = await openFirstRow(page);
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeFocused();
}

/** Takes the page size one step down the list from the keyboard, and waits for the grid drawn for it. */
async function nextPageSize(page: Page, size: Locator): Promise<void> {
  await tabTo(page, size, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(size).toHaveValue('100');
  await expectRowsShown(page);
}

test.describe('a row whose detail was closed, as an auditor', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'auditor' } });

  test('takes the focus back once: Pages and Scroll keep it afterwards', async ({ app, page }) => {
    await app.open('/logs');
    await openAndEscape(page);
    const pages = page.getByRole('button', { name: 'Pages', exact: true });
    await tabTo(page, pages, { backwards: true });
    await page.keyboard.press('Enter');
    await expect(pages).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1/, { timeout: 30_000 });
    await expectRowsShown(page);
    await expect(pages).toBeFocused();

    const scroll = page.getByRole('button', { name: 'Scroll', exact: true });
    await page.keyboard.press('Shift+Tab');
    await expect(scroll).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(scroll).toHaveAttribute('aria-pressed', 'true');
    await expectRowsShown(page);
    await expect(scroll).toBeFocused();
  });

  test('takes the focus back once: Page size keeps it afterwards', async ({ app, page }) => {
    await app.open('/logs');
    await openAndEscape(page);
    const size = page.getByRole('combobox', { name: 'Page size' });
    await nextPageSize(page, size);
    await expect(size).toBeFocused();
  });

  test('on a client’s Events tab, Escape and Close detail give the focus back to the row the detail showed', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'events');
    await openAndEscape(page);
    // The next row, opened from the cell that got the focus back, closes with its Close detail button.
    await page.keyboard.press('ArrowDown');
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    await expect(detail).toBeVisible();
    await tabTo(page, detail.getByRole('button', { name: 'Close detail' }));
    await page.keyboard.press('Enter');
    await expect(detail).toHaveCount(0);
    const rows = page
      .getByRole('grid')
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell') });
    await expect(rows.nth(1).getByRole('gridcell').first()).toBeFocused();
  });

  test('on a client page’s grid, the items per page keep the focus after a detail was closed', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}`);
    const detail = await openFirstRow(page);
    await tabTo(page, detail.getByRole('button', { name: 'Close detail' }));
    await page.keyboard.press('Enter');
    await expect(detail).toHaveCount(0);
    const size = page.getByRole('combobox', { name: 'Events: items per page' });
    await nextPageSize(page, size);
    await expect(size).toBeFocused();
  });
});
