import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { expectNoSidewaysScroll } from './support/walk';

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });
const rangeAlert = (page: Page) => page.getByRole('group', { name: 'Period' }).getByRole('alert');
const refusalNote = (page: Page) => page.getByRole('note').filter({ hasText: 'reads client activity' });
const IMPOSSIBLE = 'from=2026-02-30T00%3A00%3A00Z';

/** The opening of why an action is refused while the link has a problem: it names the button that sets it aside. */
const setAside = (button: string) =>
  `This link asks for something the console cannot use, named below: choose “${button}” there, or fix the link, to`;

/** A toolbar action refused while the grid's query is not the one its link asks for, with why. */
async function expectRefused(page: Page, name: string, reason: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(reason);
}

test.describe("a client grid's query the link did not ask for, as a risk officer at 1024x700", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('is neither exported nor pinned while the link has problems or its range is refused', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?zzz=1&gap=45`);
    await expect(linkProblems(page)).toBeVisible();
    const problems = setAside('Show the events without zzz');
    await expectRefused(page, 'Export all', `${problems} export the events.`);
    await expectRefused(page, 'Add to case…', `${problems} pin the query to a case.`);
    await page.screenshot({ path: test.info().outputPath('client-events-link-problems-1024.png') });
    await linkProblems(page).getByRole('button', { name: 'Show the events without zzz' }).click();
    await expect(gridRows(page).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export all' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Add to case…' })).toBeEnabled();

    await app.goTo(`/clients/${client.id}/logs?from=2026-02-30T00:00:00Z&gap=45`);
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');
    const range = 'The range this link asks for cannot be used, as the Period control says: fix it to';
    await expectRefused(page, 'Export all', `${range} export the logs.`);
    await expectRefused(page, 'Add to case…', `${range} pin the query to a case.`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: test.info().outputPath('client-logs-range-refused-1440.png') });
  });

  test('keeps a refused range as written when the page size or the filters change', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const logs = `/clients/${client.id}/logs`;
    await app.open(`${logs}?from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z&gap=45`);
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');

    await page.getByRole('combobox', { name: 'Logs: items per page' }).selectOption('100');
    await expect(page).toHaveURL(new RegExp(`logs\\?size=100&${IMPOSSIBLE}&to=2026-03-05T00%3A00%3A00Z&gap=45$`));
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');
    await expect(gridRows(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('form', { name: 'Filters' })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`logs\\?size=100&${IMPOSSIBLE}&to=2026-03-05T00%3A00%3A00Z&gap=45$`));
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');
    await expect(gridRows(page)).toHaveCount(0);

    // A range chosen anew at the Period control replaces the refused one, and the rows come.
    await page.getByRole('combobox', { name: 'Date preset' }).selectOption('any');
    await expect(page).toHaveURL(/logs\?size=100&gap=45$/);
    await expect(gridRows(page).first()).toBeVisible();
  });

  test('names an unknown view in full length and says which view is shown', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/${'x'.repeat(5000)}`);
    await expect(page.getByRole('alert').filter({ hasText: 'This client page has no view' })).toHaveText(
      `This client page has no view “${'x'.repeat(79)}… (5,000 characters)”; showing the events instead.`,
    );
    await expect(page.getByRole('tab', { name: 'Sessions', selected: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath('client-unknown-view-1024.png') });
  });
});

