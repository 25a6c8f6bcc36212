import type { Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import type { FixtureCluster } from './support/fixtureCluster';
import { detailInAddress, matches, rowOf } from './support/grid';

const ROWS = '[data-testid="log-grid"] .ag-row';

async function openRow(page: Page, id: string): Promise<void> {
  await page
    .locator(`${rowOf(id)} [col-id="action"]`)
    .first()
    .click();
  await expect(page.getByTestId('log-detail')).toContainText(id);
}

/** Opens the console on the logs and the newest event's detail, and returns that event as the cluster holds it. */
async function openNewest(app: AppDriver, page: Page, cluster: FixtureCluster): ReturnType<FixtureCluster['log']> {
  await app.open();
  const [newest] = await cluster.newestIds([], 1);
  const row = await cluster.log(newest ?? '');
  await openRow(page, row.id);
  return row;
}

/** Opens the console on the logs and the newest event's detail, steps to the next event, and returns its id. */
async function openNewestThenNext(app: AppDriver, page: Page, cluster: FixtureCluster): Promise<string> {
  await app.open();
  const [first, second] = await cluster.newestIds([], 2);
  await openRow(page, first ?? '');
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Next event' }).click();
  await expect(detail).toContainText(second ?? '');
  return second ?? '';
}

test('the detail table filters for and out of a value, and the route keeps the exclusion', async ({
  app,
  page,
  cluster,
}) => {
  const row = await openNewest(app, page, cluster);
  const fields = page.getByTestId('log-detail').getByRole('table', { name: 'Fields' });
  await expect(fields.getByRole('rowheader', { name: 'Business model' })).toBeVisible();
  await fields.getByRole('button', { name: `Filter for Action: ${String(row.action)}` }).click();
  const chips = page.getByLabel('Active filters');
  await expect(chips.getByRole('button', { name: `Remove Action: ${String(row.action)}` })).toBeVisible();
  const forAction = [{ term: { action: String(row.action) } }];
  await expect(page.getByTestId('match-total')).toHaveText(matches(await cluster.count(forAction)));

  await openRow(page, row.id);
  await fields.getByRole('button', { name: `Filter out Business model: ${String(row.businessModel)}` }).click();
  await expect(
    chips.getByRole('button', { name: `Remove Business model is not: ${String(row.businessModel)}` }),
  ).toBeVisible();
  const withoutModel =
    (await cluster.count([...forAction])) -
    (await cluster.count([...forAction, { term: { businessModel: String(row.businessModel) } }]));
  await expect(page.getByTestId('match-total')).toHaveText(matches(withoutModel));
  await expect(page).toHaveURL(new RegExp(`not\\.businessModel=${encodeURIComponent(String(row.businessModel))}`));
  await app.reload();
  await expect(page.getByTestId('match-total')).toHaveText(matches(withoutModel));
});

test('the detail steps to the previous and next event, shows its surroundings and pops out over the grid', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const [first, second] = await cluster.newestIds([], 2);
  const grid = page.getByTestId('log-grid');
  const fullWidth = (await grid.boundingBox())?.width ?? 0;
  await openRow(page, first ?? '');
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Next event' }).click();
  await expect(detail).toContainText(second ?? '');
  await detail.getByRole('button', { name: 'Previous event' }).click();
  await expect(detail).toContainText(first ?? '');
  await expect(detail.getByRole('button', { name: 'Previous event' })).toBeDisabled();

  await detail.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(detail.getByRole('table', { name: 'Fields' })).toHaveCount(0);
  await detail.getByRole('button', { name: 'Table' }).click();

  // The events of the same client just before and after this one, five each way.
  const row = await cluster.log(first ?? '');
  const client = (row.client as { id: string }).id;
  const older = await cluster.count([{ term: { 'client.id': client } }, { range: { created: { lt: row.created } } }]);
  const newer = await cluster.count([{ term: { 'client.id': client } }, { range: { created: { gt: row.created } } }]);
  const around = detail.getByRole('region', { name: 'Surrounding events' });
  await expect(around.getByRole('listitem').filter({ hasText: '(this event)' })).toBeVisible();
  await expect(around.getByRole('button')).toHaveCount(Math.min(5, older) + Math.min(5, newer));
  await around.getByLabel('Events before and after').selectOption('10');
  await expect(around.getByRole('button')).toHaveCount(Math.min(10, older) + Math.min(10, newer));

  await detail.getByRole('button', { name: 'Pop out' }).click();
  expect((await grid.boundingBox())?.width).toBe(fullWidth);
  await detail.getByRole('button', { name: 'Dock beside the grid' }).click();
  expect((await grid.boundingBox())?.width ?? 0).toBeGreaterThan(fullWidth * 0.5);
});

