import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { expectMarkedInvalid } from './support/invalidField';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

// A time range typed key by key into the parts of its date fields, as a keyboard walk types it: a date the
// browser cannot read, a year outside 1000 to 9999 and a reversed range are refused at the bound at fault,
// in the console's words, and nothing is asked of the cluster; the rows shown stay.

const UNREADABLE = 'is not a whole date and time: a part of it is empty, or the month has no such day.';
const OUTSIDE = 'outside the years 1000 to 9999 (UTC) the console supports; change the start or the end.';
const AFTER_9999 = `The end of the time range is after 9999-12-31T23:59:59.999Z, ${OUTSIDE}`;
const BEFORE_1000 = `The start of the time range is before 1000-01-01T00:00:00Z, ${OUTSIDE}`;
const REVERSED =
  'The start of the time range is after its end. Swap the two dates so the start comes first, or choose a preset.';

test.use({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1024, height: 700 } });

/** Types into one part of a date field (0 month, 1 day, 2 year, 3 hour, 4 minute), key by key. */
async function typeInto(page: Page, field: Locator, part: number, keys: string): Promise<void> {
  // Focused afresh, the field starts at its first part.
  await field.evaluate((element) => (element as HTMLElement).blur());
  await field.focus();
  for (let step = 0; step < part; step += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.type(keys);
}

/** The page as it is, at both window sizes in both colour schemes; the field at fault keeps its danger ring. */
async function shoot(page: Page, info: TestInfo, name: string, marked: Locator): Promise<void> {
  for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await expectMarkedInvalid(marked);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: info.outputPath(`${name}-${width}-${colorScheme}.png`) });
  }
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The grid's first row and total, and every search or histogram asked while the range is typed. */
async function watchGrid(page: Page, searched: RegExp) {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (searched.test(request.url())) asked.push(request.url());
  });
  const firstRow = gridRows(page).first();
  const total = page.getByTestId('match-total');
  await expect(firstRow).toBeVisible();
  await expect(total).toHaveText(/^[\d,]+ match(es)?$/);
  const shown = { row: (await firstRow.getAttribute('row-id')) ?? '', total: (await total.textContent()) ?? '' };
  return {
    asked,
    /** Nothing was asked since `since` searches, and the grid shows what it showed. */
    unchanged: async (since: number) => {
      expect(asked.slice(since), 'searches asked').toEqual([]);
      await expect(firstRow).toHaveAttribute('row-id', shown.row);
      await expect(total).toHaveText(shown.total);
    },
  };
}

