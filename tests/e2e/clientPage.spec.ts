import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

const matches = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'match' : 'matches'}`;

/** Types a piece of a name into the client search and opens the first match; returns its heading text. */
async function findClient(page: Page, fragment: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' });
  await search.fill(fragment);
  const first = page.getByRole('listbox', { name: 'Matching clients' }).getByRole('option').first();
  await expect(first).toContainText(fragment);
  const chosen = (await first.locator('strong').textContent()) ?? '';
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);
  return chosen;
}

/** Filters the Sessions tab's events to the terminal through the shared filter panel. */
async function filterTerminal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters
    .getByRole('group', { name: 'Source app' })
    .getByRole('checkbox', { name: /^terminal/ })
    .check();
  await filters.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Remove Source app: terminal' })).toBeVisible();
}

/** Opens the newest session, expands it and the metadata of its first event. */
async function openSession(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Sessions tab view' }).getByRole('button', { name: 'Sessions' }).click();
  const sessions = page.getByRole('table', { name: 'Sessions' });
  const show = sessions.getByRole('button', { name: /^Show events of the / }).first();
  await show.click();
  const events = sessions.getByRole('list', { name: /^Events of the / });
  await expect(events.getByRole('listitem').first()).toBeVisible();
  const metadata = events.getByRole('listitem').first().locator('details.event-metadata');
  await expect(metadata).not.toHaveAttribute('open');
  await metadata.getByText('Metadata', { exact: true }).click();
  await expect(metadata).toHaveAttribute('open', '');
}

/** From a selected event, to the operational logs of the same client around it, and back. */
async function crossLinkAndBack(page: Page, clientName: string): Promise<void> {
  await page.getByRole('group', { name: 'Sessions tab view' }).getByRole('button', { name: 'Events' }).click();
  await page.locator('[data-testid="log-grid"] .ag-row[row-id]').first().click();
  const detail = page.getByRole('complementary', { name: 'Log detail' });
  await detail.getByRole('link', { name: 'Operational logs of this client within ± 10 minutes' }).click();
  await expect(page.getByRole('heading', { name: 'Operational logs' })).toBeVisible();
  const chips = page.getByLabel('Active filters');
  await expect(chips.getByRole('button', { name: `Remove Client: ${clientName}` })).toBeVisible();
  await expect(chips.getByRole('button', { name: /^Remove Created: / })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(clientName);
  await expect(page.getByRole('tab', { name: 'Sessions', selected: true })).toBeVisible();
}

test.describe('on the cluster, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('finds a client, filters terminal events, opens a session and follows a cross-link', async ({
    app,
    page,
    cluster,
  }) => {
    test.setTimeout(180_000);
    const client = await cluster.busyTerminalClient();
    await app.open('/clients');
    const name = await findClient(page, client.name);
    expect(name).toBe(client.name);
    await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}$`));
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.events));
    await filterTerminal(page);
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.terminalEvents));
    await app.reload();
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.terminalEvents));
    await openSession(page);
    await crossLinkAndBack(page, client.name);
  });

  test('a tab or a filter keeps the page and its header; another client id shows that client', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const other = await cluster.log(
      (
        await cluster.newestLog([
          { exists: { field: 'client.name' } },
          { bool: { must_not: [{ term: { 'client.id': client.id } }] } },
        ])
      ).id,
    );
    const otherClient = other.client as { id: string; name: string };
    expect(otherClient.name).not.toBe(client.name);
    const summaries: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/clients/summary')) summaries.push(request.url());
    });
    await app.open(`/clients/${client.id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(client.name);
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.events));
    // A mark on the header's element: a page mounted again would draw a new one without it.
    await heading.evaluate((element) => element.setAttribute('data-e2e-mark', 'kept'));
    const read = summaries.length;
    await page.getByRole('tab', { name: 'Logs' }).click();
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await filterTerminal(page);
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.terminalEvents));
    await expect(heading).toHaveAttribute('data-e2e-mark', 'kept');
    expect(summaries.length).toBe(read);

    await app.goTo(`/clients/${otherClient.id}`);
    await expect(heading).toContainText(otherClient.name);
    expect(summaries.length).toBeGreaterThan(read);
  });
});

test.describe('on the demo workspace, as a risk officer', () => {
  test.use({
    consoleOptions: { name: 'e2e-demo', source: 'demo', role: 'riskOfficer', demoDataset: { clients: 50, days: 10 } },
  });

  test('finds a client by name and walks the same way', async ({ app, page }) => {
    test.setTimeout(300_000);
    await app.open('/clients');
    // The first start builds the demo workspace; the search shows once it is ready.
    await expect(page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' })).toBeVisible({
      timeout: 240_000,
    });
    const name = await findClient(page, 'an');
    await filterTerminal(page);
    await openSession(page);
    await crossLinkAndBack(page, name);
  });
});

test.describe('bad client links', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('an unknown client, a bad gap and a reversed range are each said plainly', async ({ app, page }) => {
    await app.open('/clients/NO-SUCH-CLIENT-42');
    await expect(page.getByRole('alert')).toContainText('NO-SUCH-CLIENT-42');
    await app.goTo('/clients/%E0%A4%A');
    await expect(page.getByRole('alert')).toContainText('does not hold a readable client id');
  });

  test('a bad inactivity gap is refused next to its field and a reversed range names both ends', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/sessions?gap=-5`);
    await expect(page.getByRole('alert').filter({ hasText: '“-5”' })).toContainText('whole minutes from 1 to 1440');
    const gap = page.getByRole('spinbutton', { name: 'Inactivity gap (minutes)' });
    await gap.fill('0');
    await expect(gap).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#inactivity-gap-error')).toContainText('whole minutes from 1 to 1440');
    await app.goTo(`/clients/${client.id}/events?from=2026-10-30T00:00:00Z&to=2026-10-01T00:00:00Z`);
    // Said at the range's control and again where the events would be.
    await expect(page.getByRole('group', { name: 'Date' }).getByRole('alert')).toContainText(
      'the start is after the end',
    );
    await expect(page.getByRole('alert', { name: 'Link problems' })).toContainText('the start is after the end');
  });
});

test.describe('a range where the client has no logs', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('says so, names the span where they have logs and offers it', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z`);
    const notice = page.getByRole('status').filter({ hasText: 'No logs of this client in this range.' });
    await expect(notice).toContainText('They have logs from');
    await notice.getByRole('button', { name: 'Show the span with logs' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page).not.toHaveURL(/from=2020-01-01/);
    await expect(page.getByTestId('match-total')).not.toHaveText(/^(0 matches|…)$/);
  });
});

test.describe('from the operational grid, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test("an operational row links to its client's activity within the minutes the operator sets", async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/logs?client=${client.id}`);
    await page.locator('[data-testid="log-grid"] .ag-row[row-id]').first().click();
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    const minutes = detail.getByRole('spinbutton', { name: 'Window ± minutes' });
    await minutes.fill('-5');
    await expect(detail.getByRole('alert')).toContainText('whole minutes from 1 to 1440');
    await expect(detail.getByRole('link', { name: /^Activity of / })).toHaveCount(0);
    await minutes.fill('15');
    await detail.getByRole('link', { name: `Activity of ${client.name} within ± 15 minutes` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
    const chips = page.getByLabel('Active filters');
    await expect(chips.getByRole('button', { name: /^Remove Date: / })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Operational logs' })).toBeVisible();
  });
});
