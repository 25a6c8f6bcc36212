import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { expectMarkedInvalid } from './support/invalidField';

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });
const rangeAlert = (page: Page) => page.getByRole('group', { name: 'Period' }).getByRole('alert');
const filters = (page: Page) => page.getByRole('form', { name: 'Filters' });
const REVERSED = 'from=2026-10-20T00:00:00Z&to=2026-10-10T00:00:00Z';
const NO_DAY_30 = 'from=2026-02-30T00:00:00Z&to=2026-10-05T00:00:00Z';
/** What a view says in place of what it would show while the page's range cannot be used. */
const refusedRangeNote = (nothing: string, shown: string) =>
  `${nothing}. The range this link asks for cannot be used, as the Period control says: fix it to see ${shown}.`;

test.describe("a client page's range that cannot be used, as a risk officer at 1024x700", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('every view says why it shows nothing and what to do, never an empty box', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const panel = page.getByRole('tabpanel');
    await app.open(`/clients/${client.id}`);
    for (const [view, nothing, shown] of [
      ['coverage', 'No coverage is shown', 'the coverage'],
      ['sessions', 'No sessions are shown', 'the sessions'],
      ['logs', 'No logs are shown', 'the logs'],
      ['events', 'No events are shown', 'the events'],
    ] as const) {
      for (const range of [REVERSED, NO_DAY_30]) {
        await app.goTo(`/clients/${client.id}/${view}?${range}`);
        await expect(rangeAlert(page)).toContainText('This range cannot be used');
        await expect(panel.getByRole('status')).toHaveText(refusedRangeNote(nothing, shown));
      }
    }
    await expect(gridRows(page)).toHaveCount(0);
    await app.goTo(`/clients/${client.id}/coverage?${NO_DAY_30}`);
    await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('client-coverage-range-refused-1024.png') });

    // The range fixed, the coverage is counted and the note goes.
    await page.getByRole('combobox', { name: 'Date preset' }).selectOption('any');
    await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toBeVisible();
    await expect(panel.getByText('No coverage is shown')).toHaveCount(0);
  });

  test("the filter panel's date fields show the range the link gave, marked with why it cannot be used", async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const logs = `/clients/${client.id}/logs`;
    const from = filters(page).getByLabel(/ from$/);
    const to = filters(page).getByLabel(/ to$/);

    // Both bounds readable but reversed: both shown as written, the start marked.
    await app.open(`${logs}?${REVERSED}&gap=45`);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(from).toHaveValue('2026-10-20T00:00');
    await expect(to).toHaveValue('2026-10-10T00:00');
    await expectMarkedInvalid(from);
    await expect(from).toHaveAccessibleDescription(
      'This range cannot be used, so no logs are shown until it is fixed: ' +
        'from “2026-10-20T00:00:00Z”: the start is after the end (2026-10-10T00:00:00Z); ' +
        'to “2026-10-10T00:00:00Z”: the end is before the start (2026-10-20T00:00:00Z). ' +
        'Swap the two dates so the start comes first, or choose a preset.',
    );
    await page.screenshot({ path: test.info().outputPath('client-filters-reversed-range-1024.png') });

    await filters(page).getByRole('button', { name: 'Cancel' }).click();

    // A day the calendar has not: its field cannot hold it, so it is empty and marked, the link's text quoted.
    await app.goTo(`${logs}?${NO_DAY_30}&gap=45`);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(from).toHaveValue('');
    await expect(to).toHaveValue('2026-10-05T00:00');
    await expectMarkedInvalid(from);
    await expect(from).toHaveAccessibleDescription(
      'This range cannot be used, so no logs are shown until it is fixed: ' +
        'from “2026-02-30T00:00:00Z”: February 2026 has no day 30.',
    );
    // Tabbing through the empty field is no edit: the range is still the link's, still marked.
    await from.focus();
    await page.keyboard.press('Tab');
    await expectMarkedInvalid(from);

    // Saved as it is, the link's range stays as written; mended, it replaces it and the rows come.
    await filters(page).getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(
      new RegExp(`logs\\?from=2026-02-30T00%3A00%3A00Z&to=2026-10-05T00%3A00%3A00Z&gap=45$`),
    );
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expectMarkedInvalid(from);
    await from.fill('2026-10-01T00:00');
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await filters(page).getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/from=2026-10-01T00%3A00%3A00(\.000)?Z&to=2026-10-05T00%3A00%3A00Z&gap=45$/);
    await expect(rangeAlert(page)).toHaveCount(0);
    await expect(gridRows(page).first()).toBeVisible();
  });

  test('the range control above the tabs marks the bound the link wrote wrong, with its own reason', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const range = page.getByRole('group', { name: 'Period' });
    const from = range.getByLabel('Date from', { exact: true });
    const to = range.getByLabel('Date to', { exact: true });
    const preset = range.getByRole('combobox', { name: 'Date preset' });
    const events = `/clients/${client.id}/events`;
    await app.open(`${events}?from=junk&to=2026-03-01T00:00:00Z`);
    const linked = page.url();

    // The start is what is wrong: its field carries the reason, the end shows as written, the preset is not blamed.
    await expect(to).toHaveValue('2026-03-01T00:00');
    await expectMarkedInvalid(from);
    await expect(from).toHaveAccessibleDescription(
      'This range cannot be used, so the views show nothing until it is fixed: ' +
        'from “junk”: it is not a date and time with its offset, such as 2026-10-01T00:00:00Z.',
    );
    await expect(preset).not.toHaveAttribute('aria-invalid', 'true');

    // The end edited, the start the link wrote still cannot be used: it says so itself, and nothing is applied.
    await to.fill('2026-03-05T00:00');
    await expectMarkedInvalid(from);
    await expect(from).toHaveAccessibleDescription(
      'Date from “junk” cannot be used: it is not a date and time with its offset, such as 2026-10-01T00:00:00Z. ' +
        'Enter a date and time in its field, or choose a preset.',
    );
    expect(page.url()).toBe(linked);

    // The start entered too, the range is used.
    await from.fill('2026-02-01T00:00');
    await expect(page).toHaveURL(/events\?from=2026-02-01T00%3A00%3A00\.000Z&to=2026-03-05T00%3A00%3A00\.000Z$/);
    await expect(range.getByRole('alert')).toHaveCount(0);
    expect(await app.fatal()).toBeUndefined();
  });
});