test.describe('the filter panel’s Created range', () => {
  async function openRange(page: Page) {
    await page.getByRole('button', { name: 'Filters' }).press('Enter');
    const filters = page.getByRole('form', { name: 'Filters' });
    const range = filters.getByRole('group', { name: 'Created' });
    return {
      filters,
      range,
      from: range.getByRole('textbox', { name: 'Created from' }),
      to: range.getByRole('textbox', { name: 'Created to' }),
      preset: range.getByRole('combobox', { name: 'Created preset' }),
      save: filters.getByRole('button', { name: 'Save' }),
    };
  }

  /** Save is refused: the bound is focused, marked and described by why, alone; the panel stays open. */
  async function expectRefused(panel: Awaited<ReturnType<typeof openRange>>, bound: Locator, why: string) {
    await panel.save.press('Enter');
    await expect(bound).toBeFocused();
    await expect(bound).toHaveAttribute('aria-invalid', 'true');
    await expect(bound).toHaveAccessibleDescription(why);
    await expect(panel.range.getByRole('alert')).toHaveText(why);
    for (const control of [panel.from, panel.to, panel.preset])
      if (control !== bound) await expect(control).not.toHaveAttribute('aria-invalid', 'true');
    await expect(panel.filters).toBeVisible();
  }

  test('a date the browser cannot read is refused in words at Save, never by the browser’s bubble', async ({
    app,
    page,
  }, info) => {
    await app.open();
    const grid = await watchGrid(page, /\/api\/logs\/(search|histogram)$/);
    const panel = await openRange(page);
    const { from, to } = panel;
    const since = grid.asked.length;

    // 30 February: the day typed over 28 February.
    await from.fill('2026-02-28T10:30');
    await to.fill('2026-11-01T00:00');
    await typeInto(page, from, 1, '30');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await expectRefused(panel, from, `Created from ${UNREADABLE}`);
    await grid.unchanged(since);
    // Mended as it is typed, the sentence goes with the mark.
    await typeInto(page, from, 1, '27');
    await expect(from).toHaveValue('2026-02-27T10:30');
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(panel.range.getByRole('alert')).toHaveCount(0);

    // A date typed part way, into an empty field: no date either, never a range without its start.
    await from.fill('');
    await typeInto(page, from, 0, '0101');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await expectRefused(panel, from, `Created from ${UNREADABLE}`);
    await grid.unchanged(since);
    await shoot(page, info, 'panel-half-typed', from);

    // Clear all empties the half-typed field too, and a range left empty saves.
    await panel.filters.getByRole('button', { name: 'Clear all' }).press('Enter');
    await expect(from).toHaveJSProperty('validity.badInput', false);
    await expect(panel.range.getByRole('alert')).toHaveCount(0);
    await typeInto(page, to, 0, '0101');
    await expectRefused(panel, to, `Created to ${UNREADABLE}`);
    await to.fill('2026-11-01T00:00');
    await expect(panel.range.getByRole('alert')).toHaveCount(0);
    await panel.save.press('Enter');
    await expect(panel.filters).toBeHidden();
    await expect(page.getByRole('button', { name: /^Remove Created:/ })).toBeVisible();
    await expect.poll(() => grid.asked.length).toBeGreaterThan(since);
  });

  test('a year outside 1000 to 9999 names its bound and the years, and goes as it is mended', async ({
    app,
    page,
  }, info) => {
    await app.open();
    const grid = await watchGrid(page, /\/api\/logs\/(search|histogram)$/);
    const panel = await openRange(page);
    const { from, to } = panel;
    const since = grid.asked.length;

    await from.fill('2026-10-01T00:00');
    await to.fill('2026-11-01T00:00');
    await typeInto(page, to, 2, '20000');
    await expect(to).toHaveValue('20000-11-01T00:00');
    await expectRefused(panel, to, AFTER_9999);
    await grid.unchanged(since);
    await shoot(page, info, 'panel-year-20000', to);
    await typeInto(page, to, 2, '2026');
    await expect(to).toHaveValue('2026-11-01T00:00');
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    await expect(panel.range.getByRole('alert')).toHaveCount(0);

    await typeInto(page, from, 2, '0999');
    await expect(from).toHaveValue('0999-10-01T00:00');
    await expectRefused(panel, from, BEFORE_1000);
    await grid.unchanged(since);
    // A bound mended into another fault is said anew, as it is typed: now a start past the end.
    await typeInto(page, from, 2, '2027');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(REVERSED);
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    await expect(panel.range.getByRole('alert')).toHaveText(REVERSED);
  });

  test('a reversed range is said at the bound typed last, and its sentence never outlives the fault', async ({
    app,
    page,
  }, info) => {
    await app.open();
    const grid = await watchGrid(page, /\/api\/logs\/(search|histogram)$/);
    const panel = await openRange(page);
    const { from, to, preset } = panel;
    const since = grid.asked.length;

    await from.fill('2026-10-05T00:00');
    await to.fill('2026-11-01T00:00');
    await typeInto(page, to, 0, '09');
    await expect(to).toHaveValue('2026-09-01T00:00');
    await expectRefused(panel, to, REVERSED);
    await grid.unchanged(since);
    await shoot(page, info, 'panel-reversed', to);
    // The end typed back past the start: the sentence goes, and no other control takes the mark.
    await typeInto(page, to, 0, '12');
    await expect(to).toHaveValue('2026-12-01T00:00');
    await expect(panel.range.getByRole('alert')).toHaveCount(0);
    for (const control of [from, to, preset]) await expect(control).not.toHaveAttribute('aria-invalid', 'true');
    await panel.save.press('Enter');
    await expect(panel.filters).toBeHidden();
    await expect(page).toHaveURL(/from=2026-10-05T00%3A00%3A00\.000Z&to=2026-12-01T00%3A00%3A00\.000Z/);
  });
});