test('a surrounding event the grid does not hold keeps the keyboard in the detail and says why it cannot step', async ({
  app,
  page,
  cluster,
}) => {
  const row = await openNewest(app, page, cluster);
  const action = String(row.action);
  const detail = page.getByTestId('log-detail');
  // The grid holds this action only: an event of the same client with another action is not among its rows.
  await detail
    .getByRole('table', { name: 'Fields' })
    .getByRole('button', { name: `Filter for Action: ${action}` })
    .click();
  await expect(page.getByTestId('match-total')).toHaveText(matches(await cluster.count([{ term: { action } }])));
  const grid = page.getByTestId('log-grid');
  await expect(grid.getByRole('row', { selected: true })).toHaveCount(1);
  const around = detail.getByRole('region', { name: 'Surrounding events' });
  const elsewhere = around
    .getByRole('button')
    .filter({ hasNotText: ` · ${action} · ` })
    .first();
  const entry = (await elsewhere.textContent()) ?? '';
  await elsewhere.focus();
  await page.keyboard.press('Enter');

  // The keyboard lands on the heading of the event now shown, not on the page.
  const heading = detail.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  expect(entry).toContain(` · ${(await heading.textContent()) ?? ''}`);
  await expect(around.getByRole('listitem').filter({ hasText: '(this event)' })).toHaveText(`${entry} (this event)`);

  // The grid no longer claims the row it held, and the stepper says why it is off.
  await expect(grid.getByRole('row', { selected: true })).toHaveCount(0);
  const reason = /not among the rows the grid has loaded/;
  await expect(detail.getByText(reason)).toBeVisible();
  for (const name of ['Previous event', 'Next event']) {
    await expect(detail.getByRole('button', { name })).toBeDisabled();
    await expect(detail.getByRole('button', { name })).toHaveAccessibleDescription(reason);
  }
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');
});

