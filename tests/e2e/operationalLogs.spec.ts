import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { ROWS, matches, renderedIds, renderedRows, rowOf } from './support/grid';

const webhookErrors = [{ term: { action: 'webhook' } }, { term: { status: 'error' } }];
async function applyWebhookErrors(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters
    .getByRole('group', { name: 'Action' })
    .getByRole('checkbox', { name: /^webhook/ })
    .check();
  await filters
    .getByRole('group', { name: 'Type (status)' })
    .getByRole('checkbox', { name: /^error/ })
    .check();
  await filters.getByRole('button', { name: 'Save' }).click();
}

test('shows the newest logs first and counts every match exactly, beyond 10,000 too', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const total = await cluster.count([]);
  expect(total).toBeGreaterThan(10_000);
  await expect(page.getByTestId('match-total')).toHaveText(matches(total));
  const expected = await cluster.newestIds([], 10);
  await expect.poll(async () => (await renderedIds(page)).slice(0, 10)).toEqual(expected);
});

test('filters with Save, shows removable chips and keeps the query through a reload', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  await applyWebhookErrors(page);
  const count = await cluster.count(webhookErrors);
  expect(count).toBeGreaterThan(0);
  const chips = page.getByLabel('Active filters');
  await expect(chips.getByText('Action: webhook')).toBeVisible();
  await expect(chips.getByText('Status: error')).toBeVisible();
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));
  await expect(page).toHaveURL(/action=webhook/);

  await app.reload();
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));

  await page.getByRole('button', { name: 'Remove Status: error' }).click();
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count([{ term: { action: 'webhook' } }])),
  );
  await expect(chips.getByText('Status: error')).toHaveCount(0);
});

test('pages by 10 through the matches in cluster order, with no duplicate and no gap', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  await page.getByLabel('Page size').selectOption('10');
  await expect(page).toHaveURL(/size=10/);
  const expected = await cluster.newestIds([], 60);
  await page.locator(ROWS).first().hover();
  const seen = new Map<number, string>();
  for (let step = 0; step < 12 && seen.size < 60; step++) {
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => (await renderedIds(page)).every((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
    for (const [index, id] of await renderedRows(page)) if (index < 60) seen.set(index, id);
  }
  const ordered = [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
  expect(ordered.length).toBeGreaterThanOrEqual(40);
  expect(ordered).toEqual(expected.slice(0, ordered.length));
});

test('opens a row in the detail panel and moves between rows with the keyboard', async ({ app, page, cluster }) => {
  await app.open();
  await applyWebhookErrors(page);
  const [first, second] = await cluster.newestIds(webhookErrors, 2);
  await page
    .locator(`${rowOf(first ?? '')} [col-id="action"]`)
    .first()
    .click();
  const detail = page.getByTestId('log-detail');
  await expect(detail).toContainText(first ?? '');
  await expect(detail.getByRole('heading', { name: 'Error' })).toBeVisible();
  await expect(detail.getByRole('link', { name: /Open client/ })).toHaveAttribute('href', /#\/clients\//);
  await page.keyboard.press('ArrowDown');
  await expect(detail).toContainText(second ?? '');
  await detail.getByRole('button', { name: 'Close detail' }).click();
  await expect(detail).toHaveCount(0);
});

test('choosing a histogram bar narrows the created range to that bar', async ({ app, page }) => {
  await app.open();
  const bars = page.getByTestId('histogram-bar');
  await expect(bars.first()).toBeAttached();
  const last = bars.last();
  const title = (await last.locator('title').textContent()) ?? '';
  const count = Number(/: ([\d,]+) match(?:es)?$/.exec(title)?.[1]?.replaceAll(',', ''));
  expect(count).toBeGreaterThan(0);
  await last.dispatchEvent('click');
  await expect(page.getByLabel('Active filters').getByText(/^Created: /)).toBeVisible();
  await expect(page).toHaveURL(/from=.*to=/);
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));
});

test('a saved view brings back its filters for the same operator', async ({ app, page, cluster }) => {
  await app.open();
  await applyWebhookErrors(page);
  const count = await cluster.count(webhookErrors);
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));
  await page.getByLabel('View name').fill('Webhook errors');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByText('Saved “Webhook errors”')).toBeVisible();

  await app.goTo('/logs');
  await expect(page.getByTestId('match-total')).toHaveText(matches(await cluster.count([])));
  await page.getByLabel('Saved views').selectOption({ label: 'Webhook errors' });
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));
  await expect(page.getByLabel('Active filters').getByText('Action: webhook')).toBeVisible();
});