test.describe('the operational logs page and the journal with a link they cannot use, as an auditor', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'auditor' } });

  test('says what the calendar has not, and neither exports nor pins the query it falls back to', async ({
    app,
    page,
  }) => {
    await app.open('/logs?from=2026-02-30T00:00:00Z&action=delete');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      'from=2026-02-30T00:00:00Z: February 2026 has no day 30',
    ]);
    const problems = setAside('Show the logs without from');
    await expectRefused(page, 'Export…', `${problems} export the logs.`);
    await expectRefused(page, 'Add to case…', `${problems} pin the query to a case.`);
    await page.screenshot({ path: test.info().outputPath('logs-link-problems-1024.png') });
    await linkProblems(page).getByRole('button', { name: 'Show the logs without from' }).click();
    await expect(page).toHaveURL(/#\/logs\?action=delete$/);
    await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Add to case…' })).toBeEnabled();
  });

  test('keeps what the link could not use through a page-size change', async ({ app, page }) => {
    const noDay30 = 'from=2026-02-30T00:00:00Z: February 2026 has no day 30';
    await app.open('/logs?from=2026-02-30T00:00:00Z&action=delete&zzz=1&action=zzz');
    const named = [
      'action=zzz: it is not one of: get, create, update, updateMany, webhook, delete, clone',
      noDay30,
      'zzz=1: this page has no such parameter',
    ];
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await page.getByRole('combobox', { name: 'Page size' }).selectOption('100');
    await expect(page).toHaveURL(/#\/logs\?size=100&from=2026-02-30T00%3A00%3A00Z&action=delete&zzz=1&action=zzz$/);
    await expect(page.getByRole('combobox', { name: 'Page size' })).toHaveValue('100');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await expect(gridRows(page)).toHaveCount(0);

    // A page size the link gave wrong is the one the operator now chooses: it goes, the rest stays.
    await app.goTo('/logs?size=7&zzz=1');
    await page.getByRole('combobox', { name: 'Page size' }).selectOption('25');
    await expect(page).toHaveURL(/#\/logs\?size=25&zzz=1$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(['zzz=1: this page has no such parameter']);
    await linkProblems(page).getByRole('button', { name: 'Show the logs without zzz' }).click();
    await expect(page).toHaveURL(/#\/logs\?size=25$/);
    await expect(gridRows(page).first()).toBeVisible();
  });

  test('keeps what the link could not use when the filters are saved or a chip removed, unless that is set', async ({
    app,
    page,
  }) => {
    const noSuch = 'zzz=1: this page has no such parameter';
    const noDay30 = 'from=2026-02-30T00:00:00Z: February 2026 has no day 30';
    await app.open('/logs?action=delete&from=2026-02-30T00:00:00Z&zzz=1');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([noDay30, noSuch]);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByRole('searchbox', { name: 'Text in description or error' }).fill('timeout');
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/logs\?action=delete&q=timeout&from=2026-02-30T00%3A00%3A00Z&zzz=1$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([noDay30, noSuch]);
    await expect(gridRows(page)).toHaveCount(0);

    const chips = page.getByLabel('Active filters');
    await chips.getByRole('button', { name: 'Remove Action: delete' }).click();
    await expect(page).toHaveURL(/#\/logs\?q=timeout&from=2026-02-30T00%3A00%3A00Z&zzz=1$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([noDay30, noSuch]);
    await expect(gridRows(page)).toHaveCount(0);

    // A range chosen anew replaces the one the link gave wrong: its line goes, the rest stays.
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await filters.getByRole('combobox', { name: 'Created preset' }).selectOption('7d');
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#\/logs\?q=timeout&last=7d&zzz=1$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([noSuch]);

    // So does a filter removed where the link gave a value the page cannot use.
    await app.goTo('/logs?action=delete&action=zzz&zzz=1');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      'action=zzz: it is not one of: get, create, update, updateMany, webhook, delete, clone',
      noSuch,
    ]);
    await chips.getByRole('button', { name: 'Remove Action: delete' }).click();
    await expect(page).toHaveURL(/#\/logs\?zzz=1$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([noSuch]);
    await expect(gridRows(page)).toHaveCount(0);
  });

  test('saves no view of the query it falls back to', async ({ app, page }) => {
    await app.open('/logs?action=delete');
    await page.getByRole('textbox', { name: 'View name' }).fill('Deletes');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Deletes”' })).toBeVisible();

    await app.goTo('/logs?action=delete&from=2026-02-30T00:00:00Z');
    await expect(linkProblems(page)).toBeVisible();
    const problems = setAside('Show the logs without from');
    await expectRefused(page, 'Save to view', `${problems} save the query to a view.`);
    await expectRefused(page, 'Save as new view', `${problems} save the query to a view.`);
    await expect(page.getByRole('textbox', { name: 'View name' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rename view…' })).toBeEnabled();
    await page.screenshot({ path: test.info().outputPath('logs-save-view-refused-1024.png') });

    await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: 'No view (default columns)' });
    await app.goTo('/logs?zzz=1');
    await expectRefused(page, 'Save view', `${setAside('Show the logs without zzz')} save the query to a view.`);
    await linkProblems(page).getByRole('button', { name: 'Show the logs without zzz' }).click();
    await expect(page.getByRole('textbox', { name: 'View name' })).toBeVisible();
  });

  test("the journal says so of a link's day the calendar has not", async ({ app, page }) => {
    await app.open('/journal?from=2026-02-30T00:00:00Z&to=2026-01-01T25:00:00Z');
    await expect(page.getByRole('textbox', { name: /^From/ })).toHaveAccessibleDescription(
      "The link's start “2026-02-30T00:00:00Z” was left out: February 2026 has no day 30. Set the start you mean and apply the filters.",
    );
    await expect(page.getByRole('textbox', { name: /^To/ })).toHaveAccessibleDescription(
      "The link's end “2026-01-01T25:00:00Z” was left out: there is no hour 25; hours run from 00 to 23. Set the end you mean and apply the filters.",
    );
  });
});

test.describe("a client's activity views, for a support lead", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'supportLead' } });

  test('are refused with the roles they are for, and the Logs tab is offered with the range', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const refusal =
      'Your role (Support lead) does not allow this (activity:read); it is for the Auditor, Risk officer, Investigator and Console admin roles: ask a console admin for one.';
    await app.open(`/clients/${client.id}/sessions?gap=45&from=2026-10-01T00:00:00Z`);
    await expect(refusalNote(page)).toHaveText(`The Sessions view reads client activity. ${refusal}`);
    await expect(page.getByText('The Logs tab opens without')).toHaveText(
      'The Logs tab opens without what this link gives the Sessions view: gap=45.',
    );
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(gridRows(page)).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('support-lead-sessions-refused-1024.png') });
    await page.getByRole('link', { name: 'Open the Logs tab' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/logs\\?from=2026-10-01T00%3A00%3A00Z$`));
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await expect(gridRows(page).first()).toBeVisible();

    for (const [view, label] of [
      ['events', 'Events'],
      ['coverage', 'Coverage'],
    ]) {
      await app.goTo(`/clients/${client.id}/${view}`);
      await expect(refusalNote(page)).toHaveText(`The ${label} view reads client activity. ${refusal}`);
      await expect(page.getByRole('link', { name: 'Open the Logs tab' })).toHaveAttribute(
        'href',
        `#/clients/${client.id}/logs`,
      );
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: test.info().outputPath('support-lead-coverage-refused-1440.png') });

    // The page with no view named opens on the Logs tab, with nothing refused.
    await app.goTo(`/clients/${client.id}`);
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await expect(refusalNote(page)).toHaveCount(0);
  });

  test('an unknown view says the Logs tab is shown', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/${'x'.repeat(5000)}`);
    await expect(page.getByRole('alert').filter({ hasText: 'This client page has no view' })).toHaveText(
      `This client page has no view “${'x'.repeat(79)}… (5,000 characters)”; showing the logs instead.`,
    );
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: test.info().outputPath('support-lead-unknown-view-1440.png') });
  });
});