test('Back to the logs shows again the detail left open, and not one that was closed', async ({
  app,
  page,
  cluster,
}) => {
  const second = await openNewestThenNext(app, page, cluster);
  const detail = page.getByTestId('log-detail');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Investigations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();

  await page.goBack();
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(second);
  await expect(detail.getByRole('button', { name: 'Previous event' })).toBeEnabled({ timeout: 30_000 });

  await detail.getByRole('button', { name: 'Close detail' }).click();
  await expect(detail).toHaveCount(0);
  await sections.getByRole('link', { name: 'Investigations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
  await page.goBack();
  await expect(page.locator(ROWS).first()).toBeVisible({ timeout: 30_000 });
  await expect(detail).toHaveCount(0);
});

test('a grid cell can be copied from the keyboard', async ({ app, page, context, cluster }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  const [newest] = await cluster.newestIds([], 1);
  const row = await cluster.log(newest ?? '');
  await page
    .locator(`${rowOf(row.id)} [col-id="description"]`)
    .first()
    .click();
  await page.keyboard.press('Control+c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(String(row.description));
});

test('a chip for a person names them with their id, so two of the same name differ', async ({ app, page, cluster }) => {
  const row = await openNewest(app, page, cluster);
  const client = row.client as { id: string; name: string };
  const fields = page.getByTestId('log-detail').getByRole('table', { name: 'Fields' });
  await fields.getByRole('button', { name: `Filter for Client name: ${client.name}` }).click();
  await expect(
    page.getByLabel('Active filters').getByRole('button', { name: `Remove Client: ${client.name} (${client.id})` }),
  ).toBeVisible();
});

test('Back after following two surrounding events shows each event before again, and Forward goes on', async ({
  app,
  page,
  cluster,
}) => {
  const { id: newest } = await openNewest(app, page, cluster);
  const detail = page.getByTestId('log-detail');
  const heading = detail.getByRole('heading', { level: 2 });
  const around = detail.getByRole('region', { name: 'Surrounding events' });
  await expect.poll(() => detailInAddress(page)).toBe(newest);

  const shown = [newest];
  for (let step = 0; step < 2; step += 1) {
    await around.getByRole('button').first().click();
    await expect.poll(() => detailInAddress(page)).not.toBe(shown.at(-1));
    const id = detailInAddress(page) ?? '';
    await expect(detail).toContainText(id);
    shown.push(id);
  }
  expect(new Set(shown).size).toBe(3);

  for (const id of [shown[1], shown[0]]) {
    await page.goBack();
    await expect(detail.locator('code').first()).toHaveText(id ?? '');
    await expect(heading).toBeFocused();
  }
  // Back stays on the logs page, at the event opened first.
  await expect(page.getByRole('heading', { level: 1, name: 'Operational logs' })).toBeVisible();
  expect(detailInAddress(page)).toBe(newest);
  await page.goForward();
  await expect(detail.locator('code').first()).toHaveText(shown[1] ?? '');
  await expect(heading).toBeFocused();
});

test('a reload shows again the event the detail showed', async ({ app, page, cluster }) => {
  const second = await openNewestThenNext(app, page, cluster);
  const detail = page.getByTestId('log-detail');
  await expect.poll(() => detailInAddress(page)).toBe(second);
  await app.reload();
  await expect(detail.locator('code').first()).toHaveText(second, { timeout: 30_000 });
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(String((await cluster.log(second)).action));
});

test('an address naming no event the operator can see says so in one sentence and offers to close it', async ({
  app,
  page,
  cluster,
}) => {
  await app.open('/logs?detail=no-such-event');
  const detail = page.getByTestId('log-detail');
  await expect(detail.getByRole('alert')).toHaveText(
    'No event with id “no-such-event” is among the logs you can see: the link may be wrong, or the event belongs to a client outside your scope. Close this note to go on with the logs.',
    { timeout: 30_000 },
  );
  await detail.getByRole('button', { name: 'Close this note' }).click();
  await expect(detail).toHaveCount(0);
  await expect.poll(() => detailInAddress(page)).toBeNull();

  // With an event shown, an address naming none the operator can see puts the note in its place: the
  // detail never shows one event while the address names another.
  const [newest] = await cluster.newestIds([], 1);
  await openRow(page, newest ?? '');
  await app.goTo('/logs?detail=no-such-event');
  await expect(detail.getByRole('alert')).toContainText('No event with id “no-such-event”', { timeout: 30_000 });
  await expect(detail).not.toContainText(newest ?? '');
});

test('a card number or a page of text in the detail address is masked and never looked up', async ({ app, page }) => {
  const card = '4111111111111111';
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await app.open(`/logs?detail=${card}`);
  const alert = page.getByTestId('log-detail').getByRole('alert');
  await expect(alert).toContainText('looks like a card number, an IBAN or another secret, so it was not looked up');
  await expect(alert).not.toContainText(card);
  expect(sent.filter((request) => request.includes(card))).toEqual([]);

  await app.open(`/logs?detail=${'x'.repeat(5000)}`);
  await expect(alert).toContainText('longer than any event id (at most 200 characters), so it was not looked up');
  expect(((await alert.textContent()) ?? '').length).toBeLessThan(300);
});