test.describe('the client page’s period, applied as it is typed', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('takes only a range it can use, holding any other at the bound at fault with the views kept', async ({
    app,
    page,
    cluster,
  }, info) => {
    test.setTimeout(120_000);
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?from=2010-01-30T00:00:00Z&to=2030-01-01T00:00:00Z`);
    const grid = await watchGrid(page, /\/api\/(activity\/(search|histogram)|clients\/\w+)$/);
    const address = page.url();
    const range = page.getByRole('group', { name: 'Period' });
    const from = range.getByRole('textbox', { name: 'Date from' });
    const to = range.getByRole('textbox', { name: 'Date to' });
    const kept = 'The views below still show the range applied before.';
    const since = grid.asked.length;
    /** Held at the field being typed in: marked, described, alone; the address and the views as they were. */
    const held = async (bound: Locator, why: string) => {
      await expect(bound).toBeFocused();
      await expect(bound).toHaveAttribute('aria-invalid', 'true');
      await expect(bound).toHaveAccessibleDescription(`${why} ${kept}`);
      await expect(range.getByRole('alert')).toHaveText(`${why} ${kept}`);
      await expect(bound === from ? to : from).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(address);
      await grid.unchanged(since);
    };

    // 30 February: the month typed over 30 January.
    await typeInto(page, from, 0, '02');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await held(from, `Date from ${UNREADABLE}`);
    await shoot(page, info, 'client-30-february', from);
    // Put back as it was, nothing is asked again and nothing is said.
    await from.fill('2010-01-30T00:00');
    await expect(range.getByRole('alert')).toHaveCount(0);
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');

    // A year typed digit by digit, past 9999: each year on the way is held too (0002, 0020, 0200, then 2000
    // before the start).
    await typeInto(page, to, 2, '20000');
    await expect(to).toHaveValue('20000-01-01T00:00');
    await held(to, AFTER_9999);
    await shoot(page, info, 'client-year-20000', to);
    await typeInto(page, from, 2, '0999');
    await expect(from).toHaveValue('0999-01-30T00:00');
    await held(from, BEFORE_1000);
    await to.fill('2030-01-01T00:00');
    await typeInto(page, from, 2, '2040');
    await held(from, REVERSED);
    await grid.unchanged(since);

    // A year that mends the range applies it at once, the keyboard staying in the field.
    await typeInto(page, from, 2, '2015');
    await expect(page).toHaveURL(/from=2015-01-30T00%3A00%3A00\.000Z&to=2030-01-01T00%3A00%3A00(\.000)?Z$/);
    await expect(range.getByRole('alert')).toHaveCount(0);
    await expect(from).toBeFocused();
    await expect.poll(() => grid.asked.length).toBeGreaterThan(since);

    // A date typed part way into an emptied field: held, never applied as a range without its start; once
    // whole, applied.
    await from.fill('');
    await expect(page).toHaveURL(/events\?to=2030-01-01T00%3A00%3A00(\.000)?Z$/);
    const emptied = page.url();
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match(es)?$/);
    await page.waitForLoadState('networkidle');
    const afterEmptied = grid.asked.length;
    await typeInto(page, from, 0, '0101');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await expect(from).toBeFocused();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(`Date from ${UNREADABLE} ${kept}`);
    await expect(page).toHaveURL(emptied);
    expect(grid.asked.slice(afterEmptied)).toEqual([]);
    await page.keyboard.type('2015');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1000A');
    await expect(page).toHaveURL(/events\?from=2015-01-01T10%3A00%3A00\.000Z&to=2030-01-01T00%3A00%3A00(\.000)?Z$/);
    await expect(from).toBeFocused();
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(range.getByRole('alert')).toHaveCount(0);
  });

  test('makes one step of history of what is typed in one field, so Back skips the dates on the way', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?from=2010-01-30T00:00:00Z&to=2030-01-01T00:00:00Z`);
    const before = page.url();
    const range = page.getByRole('group', { name: 'Period' });
    const from = range.getByRole('textbox', { name: 'Date from' });
    const to = range.getByRole('textbox', { name: 'Date to' });
    const fromApplied = /events\?from=2010-01-15T00%3A00%3A00\.000Z&to=2030-01-01T00%3A00%3A00Z$/;

    // The day typed digit by digit applies 2010-01-01 on the way to 2010-01-15.
    await typeInto(page, from, 1, '15');
    await expect(page).toHaveURL(fromApplied);
    await expect(from).toBeFocused();
    // Another field is another step: its year passes 0002, 0020 and 0203 on the way to 2031.
    await typeInto(page, to, 2, '2031');
    await expect(page).toHaveURL(/events\?from=2010-01-15T00%3A00%3A00\.000Z&to=2031-01-01T00%3A00%3A00\.000Z$/);

    await page.goBack();
    await expect(page).toHaveURL(fromApplied);
    await expect(to).toHaveValue('2030-01-01T00:00');
    await expect(from).toHaveValue('2010-01-15T00:00');
    await page.goBack();
    await expect(page).toHaveURL(before);
    await expect(from).toHaveValue('2010-01-30T00:00');
  });
});

