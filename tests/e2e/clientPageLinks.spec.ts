import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { type ActivityDocument } from './support/fixtureCluster';

const grid = (page: Page) => page.getByTestId('log-grid');

/** The client's newest manager edit, opened alone on the client page's events grid. */
async function openEdit(page: Page, open: (route: string) => Promise<void>, edit: ActivityDocument): Promise<void> {
  await open(`/clients/${encodeURIComponent(edit.clientId)}/events?event=${encodeURIComponent(edit.id)}`);
  await expect(page.getByTestId('match-total')).toHaveText('1 match');
  await expect(grid(page).locator(`.ag-row[row-id="${edit.id}"]`).first()).toBeVisible();
}

test.describe('on the cluster, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test("an event's metadata expands in its grid row, with the keyboard and with its button", async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const { event } = await cluster.newestManagerEdit(client.id);
    await openEdit(page, (route) => app.open(route), event);
    // Keyboard only: from the row's first cell along the row to its metadata.
    await grid(page).locator(`.ag-row[row-id="${event.id}"] [col-id="createdAt"]`).first().focus();
    const metadataCell = grid(page).locator(`.ag-row[row-id="${event.id}"] [col-id="metadata"]`).first();
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
    await expect(metadataCell).toBeFocused();
    const toggle = metadataCell.getByRole('button', { name: /^Metadata of / });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /^Metadata of / });
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Every key of the event's metadata as the cluster holds it (values may be redacted, keys never).
    const keys = Object.keys(event.metadata);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) await expect(panel.getByText(`${key}:`, { exact: true }).first()).toBeVisible();
    // The panel lies within the grid's width, under the row.
    const [panelBox, cellBox, gridBox] = await Promise.all([
      panel.boundingBox(),
      metadataCell.boundingBox(),
      grid(page).boundingBox(),
    ]);
    expect(panelBox && cellBox && gridBox).toBeTruthy();
    if (panelBox && cellBox && gridBox) {
      // Under the row, or over it when the window has no room below.
      const under = Math.round(panelBox.y) === Math.round(cellBox.y + cellBox.height);
      const over = Math.round(panelBox.y + panelBox.height) === Math.round(cellBox.y);
      expect(under || over, `panel ${JSON.stringify(panelBox)} against cell ${JSON.stringify(cellBox)}`).toBe(true);
      expect(panelBox.x).toBeGreaterThanOrEqual(gridBox.x - 1);
      expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1);
    }
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(metadataCell).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The button does the same for a pointer.
    await toggle.click();
    await expect(panel).toBeVisible();
    await toggle.click();
    await expect(panel).toHaveCount(0);
  });

  test("a manager event links to its change and its entity's history, as the log holds them", async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const { event, entityEdits } = await cluster.newestManagerEdit(client.id);
    const change = event.change;
    if (!change) throw new Error('the newest manager edit carries no change');
    await openEdit(page, (route) => app.open(route), event);
    await grid(page).locator(`.ag-row[row-id="${event.id}"]`).first().click();
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    await detail.getByRole('link', { name: `Show the change of event ${event.id}` }).click();
    await expect(page.getByRole('heading', { name: `Change of event ${event.id}` })).toBeVisible();
    const diff = page.getByRole('table', { name: 'Before and after' });
    expect(change.changedFields.length).toBeGreaterThan(0);
    for (const field of change.changedFields) {
      await expect(
        diff.getByRole('row', { name: new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.:]`) }).first(),
      ).toBeVisible();
    }
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
    await grid(page).locator(`.ag-row[row-id="${event.id}"]`).first().click();
    const { type, id } = change.target;
    await detail.getByRole('link', { name: `Show the edit history of ${type} ${id}` }).click();
    await expect(page.getByRole('heading', { name: `Edit history of ${type} ${id}` })).toBeVisible();
    // Opened at this event, among every edit of the entity the cluster holds.
    await expect(page.getByText(/^Edit \d+ of \d+$/)).toHaveText(new RegExp(`^Edit \\d+ of ${entityEdits}$`));
    await expect(page.locator('a[aria-current="step"]')).toHaveCount(1);
  });

  test('coverage of one client counts each event as the cluster does', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    const counts = await cluster.eventCounts(client.id);
    await app.open(`/clients/${encodeURIComponent(client.id)}/coverage`);
    const coverage = page.getByRole('region', { name: 'Logging coverage of this client' });
    await expect(coverage.getByRole('status')).toContainText(
      `${counts.total.toLocaleString('en-US')} events of this client`,
    );
    await expectCountsShown(page, counts.byName);
  });

  test('coverage across all clients follows a range kept in the address, and refuses a bad one', async ({
    app,
    page,
    cluster,
  }) => {
    const all = await cluster.eventCounts(null);
    await app.open('/clients');
    await page.getByText('Logging coverage across all clients').click();
    const status = page
      .getByRole('region', { name: 'Logging coverage of all clients in your scope' })
      .getByRole('status');
    await expect(status).toContainText(`${all.total.toLocaleString('en-US')} events of all clients`);
    await expectCountsShown(page, all.byName);

    const range = { from: '2026-10-10T00:00:00.000Z', to: '2026-10-17T00:00:00.000Z' };
    const ranged = await cluster.eventCounts(null, range);
    expect(ranged.total).toBeGreaterThan(0);
    expect(ranged.total).toBeLessThan(all.total);
    await app.goTo(`/clients?from=${range.from}&to=${range.to}`);
    await expect(status).toContainText(`${ranged.total.toLocaleString('en-US')} events of all clients`);
    await expectCountsShown(page, ranged.byName);
    await app.reload();
    await expect(status).toContainText(`${ranged.total.toLocaleString('en-US')} events of all clients`);

    // A reversed range and a junk preset are each said next to the control, and nothing is counted.
    const control = page.getByRole('group', { name: 'Period' });
    await app.goTo(`/clients?from=${range.to}&to=${range.from}`);
    await expect(control.getByRole('alert')).toContainText('the start is after the end');
    await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toHaveCount(0);
    await app.goTo('/clients?last=forever');
    await expect(control.getByRole('alert')).toContainText('last “forever”: a relative range is one of');
    await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toHaveCount(0);
    // Fixed with the control itself, the address follows.
    await control.getByRole('combobox', { name: 'Date preset' }).selectOption('any');
    await expect(page).toHaveURL(/#\/clients$/);
    await expect(status).toContainText(`${all.total.toLocaleString('en-US')} events of all clients`);
  });

  test('a chip naming a client links to their page, on the operational grid and on a client page', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/logs?client=${encodeURIComponent(client.id)}`);
    const chips = page.getByLabel('Active filters');
    await expect(chips.getByRole('button', { name: `Remove Client: ${client.name} (${client.id})` })).toBeVisible();
    await chips.getByRole('link', { name: `Open the client page of ${client.name} (${client.id})` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));

    const other = await cluster.log(
      (
        await cluster.newestLog([
          { exists: { field: 'client.id' } },
          { bool: { must_not: { term: { 'client.id': client.id } } } },
        ])
      ).id,
    );
    const otherId = (other.client as { id: string }).id;
    await app.goTo(`/clients/${encodeURIComponent(client.id)}/events?not.client=${encodeURIComponent(otherId)}`);
    await expect(page.getByTestId('match-total')).toHaveText(`${client.events.toLocaleString('en-US')} matches`);
    const excluded = page.getByLabel('Active filters').getByRole('link', { name: new RegExp(`\\(${otherId}\\)$`) });
    await excluded.click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${otherId}$`));
  });
});

/** Each listed event's count is the cluster's (nought where it holds none), and every name it holds is listed. */
async function expectCountsShown(page: Page, byName: ReadonlyMap<string, number>): Promise<void> {
  const table = page.getByRole('table', { name: 'Catalog events and their counts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('code')?.textContent ?? '', row.children[3]?.textContent ?? '']),
    );
  for (const [name, count] of shown)
    expect(`${name}: ${count}`).toBe(`${name}: ${(byName.get(name ?? '') ?? 0).toLocaleString('en-US')}`);
  const uncatalogued = await page
    .getByRole('list', { name: 'Events not in the catalog' })
    .getByRole('listitem')
    .allTextContents()
    .catch(() => []);
  const listed = new Set([...shown.map(([name]) => name), ...uncatalogued.map((item) => item.split(' · ')[0])]);
  for (const name of byName.keys()) expect(listed.has(name), `${name} is listed`).toBe(true);
}
