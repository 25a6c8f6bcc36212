import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows, matches, ROWS } from './support/grid';
import { expectMarkedInvalid } from './support/invalidField';
import { expectNoSidewaysScroll } from './support/walk';
import { rawHiddenCharacters } from './support/hiddenText';
import { recordRequestsTo, requestsTo } from './support/requestsTo';
import { openBusyClient } from './support/navigation';

/** What a number parser would read as some number, and what is out of range, empty or far too long. */
const JUNK_MINUTES = ['1e2', '+5', '0x10', ' 12 ', '1.5', '0', '1441', '', 'x'.repeat(300)];

/** Types a piece of a name into the client search and opens the first match; returns its heading text. */
async function findClient(page: Page, fragment: string): Promise<string> {
  const search = page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' });
  await search.fill(fragment);
  const first = page.getByRole('listbox', { name: 'Matching clients' }).getByRole('option').first();
  await expect(first).toContainText(fragment);
  const chosen = (await first.locator('strong').textContent()) ?? '';
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);
  // The finder went with the page it was on: the keyboard's place is the client's name, not the window's top.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
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
  await gridRows(page).first().click();
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
    const summaries = requestsTo(page, ['clients/summary']);
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

test.describe('a client grid’s filters, with the keyboard', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('Filters opens its panel with the focus in it, and Escape or Save brings the focus back to Filters', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}`);
    await expect(page.getByTestId('match-total')).toHaveText(matches(client.events));
    const button = page.getByRole('button', { name: 'Filters', exact: true });
    const filters = page.getByRole('form', { name: 'Filters' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(filters.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(filters).toHaveCount(0);
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await filters.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await expect(filters).toHaveCount(0);
    await expect(button).toBeFocused();
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

  test('the finder repeats typed text with its hidden characters named', async ({ app, page }) => {
    await app.open('/clients');
    const search = page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' });
    await search.fill('\u202Eabc');
    await expect(search).toHaveAccessibleDescription('No client in your scope matches “⟨U+202E⟩abc”.');
    expect(await rawHiddenCharacters(page)).toEqual([]);
    // A text cut short ends the sentence with its "…", not with a second full stop after it.
    await search.fill(`\u202E${'z'.repeat(99)}`);
    await expect(search).toHaveAccessibleDescription(`No client in your scope matches “⟨U+202E⟩${'z'.repeat(78)}…”`);
  });

  test('a bad inactivity gap is refused next to its field and a reversed range names both ends', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/sessions?gap=-5`);
    await expect(page.getByRole('alert').filter({ hasText: '“-5”' })).toContainText(
      'whole number of minutes from 1 to 1,440',
    );
    const gap = page.getByRole('spinbutton', { name: 'Inactivity gap (minutes)' });
    await gap.fill('0');
    await expect(gap).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#inactivity-gap-error')).toContainText('0 minutes');
    await app.goTo(`/clients/${client.id}/events?from=2026-10-30T00:00:00Z&to=2026-10-01T00:00:00Z`);
    // Said once, at the range's control; the events show nothing meanwhile.
    await expect(page.getByRole('group', { name: 'Period' }).getByRole('alert')).toContainText(
      'the start is after the end',
    );
    await expect(page.getByRole('alert', { name: 'Link problems' })).toHaveCount(0);
  });
});