test.describe('a time the clocks skip, typed in Europe/Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });
  // 02:30 on the night Berlin goes from 02:00 to 03:00 names no instant: said at its field, never moved to 03:30.
  const skipped = (field: string) =>
    `${field}, 02:30 on 29 March 2026, does not exist in Europe/Berlin: the clocks went forward from 02:00 to ` +
    '03:00. Type a time before 02:00, or 03:00 or later.';

  test('is refused at Save in the filter panel, as typed, and nothing is searched for it', async ({ app, page }) => {
    await app.open();
    const grid = await watchGrid(page, /\/api\/logs\/(search|histogram)$/);
    await page.getByRole('button', { name: 'Filters' }).press('Enter');
    const filters = page.getByRole('form', { name: 'Filters' });
    const range = filters.getByRole('group', { name: 'Created' });
    const from = range.getByRole('textbox', { name: 'Created from' });
    const save = filters.getByRole('button', { name: 'Save' });
    const address = page.url();
    const since = grid.asked.length;
    await expect(range.getByText('Times in Europe/Berlin')).toBeVisible();

    await from.fill('2026-03-29T02:30');
    await save.press('Enter');
    await expect(from).toBeFocused();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription(skipped('Created from'));
    await expect(range.getByRole('alert')).toHaveText(skipped('Created from'));
    await expect(from).toHaveValue('2026-03-29T02:30');
    await expect(filters).toBeVisible();
    expect(page.url()).toBe(address);
    await grid.unchanged(since);

    // The first minute after the gap is a start like any other.
    await from.fill('2026-03-29T03:00');
    await expect(range.getByRole('alert')).toHaveCount(0);
    await save.press('Enter');
    await expect(filters).toBeHidden();
    await expect(page).toHaveURL(/from=2026-03-29T01%3A00%3A00\.000Z/);
  });

  test.describe('on the client page', () => {
    test.use({ consoleOptions: { role: 'riskOfficer' } });

    test('is held at its field, the views kept, and nothing is applied', async ({ app, page, cluster }) => {
      const client = await cluster.busyTerminalClient();
      await app.open(`/clients/${client.id}/events?from=2010-01-30T00:00:00Z&to=2030-01-01T00:00:00Z`);
      const grid = await watchGrid(page, /\/api\/(activity\/(search|histogram)|clients\/\w+)$/);
      const address = page.url();
      const range = page.getByRole('group', { name: 'Period' });
      const to = range.getByRole('textbox', { name: 'Date to' });
      const why = `${skipped('Date to')} The views below still show the range applied before.`;
      const since = grid.asked.length;

      await to.fill('2026-03-29T02:30');
      await expect(to).toHaveAttribute('aria-invalid', 'true');
      await expect(to).toHaveAccessibleDescription(why);
      await expect(range.getByRole('alert')).toHaveText(why);
      await expect(to).toHaveValue('2026-03-29T02:30');
      await expect(page).toHaveURL(address);
      await grid.unchanged(since);

      await to.fill('2026-03-29T03:00');
      await expect(page).toHaveURL(/events\?from=2010-01-30T00%3A00%3A00(\.000)?Z&to=2026-03-29T01%3A00%3A00\.000Z$/);
      await expect(range.getByRole('alert')).toHaveCount(0);
      await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    });
  });
});
