import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { detailInAddress, openFirstRowDetail } from './support/grid';
import { openBusyClient } from './support/navigation';

/** The grid's rows that hold cells (not the header row). */
const gridRows = (page: Page): Locator =>
  page
    .getByRole('grid')
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });

/** The id of the grid's row at `index`, as the detail panel shows it. */
async function rowId(page: Page, index: number): Promise<string> {
  const id = await gridRows(page).nth(index).getAttribute('row-id');
  if (!id) throw new Error(`The grid has no row ${index}`);
  return id;
}

/** Opens the first row's detail from the keyboard, once the grid shows at least `rows` rows. */
async function openFirstRow(page: Page, rows: number): Promise<Locator> {
  await expect(gridRows(page).nth(rows - 1)).toBeVisible({ timeout: 30_000 });
  return openFirstRowDetail(page);
}

test.describe('a client tab’s row detail, as an auditor', () => {
  test.use({ consoleOptions: { role: 'auditor' } });

  test('steps to the next and previous event, shows the surrounding events and closes back to its row', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'events');
    const detail = await openFirstRow(page, 3);
    const [first, second] = [await rowId(page, 0), await rowId(page, 1)];
    await expect(detail).toContainText(first);
    await expect(detail.getByRole('button', { name: 'Previous event' })).toBeDisabled();

    await detail.getByRole('button', { name: 'Next event' }).click();
    await expect(detail).toContainText(second);
    await detail.getByRole('button', { name: 'Next event' }).click();
    await expect(detail).toContainText(await rowId(page, 2));
    await detail.getByRole('button', { name: 'Previous event' }).click();
    await expect(detail).toContainText(second);

    // The events of the same client before and after this one; one of them opens in the panel.
    const around = detail.getByRole('region', { name: 'Surrounding events' });
    await expect(around.getByRole('listitem').filter({ hasText: '(this event)' })).toBeVisible();
    await expect(around.getByRole('button').first()).toBeVisible();
    await expect(around.getByRole('combobox', { name: 'Same party' })).toHaveValue('clientId');
    const older = around.getByRole('button').first();
    const olderText = (await older.textContent()) ?? '';
    await older.click();
    await expect(around.getByRole('listitem').filter({ hasText: '(this event)' })).toHaveText(
      `${olderText} (this event)`,
    );
    await expect(detail).not.toContainText(second);
    // The keyboard lands on the heading of the event now shown, and Escape closes the detail from there.
    const heading = detail.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    expect(olderText).toContain(` · ${(await heading.textContent()) ?? ''}`);
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    // The focus is back in the grid, on the event opened or, where the grid does not hold it, the first row.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');
  });

  test('filters the tab for and out of a value of the detail', async ({ app, page, cluster }) => {
    const client = await openBusyClient(app, cluster, 'events');
    const detail = await openFirstRow(page, 2);
    const fields = detail.getByRole('table', { name: 'Fields' });
    const event = await fields
      .getByRole('row', { name: /^Event / })
      .getByRole('cell')
      .first()
      .textContent();
    await fields.getByRole('button', { name: `Filter for Event: ${event ?? ''}` }).click();
    const chips = page.getByLabel('Active filters');
    await expect(chips.getByRole('button', { name: `Remove Event: ${event ?? ''}` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/events\\?`));

    // The detail stays open over the tab's new result, and filters it further.
    const source = await fields
      .getByRole('row', { name: /^Source app / })
      .getByRole('cell')
      .first()
      .textContent();
    await fields.getByRole('button', { name: `Filter out Source app: ${source ?? ''}` }).click();
    await expect(chips.getByRole('button', { name: `Remove Source app is not: ${source ?? ''}` })).toBeVisible();
  });

  test('Escape after stepping gives the focus back to the row the detail showed', async ({ app, page, cluster }) => {
    await openBusyClient(app, cluster, 'logs');
    const detail = await openFirstRow(page, 2);
    await detail.getByRole('button', { name: 'Next event' }).click();
    await expect(detail).toContainText(await rowId(page, 1));
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(gridRows(page).nth(1).getByRole('gridcell').first()).toBeFocused();
  });

  test('Back to the Logs tab gives the keyboard to the detail shown again, and Escape closes it to its row', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'logs');
    const detail = await openFirstRow(page, 2);
    const first = await rowId(page, 0);
    await expect(detail).toContainText(first);
    await detail.getByRole('link', { name: /^Activity of .+ within ± \d+ minutes$/ }).click();
    await expect(page).toHaveURL(/\/events\?/);
    await expect(detail).toHaveCount(0);

    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await expect(detail).toContainText(first);
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(gridRows(page).nth(0).getByRole('gridcell').first()).toBeFocused({ timeout: 30_000 });
  });

  test('Back to the tab shows again the detail left open by a cross-link', async ({ app, page, cluster }) => {
    await openBusyClient(app, cluster, 'events');
    const detail = await openFirstRow(page, 2);
    await detail.getByRole('button', { name: 'Next event' }).click();
    const second = await rowId(page, 1);
    await expect(detail).toContainText(second);
    await detail.getByRole('link', { name: /^Operational logs of this client within ± \d+ minutes$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Operational logs' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Log detail' })).toHaveCount(0);

    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Sessions', selected: true })).toBeVisible();
    await expect(detail).toBeVisible();
    await expect(detail).toContainText(second);
    // The grid read anew holds the row: the detail steps from it and Escape goes back to it.
    await expect(detail.getByRole('button', { name: 'Previous event' })).toBeEnabled({ timeout: 30_000 });
    await detail.getByRole('button', { name: 'Pop out' }).focus();
    await page.keyboard.press('Escape');
    await expect(gridRows(page).nth(1).getByRole('gridcell').first()).toBeFocused();

    // A detail closed is not shown again by Back.
    await gridRows(page).nth(0).getByRole('gridcell').first().click();
    await expect(detail).toBeVisible();
    await detail.getByRole('button', { name: 'Close detail' }).click();
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Logs' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Sessions', selected: true })).toBeVisible();
    await expect(gridRows(page).first()).toBeVisible({ timeout: 30_000 });
    await expect(detail).toHaveCount(0);
  });

  test('Back after following a surrounding event shows the event before again, and a reload shows it', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await openBusyClient(app, cluster, 'events');
    const detail = await openFirstRow(page, 2);
    const heading = detail.getByRole('heading', { level: 2 });
    const first = await rowId(page, 0);
    await expect(detail).toContainText(first);
    await expect.poll(() => detailInAddress(page)).toBe(first);

    await detail.getByRole('region', { name: 'Surrounding events' }).getByRole('button').first().click();
    await expect.poll(() => detailInAddress(page)).not.toBe(first);
    const followed = detailInAddress(page) ?? '';
    await expect(detail).toContainText(followed);

    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Sessions', selected: true })).toBeVisible();
    await expect(detail).toContainText(first);
    await expect(heading).toBeFocused();
    await page.goForward();
    await expect(detail).toContainText(followed);

    // A reload looks the event up by its id, though the grid's first page may not hold it.
    await app.reload();
    await expect(detail).toContainText(followed, { timeout: 30_000 });
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/events\\?`));
  });

  test('an event of another client named in the Logs tab’s address is said not to be among this client’s', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const other = await cluster.newestLog([
      { exists: { field: 'client.id' } },
      { bool: { must_not: [{ term: { 'client.id': client.id } }] } },
    ]);
    await app.open(`/clients/${client.id}/logs?detail=${other.id}`);
    const detail = page.getByTestId('log-detail');
    await expect(detail.getByRole('alert')).toHaveText(
      `Event “${other.id}” is not one of client “${client.id}”’s logs: the link may be wrong, or it names another client’s event. Close this note to go on with the logs.`,
      { timeout: 30_000 },
    );
    await expect(detail).not.toContainText('among the logs you can see');
    await detail.getByRole('button', { name: 'Close this note' }).click();
    await expect(detail).toHaveCount(0);
    await expect.poll(() => detailInAddress(page)).toBeNull();
  });
});