/** Holds the operator's saved column layout back, as a slow disk or a busy main process would. */
async function delaySavedLayout(page: Page, ms: number): Promise<void> {
  await page.route('**/api/prefs/columns/get', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('technical columns start hidden; a column shown is kept for the operator across a reload', async ({
  app,
  page,
}) => {
  await app.open();
  const header = (colId: string) => page.locator(`[data-testid="log-grid"] .ag-header-cell[col-id="${colId}"]`);
  const choice = (name: string) =>
    page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name, exact: true });
  await expect(header('created')).toBeVisible();
  await expect(header('requestPath')).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  const saved = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/save'));
  await choice('Request path').check();
  await expect(header('requestPath')).toBeVisible();
  await saved;

  // After the reload the saved layout arrives late: a column shown meanwhile must be kept, and saved.
  await delaySavedLayout(page, 1_500);
  const layout = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/get'));
  await app.reload();
  await page.getByRole('button', { name: 'Columns' }).click();
  const savedAgain = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/save'));
  await choice('App instance').check();
  await layout;
  const request = (await savedAgain).request().postDataJSON() as { columns: { colId: string; hide: boolean }[] };
  const shown = request.columns.filter((column) => !column.hide).map((column) => column.colId);
  expect(shown).toEqual(expect.arrayContaining(['requestPath', 'appInstance']));
  await expect(choice('Request path')).toBeChecked();
  await expect(choice('App instance')).toBeChecked();
  // The grid draws only the header cells in view: App instance comes first, Request path after it.
  await expect(header('appInstance')).toBeVisible();
});

test('by keyboard, the last shown column cannot be hidden, and Escape closes the column list', async ({
  app,
  page,
}) => {
  await app.open();
  const columnsButton = page.getByRole('button', { name: 'Columns' });
  const chooser = page.getByRole('group', { name: 'Columns' });
  const headers = page.locator('[data-testid="log-grid"] .ag-header-cell[col-id]');
  await columnsButton.focus();
  await page.keyboard.press('Enter');
  await expect(chooser).toBeVisible();
  for (const box of await chooser.getByRole('checkbox').all()) {
    if (!(await box.isChecked()) || (await box.isDisabled())) continue;
    const saved = page.waitForResponse((response) => response.url().includes('/api/prefs/columns/save'));
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
    await saved;
  }
  const left = chooser.getByRole('checkbox', { checked: true });
  await expect(left).toHaveCount(1);
  await expect(left).toBeDisabled();
  await expect(left).toHaveAccessibleDescription('At least one column stays shown.');
  await expect(chooser.getByText('At least one column stays shown.')).toBeVisible();
  await expect(headers).toHaveCount(1);

  await chooser.getByRole('checkbox', { checked: false }).first().focus();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  await expect(columnsButton).toBeFocused();
  await expect(columnsButton).toHaveAttribute('aria-expanded', 'false');

  // The layout kept shows that one column in the next session.
  await app.reload();
  await expect(headers).toHaveCount(1);
});

test('the Client quick filter finds a client by name as you type', async ({ app, page, cluster }) => {
  await app.open();
  await page.getByRole('button', { name: 'Client', exact: true }).click();
  const search = page.getByLabel('Search client');
  await expect(search).toBeFocused();
  await search.fill('Marco');
  const options = page.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option');
  const option = options.first();
  // The list of the empty search stays until the answer for the text comes: every name in that answer has it.
  await expect
    .poll(async () => {
      const texts = await options.allTextContents();
      return texts.length > 0 && texts.every((text) => text.toLowerCase().includes('marco'));
    })
    .toBe(true);
  const optionText = (await option.textContent()) ?? '';
  const id = /\(([0-9a-f]{24})\)/.exec(optionText)?.[1] ?? '';
  const name = /^\s*(.+?) \(/.exec(optionText)?.[1] ?? '';
  expect(id).not.toBe('');
  await option.click();
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Save' }).click();
  expect(name).toContain('Marco');
  await expect(page.getByLabel('Active filters').getByText(`Client: ${name}`)).toBeVisible();
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count([{ term: { 'client.id': id } }])),
  );
  await expect(page).toHaveURL(new RegExp(`client=${id}`));
  await app.reload();
  await expect(page.getByLabel('Active filters').getByText(`Client: ${name}`)).toBeVisible();
});

test('a bearer token a producer logged is redacted before display, and the grid says so', async ({
  app,
  page,
  cluster,
}) => {
  const planted = await cluster.plantedBearerToken();
  const token = /Bearer ([\w.~+/-]+=*)/.exec(planted.error)?.[1] ?? '';
  expect(token.length).toBeGreaterThan(12);
  await app.open();
  const range = new URLSearchParams({ from: planted.created, to: planted.created });
  await app.goTo(`/logs?${range.toString()}`);
  const row = page.locator(`${rowOf(planted.id)} [col-id="action"]`).first();
  await row.click();
  const detail = page.getByTestId('log-detail');
  // The token sat under an Authorization header inside a stringified JSON error.
  await expect(detail).toContainText('Authorization: “[redacted: Authorization]”');
  await expect(page.getByTestId('redaction-banner')).toContainText('Redacted before display: 1 secret field');
  expect(await page.content()).not.toContain(token);
});