test.describe("the Sessions view's gap, for a support lead", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'supportLead' } });

  test('is named as ignored on the Logs tab, for the role may never open the view that reads it', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const never = 'it is the Sessions view’s inactivity gap, and your role may not open the Sessions view';
    await app.open(`/clients/${client.id}`);
    for (const route of [`/clients/${client.id}/logs?gap=45`, `/clients/${client.id}?gap=45`]) {
      await app.goTo(route);
      await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
      await expect(linkProblems(page).getByRole('listitem')).toHaveText([`gap=45: ${never}`]);
      await expect(gridRows(page)).toHaveCount(0);
    }
    await page.screenshot({ path: test.info().outputPath('support-lead-logs-gap-1024.png') });
    await linkProblems(page).getByRole('button', { name: 'Show the logs without gap' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));
    await expect(gridRows(page).first()).toBeVisible();

    // Each value of a gap given twice is named, and goes with the refused range left as written.
    await app.goTo(`/clients/${client.id}/logs?gap=5&gap=90&${NO_DAY_30}`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`gap=5: ${never}`, `gap=90: ${never}`]);
    await linkProblems(page).getByRole('button', { name: 'Show the logs without gap' }).click();
    // The refused range stays as the address wrote it.
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/logs\\?${NO_DAY_30}$`));
    await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(
      refusedRangeNote('No logs are shown', 'the logs'),
    );
  });
});
