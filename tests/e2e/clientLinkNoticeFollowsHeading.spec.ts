import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';

/** Whether `first` comes before `second` in the page, as a screen reader meets them. */
async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate((element, after) => {
    if (!after) return false;
    return (element.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, other);
}

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });

test.describe("a client page's link notice, for a risk officer at 1440x900", () => {
  test.use({ viewport: { width: 1440, height: 900 }, consoleOptions: { role: 'riskOfficer' } });

  test('follows the heading on every tab, before the facts, the range and the tabs', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const id = encodeURIComponent(client.id);
    await app.open(`/clients/${id}`);
    for (const [view, button] of [
      ['sessions', 'Show the sessions without zz'],
      ['coverage', 'Show the coverage without zz'],
      ['events', 'Show the events without zz'],
      ['logs', 'Show the logs without zz'],
    ] as const) {
      await app.open(`/clients/${id}/${view}?zz=1`);
      const heading = page.getByRole('heading', { level: 1 });
      const notice = linkProblems(page);
      await expect(notice, view).toBeVisible();
      await expect(page.getByRole('tabpanel').getByRole('alert', { name: 'Link problems' }), view).toHaveCount(0);
      expect(await comesBefore(heading, notice), `${view}: the heading comes before the notice`).toBe(true);
      for (const after of [
        page.getByText('Facts', { exact: true }),
        page.getByRole('group', { name: 'Period' }),
        page.getByRole('tablist', { name: 'Client views' }),
      ]) {
        expect(await comesBefore(notice, after), `${view}: the notice comes before ${String(after)}`).toBe(true);
      }
      // The page's title has the focus on arrival; the notice's button is the next Tab stop.
      await expect(heading, view).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(notice.getByRole('button', { name: button }), view).toBeFocused();
    }
  });

  test("an unknown view is said there too, and the tab's own notices stay in its panel", async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const id = encodeURIComponent(client.id);
    await app.open(`/clients/${id}/zzz`);
    const noView = page.getByRole('alert').filter({ hasText: 'This client page has no view' });
    await expect(noView).toHaveText('This client page has no view “zzz”; showing the events instead.');
    expect(await comesBefore(noView, page.getByText('Facts', { exact: true }))).toBe(true);

    // A grid with link problems shows no rows; its panel says why and where, rather than staying empty.
    await app.goTo(`/clients/${id}/events?zz=1`);
    const panel = page.getByRole('tabpanel', { name: 'Sessions' });
    await expect(panel.getByRole('status')).toHaveText(
      'No events are shown yet: this link asks for something the console cannot use, named under the page’s title.',
    );
    await expect(gridRows(page)).toHaveCount(0);
    await linkProblems(page).getByRole('button', { name: 'Show the events without zz' }).press('Enter');
    await expect(linkProblems(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
    await expect(gridRows(page).first()).toBeVisible();

    // A refused range is the tab's to say, in its panel, once the link's own problems are dealt with.
    await app.goTo(`/clients/${id}/coverage?from=2026-10-20T00:00:00Z&to=2026-10-10T00:00:00Z&zz=1`);
    await expect(linkProblems(page)).toContainText('so once the range is fixed, the coverage is shown without it.');
    await expect(page.getByRole('tabpanel', { name: 'Coverage' }).getByRole('status')).toContainText(
      'No coverage is shown. The range this link asks for cannot be used',
    );
  });

  test("keeps the focus on the notice's button while the client's facts arrive", async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const id = encodeURIComponent(client.id);
    await app.open('/logs');
    for (const [view, button] of [
      ['coverage', 'Show the coverage without zz'],
      ['events', 'Show the events without zz'],
    ] as const) {
      // The client's summary is held back until the focus is on the notice.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/clients/summary', async (route) => {
        await held;
        await route.continue();
      });
      await app.goTo(`/clients/${id}/${view}?zz=1`);
      await expect(page.getByRole('heading', { level: 1, name: `Client ${client.id}` }), view).toBeFocused();
      await page.keyboard.press('Tab');
      const show = linkProblems(page).getByRole('button', { name: button });
      await expect(show, view).toBeFocused();
      release();
      await expect(page.getByRole('heading', { level: 1, name: client.name }), view).toBeVisible();
      await expect(page.getByText('Facts', { exact: true }), view).toBeVisible();
      await expect(show, view).toBeFocused();
      await page.unroute('**/api/clients/summary');
      await app.goTo('/logs');
    }
  });
});