test.describe('the inactivity gap, as a risk officer', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('takes plain whole minutes only, typed or in the address, and never asks for anything else', async ({
    app,
    page,
    cluster,
  }, info) => {
    const client = await cluster.busyTerminalClient();
    const asked = recordRequestsTo(
      page,
      ['clients/sessions'],
      ({ json }) => (json() as { gapMinutes?: unknown }).gapMinutes,
    );
    await app.open(`/clients/${client.id}/sessions?gap=45`);
    const sessions = page.getByRole('table', { name: 'Sessions' });
    const firstRow = sessions.getByRole('row').nth(1);
    await expect(firstRow).toBeVisible();
    const shownRow = await firstRow.getAttribute('aria-label');
    const grouping = page.getByRole('form', { name: 'Session grouping' });
    const gap = grouping.getByRole('spinbutton', { name: 'Inactivity gap (minutes)' });
    for (const junk of JUNK_MINUTES) {
      await gap.fill(junk);
      await gap.press('Enter');
      const alert = grouping.getByRole('alert');
      await expect(alert).toContainText('a whole number of minutes from 1 to 1,440 (24 hours), digits only');
      await expect(alert).toContainText('The sessions below are still grouped by a 45-minute gap.');
      await expect(gap).toHaveValue(junk);
      await expect(gap).toHaveAttribute('aria-invalid', 'true');
      await expect(gap).toHaveAccessibleDescription(/whole number of minutes from 1 to 1,440/);
      await expect(page).toHaveURL(/gap=45$/);
      await expect(firstRow).toHaveAttribute('aria-label', shownRow ?? '');
    }
    await gap.fill('x'.repeat(300));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: info.outputPath(`gap-refused-${colorScheme}.png`) });
    }
    await expectNoSidewaysScroll(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectMarkedInvalid(gap);
    }

    // Junk in the address is refused in words, never read as another gap.
    for (const junk of ['1e2', '%2B5', '0x10', '%2012%20', '1.5', '0', '1441', '', 'x'.repeat(300)]) {
      await app.goTo(`/clients/${client.id}/sessions?gap=${junk}`);
      await expect(
        page.getByRole('alert').filter({ hasText: 'The address’s inactivity gap cannot be used:' }),
      ).toContainText('a whole number of minutes from 1 to 1,440 (24 hours), digits only');
      await expect(sessions).toHaveCount(0);
      // The field holds the address's gap, described by that one sentence rather than a second alert.
      await expect(gap).toHaveAttribute('aria-invalid', 'true');
      await expect(gap).toHaveAccessibleDescription(/^The address’s inactivity gap cannot be used:/);
      await expect(page.getByRole('alert')).toHaveCount(1);
    }
    await page.screenshot({ path: info.outputPath('gap-address-refused.png') });
    await app.goTo(`/clients/${client.id}/sessions?gap=60`);
    await expect(sessions.getByRole('row').nth(1)).toBeVisible();
    expect([...new Set(asked)].sort()).toEqual([45, 60]);
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
    await gridRows(page).first().click();
    const detail = page.getByRole('complementary', { name: 'Log detail' });
    const minutes = detail.getByRole('spinbutton', { name: 'Window ± minutes' });
    for (const junk of ['-5', ...JUNK_MINUTES]) {
      await minutes.fill(junk);
      await expect(detail.getByRole('alert')).toContainText(
        'a whole number of minutes from 1 to 1,440 (24 hours) either side, digits only',
      );
      await expect(minutes).toHaveValue(junk);
      await expect(minutes).toHaveAttribute('aria-invalid', 'true');
      await expect(minutes).toHaveAccessibleDescription(/whole number of minutes from 1 to 1,440/);
      await expect(detail.getByRole('link', { name: /^Activity of / })).toHaveCount(0);
    }
    await expectMarkedInvalid(minutes);
    await minutes.fill('15');
    await detail.getByRole('link', { name: `Activity of ${client.name} within ± 15 minutes` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
    const chips = page.getByLabel('Active filters');
    await expect(chips.getByRole('button', { name: /^Remove Date: / })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Operational logs' })).toBeVisible();
  });
});

test.describe('the client page in a 1024x700 window', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('folds the facts under one line so the Logs grid shows eight whole rows, and opens them by keyboard', async ({
    app,
    page,
    cluster,
  }, info) => {
    await openBusyClient(app, cluster, 'logs');
    await expect(page.getByTestId('match-total')).not.toHaveText(/^(0 matches|…)$/);
    const statusTop = (await page.getByRole('contentinfo').boundingBox())?.y ?? 700;
    // The rows wholly within the window, above the status bar.
    const shown = () =>
      page.locator(ROWS).evaluateAll(
        (rows, bottom) =>
          rows.filter((row) => {
            const box = row.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= bottom;
          }).length,
        statusTop,
      );
    await expect.poll(shown).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: info.outputPath('logs-folded.png') });

    // The fold's one line (a <summary>, which has no ARIA role of its own): its label and the digest beside it.
    const facts = page.locator('summary').filter({ hasText: /^Facts/ });
    await expect(facts).toContainText('operational logs');
    await expect(page.getByText('First seen')).toBeHidden();
    await facts.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('First seen')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Managers who acted/ })).toBeVisible();
    await page.screenshot({ path: info.outputPath('logs-facts-open.png') });
  });
});
