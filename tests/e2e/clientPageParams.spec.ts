import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { expectNoSidewaysScroll } from './support/walk';

const NO_SUCH = 'this page has no such parameter';
const LONG = 'x'.repeat(5000);
/** How a notice quotes a 5,000-character name or value: cut, with its length. */
const LONG_SHOWN = `${'x'.repeat(79)}… (5,000 characters)`;

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });
const rangeAlert = (page: Page) => page.getByRole('group', { name: 'Period' }).getByRole('alert');

/** How many times the page's content says `text`. */
async function timesSaid(page: Page, text: string): Promise<number> {
  return (await page.locator('main').innerText()).split(text).length - 1;
}

test.describe("the client page's address, as a risk officer at 1024x700", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('each view names the parameters it does not read, and never the gap', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/sessions?tab=zzz&gap=45`);
    const sessions = page.getByRole('table', { name: 'Sessions' });
    await expect(sessions.getByRole('row').nth(1)).toBeVisible();
    await expect(linkProblems(page)).toContainText(
      'This link asks for something the console cannot use, so the sessions are shown without it.',
    );
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`tab=zzz: ${NO_SUCH}`]);
    await linkProblems(page).getByRole('button', { name: 'Show the sessions without tab' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/sessions\\?gap=45$`));
    await expect(linkProblems(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    await app.goTo(`/clients/${client.id}/coverage?zzz=1&gap=45&source=terminal`);
    await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toBeVisible();
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      `zzz=1: ${NO_SUCH}`,
      `source=terminal: ${NO_SUCH}`,
    ]);
    await expect(
      linkProblems(page).getByRole('button', { name: 'Show the coverage without zzz and source' }),
    ).toBeVisible();

    // The grids read their filters, and name what they cannot use in place of their rows.
    await app.goTo(`/clients/${client.id}/events?zzz=1&gap=45`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`zzz=1: ${NO_SUCH}`]);
    await linkProblems(page).getByRole('button', { name: 'Show the events without zzz' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/events\\?gap=45$`));
    await expect(gridRows(page).first()).toBeVisible();
    await app.goTo(`/clients/${client.id}/logs?tab=zzz&gap=45`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`tab=zzz: ${NO_SUCH}`]);
    await expect(linkProblems(page).getByRole('button', { name: 'Show the logs without tab' })).toBeVisible();
  });

  test('a date the address cannot use is said once, at the range, with why', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const cases = [
      ['events', 'from=2026-02-30T00:00:00Z', 'from “2026-02-30T00:00:00Z”: February 2026 has no day 30'],
      ['logs', 'from=zzz', 'from “zzz”: it is not a date and time with its offset'],
      ['events', 'from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', 'the start is after the end'],
      ['logs', 'to=2026-01-01T25:00:00Z', 'there is no hour 25'],
      ['sessions', 'from=2026-02-30T00:00:00Z', 'February 2026 has no day 30'],
      ['coverage', 'last=forever', 'last “forever”: a relative range is one of'],
    ] as const;
    for (const [view, search, why] of cases) {
      await app.open(`/clients/${client.id}/${view}?${search}&gap=45`);
      await expect(rangeAlert(page)).toContainText(why);
      await expect(rangeAlert(page)).toContainText('so the views show nothing until it is fixed');
      await expect(page.getByRole('tab', { selected: true })).toBeVisible();
      expect(await timesSaid(page, why), `${view}?${search}`).toBe(1);
      expect(await timesSaid(page, 'it is not a date'), `${view}?${search}`).toBe(why.includes('not a date') ? 1 : 0);
      await expect(linkProblems(page)).toHaveCount(0);
      await expect(gridRows(page)).toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Sessions' })).toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toHaveCount(0);
    }
  });

  test('beside a refused range, a view names only its own problems and keeps the range as written', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?from=2026-02-30T00:00:00Z&zzz=1&gap=45`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`zzz=1: ${NO_SUCH}`]);
    await linkProblems(page).getByRole('button', { name: 'Show the events without zzz' }).click();
    await expect(page).toHaveURL(/events\?from=2026-02-30T00:00:00Z&gap=45$/);
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
    await expect(linkProblems(page)).toHaveCount(0);
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');
    await expect(gridRows(page)).toHaveCount(0);

    // The preset shows a range between two bounds, so Any time can be chosen to show every event.
    const preset = page.getByRole('combobox', { name: 'Date preset' });
    await expect(preset).toHaveValue('custom');
    await preset.selectOption('any');
    await expect(page).toHaveURL(/events\?gap=45$/);
    await expect(rangeAlert(page)).toHaveCount(0);
    await expect(gridRows(page).first()).toBeVisible();

    await app.goTo(`/clients/${client.id}/sessions?from=2026-02-30T00:00:00Z&tab=zzz`);
    await expect(linkProblems(page)).toContainText('so once the range is fixed, the sessions are shown without it.');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`tab=zzz: ${NO_SUCH}`]);
    await expect(page.getByRole('table', { name: 'Sessions' })).toHaveCount(0);
  });

  test('“Show … without” drops only the parameter named, keeping one not validly encoded as written', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    // The search text is the logs tab's problem; the gap, not validly encoded either, is the Sessions view's to name.
    await app.open(`/clients/${client.id}/logs?q=%E0%A4%A&gap=%`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      /^q=%E0%A4%A: the link does not validly percent-encode it/,
    ]);
    await linkProblems(page).getByRole('button', { name: 'Show the logs without q' }).click();
    await expect(page).toHaveURL(/logs\?gap=%$/);
    await expect(linkProblems(page)).toHaveCount(0);
    await expect(gridRows(page).first()).toBeVisible();

    // A bound not validly encoded refuses the range: it stays as written when the other problem goes.
    await app.goTo(`/clients/${client.id}/events?from=%E0%A4%A&zzz=1`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`zzz=1: ${NO_SUCH}`]);
    await linkProblems(page).getByRole('button', { name: 'Show the events without zzz' }).click();
    await expect(page).toHaveURL(/events\?from=%E0%A4%A$/);
    await expect(linkProblems(page)).toHaveCount(0);
    await expect(rangeAlert(page)).toContainText('from “%E0%A4%A”');
    await expect(gridRows(page)).toHaveCount(0);
  });

  test('a gap or range bound not validly encoded stays as written through the tabs and a new range, as said', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const gapProblem = page.getByRole('alert').filter({ hasText: 'The address’s inactivity gap cannot be used' });
    const views = page.getByRole('group', { name: 'Sessions tab view' });
    await app.open(`/clients/${client.id}/sessions?gap=%`);
    await expect(gapProblem).toContainText('The link’s gap “%” is not validly percent-encoded');
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page).toHaveURL(/\/logs\?gap=%$/);
    await expect(gridRows(page).first()).toBeVisible();
    await expect(linkProblems(page)).toHaveCount(0);
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect(page).toHaveURL(/\/coverage\?gap=%$/);
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await expect(page).toHaveURL(/\/events\?gap=%$/);
    await views.getByRole('button', { name: 'Sessions' }).click();
    await expect(page).toHaveURL(/\/sessions\?gap=%$/);
    await expect(gapProblem).toContainText('The link’s gap “%” is not validly percent-encoded');
    // A range chosen anew changes the range only.
    await page.getByRole('combobox', { name: 'Date preset' }).selectOption('7d');
    await expect(page).toHaveURL(/\/sessions\?last=7d&gap=%$/);
    await expect(gapProblem).toContainText('The link’s gap “%” is not validly percent-encoded');

    // A bound so written refuses the range on every view the tabs open, and is said at the range each time.
    await app.goTo(`/clients/${client.id}/events?from=%E0%A4%A&gap=45`);
    await expect(rangeAlert(page)).toContainText('from “%E0%A4%A”');
    for (const [tab, view] of [
      ['Logs', 'logs'],
      ['Coverage', 'coverage'],
      ['Sessions', 'events'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page).toHaveURL(new RegExp(`/${view}\\?gap=45&from=%E0%A4%A$`));
      await expect(rangeAlert(page)).toContainText('from “%E0%A4%A”');
      await expect(gridRows(page)).toHaveCount(0);
    }
  });

  test('a grid view keeps what it could not use through a new page size, saved filters and a removed chip', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const named = [`zzz=1: ${NO_SUCH}`];
    await app.open(`/clients/${client.id}/events?zzz=1&gap=45`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await page.getByRole('combobox', { name: 'Events: items per page' }).selectOption('100');
    await expect(page).toHaveURL(/events\?size=100&zzz=1&gap=45$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await expect(gridRows(page)).toHaveCount(0);

    await app.goTo(`/clients/${client.id}/logs?zzz=1&gap=45`);
    await page.getByRole('combobox', { name: 'Logs: items per page' }).selectOption('25');
    await expect(page).toHaveURL(/logs\?size=25&zzz=1&gap=45$/);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters
      .getByRole('group', { name: 'Action' })
      .getByRole('checkbox', { name: /^delete/ })
      .check();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/logs\?action=delete&size=25&zzz=1&gap=45$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await page.getByLabel('Active filters').getByRole('button', { name: 'Remove Action: delete' }).click();
    await expect(page).toHaveURL(/logs\?size=25&zzz=1&gap=45$/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await expect(gridRows(page)).toHaveCount(0);

    // Beside a refused range, both stay as written: the range said at its control, the rest in the notice.
    const range = 'from=2026-02-30T00%3A00%3A00Z&to=2026-03-05T00%3A00%3A00Z';
    await app.goTo(`/clients/${client.id}/logs?from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z&zzz=1&gap=45`);
    await page.getByRole('combobox', { name: 'Logs: items per page' }).selectOption('100');
    await expect(page).toHaveURL(new RegExp(`logs\\?size=100&${range}&zzz=1&gap=45$`));
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(filters).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`logs\\?size=100&${range}&zzz=1&gap=45$`));
    await expect(rangeAlert(page)).toContainText('February 2026 has no day 30');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText(named);
    await expect(gridRows(page)).toHaveCount(0);
  });

  test('very long junk in the address is cut short where it is quoted, and the page keeps its width', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    for (const view of ['sessions', 'coverage', 'events', 'logs']) {
      await app.open(`/clients/${client.id}/${view}?${LONG}=${LONG}&zzz=${LONG}`);
      await expect(linkProblems(page).getByRole('listitem')).toHaveText([
        `${LONG_SHOWN}=${LONG_SHOWN}: ${NO_SUCH}`,
        `zzz=${LONG_SHOWN}: ${NO_SUCH}`,
      ]);
      await expectNoSidewaysScroll(page);
    }
    await app.open(`/clients/${client.id}/events?from=${LONG}&zzz=1`);
    await expect(rangeAlert(page)).toContainText(`from “${'x'.repeat(59)}…”: it is not a date and time`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([`zzz=1: ${NO_SUCH}`]);
    await expectNoSidewaysScroll(page);
  });
});
