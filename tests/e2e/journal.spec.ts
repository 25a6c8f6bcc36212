import { expect, test } from './support/appDriver';
import { expectMarkedInvalid } from './support/invalidField';
import { expectNoSidewaysScroll } from './support/walk';
import { recordRequestsTo, requestsTo } from './support/requestsTo';
import { cardNumberShown } from './support/cardNumber';
import { filterJournal } from './support/journalSteps';

test.describe('the journal, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-auditor', clusterUser: 'ac-auditor' } });

  test('lists what was looked at, filters it, and offers nothing to change it', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Journal' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByTestId('journal-destination')).toContainText(
      'copied to the cluster index audit-console-journal',
    );
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toBeVisible();
    await filterJournal(page, { Channel: 'logs/search' });
    await expect(lines.getByRole('row').nth(1)).toContainText('logs/search');
    // Up to 200 lines: their channels are read in one step, not a cell at a time.
    const channels = await lines
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.flatMap((row) => [...row.querySelectorAll('td')].slice(2, 3).map((cell) => cell.textContent)),
      );
    expect(channels.length).toBeGreaterThan(0);
    expect(new Set(channels)).toEqual(new Set(['logs/search']));
    // Junk is kept as typed and named beside its field; nothing is applied, and the page says so.
    await page.getByRole('textbox', { name: 'Operator' }).fill('x'.repeat(300));
    // A reversed range whatever the day the test runs on.
    const year = new Date().getFullYear();
    await page.getByRole('textbox', { name: /^From/ }).fill(`${year + 1}-01-05T10:00`);
    await page.getByRole('textbox', { name: /^To/ }).fill(`${year - 1}-01-01T10:00`);
    await page.getByRole('textbox', { name: 'Operator' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('These filters were not applied: mend the marked fields.');
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveAccessibleDescription(
      'The operator is too long: shorten it to at most 256 characters; this one has 300.',
    );
    await expect(page.getByRole('textbox', { name: /^To/ })).toHaveAccessibleDescription(
      'The period ends before it starts: set an end after the start.',
    );
    await expect(lines.getByRole('row').nth(1)).toContainText('logs/search');
    await page.getByRole('textbox', { name: /^To/ }).fill('');
    // An operator no line names, and a start after every line: nothing matches, and that is said.
    await page.getByRole('textbox', { name: 'Operator' }).fill('x'.repeat(200));
    await page.keyboard.press('Enter');
    await expect(page.getByText('No journal line matches these filters.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /delete|edit|remove/i })).toHaveCount(0);
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: test.info().outputPath(`journal-${width}-${scheme}.png`) });
      }
    }
  });
});

test.describe("the journal's period, for an auditor", () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    locale: 'en-US',
    timezoneId: 'UTC',
    consoleOptions: { name: 'journal-period', clusterUser: 'ac-auditor' },
  });

  test('refuses years outside 1000 to 9999, a reversed period and a day the calendar has not, at the field', async ({
    app,
    page,
  }, info) => {
    const searches = requestsTo(page, ['journal/search']);
    await app.open('/journal?from=2020-01-01T00:00:00Z');
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toBeVisible();
    const shownLine = await lines.getByRole('row').nth(1).getAttribute('aria-label');
    const address = page.url();
    const from = page.getByRole('textbox', { name: /^From/ });
    const to = page.getByRole('textbox', { name: /^To/ });
    const asked = searches.length;
    const refused = async (field: typeof from, description: string | RegExp) => {
      await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(description);
      // The keyboard is taken to what is to be mended, not left on the button.
      await expect(field).toBeFocused();
      await expect(page.getByRole('alert')).toHaveText(
        'These filters were not applied: mend the marked fields. The lines below are still those of the filters applied before.',
      );
      await expect(page).toHaveURL(address);
      await expect(lines.getByRole('row').nth(1)).toHaveAttribute('aria-label', shownLine ?? '');
      expect(searches).toHaveLength(asked);
    };
    const outside = 'outside the years 1000 to 9999 (UTC) the console supports.';

    await from.fill('0500-01-01T10:00');
    await refused(from, `The start is before 1000-01-01T00:00:00Z, ${outside}`);
    await from.fill('2026-01-01T10:00');
    await to.fill('20000-01-01T10:00');
    await refused(to, `The end is after 9999-12-31T23:59:59.999Z, ${outside}`);
    await to.fill('2025-01-01T10:00');
    await refused(to, 'The period ends before it starts: set an end after the start.');
    await to.fill('');

    // 30 February, typed part by part (month, day, year, then the time): the field holds no date.
    await from.fill('');
    await from.focus();
    await page.keyboard.type('02302026');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1000A');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    const unreadable = 'is not a whole date and time: a part of it is empty, or the month has no such day.';
    await refused(from, `The start ${unreadable}`);
    // A part left empty is no date either, never a period without its start.
    await from.fill('');
    await from.focus();
    await page.keyboard.type('0101');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await refused(from, `The start ${unreadable}`);
    await expectMarkedInvalid(from);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectMarkedInvalid(from);
      await page.screenshot({ path: info.outputPath(`journal-period-refused-${colorScheme}.png`) });
    }
    await expectNoSidewaysScroll(page);

    // Mended, the period applies.
    await from.fill('2021-01-01T00:00');
    await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
    await expect(page).toHaveURL(/#\/journal\?from=2021-01-01T00%3A00%3A00.000Z$/);
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('shows a linked year outside 1000 to 9999 in its field and refuses it there', async ({ app, page }) => {
    await app.open('/journal?from=0500-01-01T00:00:00Z');
    const from = page.getByRole('textbox', { name: /^From/ });
    await expect(from).toHaveValue('0500-01-01T00:00');
    await expect(from).toHaveAccessibleDescription(
      'The start is before 1000-01-01T00:00:00Z, outside the years 1000 to 9999 (UTC) the console supports.',
    );
    await expect(page.getByRole('alert')).toHaveText(
      'These filters were not applied: mend the marked fields. The lines below are not filtered.',
    );
  });
});

test.describe("the journal's filters when the time zone changes, for an auditor", () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    consoleOptions: { name: 'journal-zone', clusterUser: 'ac-auditor' },
  });

  test('keeps what was typed and not applied in every field, and what was said about it', async ({ app, page }) => {
    await app.open('/journal?channel=logs%2Fsearch&from=2026-12-01T10:00:00Z');
    const address = page.url();
    const operator = page.getByRole('textbox', { name: 'Operator' });
    const channel = page.getByRole('textbox', { name: 'Channel' });
    const client = page.getByRole('textbox', { name: 'Client id' });
    const outcome = page.getByRole('combobox', { name: 'Outcome' });
    await expect(channel).toHaveValue('logs/search');
    await expect(page.getByRole('textbox', { name: 'From (Europe/Berlin)' })).toHaveValue('2026-12-01T11:00');
    // Junk refused at its field, then more typed and not applied.
    await operator.fill('x'.repeat(300));
    await operator.press('Enter');
    const tooLong = 'The operator is too long: shorten it to at most 256 characters; this one has 300.';
    await expect(operator).toHaveAccessibleDescription(tooLong);
    await channel.fill('logs/export');
    await client.fill('C 7/ü');
    await outcome.selectOption('refused');
    await page.getByRole('textbox', { name: 'To (Europe/Berlin)' }).fill('2026-12-02T12:30');

    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/prefs/display/save') && response.ok()),
      page.getByRole('combobox', { name: 'Time zone' }).selectOption('utc'),
    ]);
    // The period keeps its instants, written in UTC; the rest stays as typed, and nothing is applied.
    const from = page.getByRole('textbox', { name: 'From (UTC)' });
    const to = page.getByRole('textbox', { name: 'To (UTC)' });
    await expect(from).toHaveValue('2026-12-01T10:00');
    await expect(to).toHaveValue('2026-12-02T11:30');
    await expect(operator).toHaveValue('x'.repeat(300));
    await expect(operator).toHaveAccessibleDescription(tooLong);
    await expect(channel).toHaveValue('logs/export');
    await expect(client).toHaveValue('C 7/ü');
    await expect(outcome).toHaveValue('refused');
    await expect(page.getByRole('alert')).toContainText('These filters were not applied: mend the marked fields.');
    expect(page.url()).toBe(address);

    // Mended, what was typed is what applies.
    await operator.fill('');
    await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
    await expect(page).toHaveURL(
      /#\/journal\?channel=logs%2Fexport&client=C\+7%2F%C3%BC&outcome=refused&from=2026-12-01T10%3A00%3A00.000Z&to=2026-12-02T11%3A30%3A00.000Z$/,
    );
  });
});

test.describe("the journal's period where the clocks go forward, for an auditor", () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    consoleOptions: { name: 'journal-gap', clusterUser: 'ac-auditor' },
  });

  test('refuses a time the clocks skip at its field, saying what to type instead', async ({ app, page }) => {
    await app.open('/journal');
    const address = page.url();
    const apply = page.getByRole('button', { name: 'Apply filters' });
    const from = page.getByRole('textbox', { name: 'From (Europe/Berlin)' });
    const notApplied = 'These filters were not applied: mend the marked fields. The lines below are not filtered.';

    // 02:30 on the night Berlin goes from 02:00 to 03:00 names no instant: said, never searched from 03:30.
    await from.fill('2026-03-29T02:30');
    await apply.press('Enter');
    await expect(from).toHaveAccessibleDescription(
      'The start, 02:30 on 29 March 2026, does not exist in Europe/Berlin: the clocks went forward from 02:00 to 03:00. Type a time before 02:00, or 03:00 or later.',
    );
    await expect(from).toBeFocused();
    await expect(from).toHaveValue('2026-03-29T02:30');
    await expect(page.getByRole('alert')).toHaveText(notApplied);
    expect(page.url()).toBe(address);

    // The first minute after the gap is a start like any other.
    await from.fill('2026-03-29T03:00');
    await apply.press('Enter');
    await expect(page).toHaveURL(/#\/journal\?from=2026-03-29T01%3A00%3A00.000Z$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('drops what was said about a field once it is emptied, and keeps what was said about the others', async ({
    app,
    page,
  }) => {
    await app.open('/journal');
    const apply = page.getByRole('button', { name: 'Apply filters' });
    const from = page.getByRole('textbox', { name: 'From (Europe/Berlin)' });
    const operator = page.getByRole('textbox', { name: 'Operator' });
    await from.fill('0500-01-01T10:00');
    await operator.fill('x'.repeat(300));
    await apply.press('Enter');
    await expect(operator).toHaveAccessibleDescription(
      'The operator is too long: shorten it to at most 256 characters; this one has 300.',
    );
    await operator.fill('');
    await expect(operator).not.toHaveAttribute('aria-invalid', 'true');
    await expect(operator).not.toHaveAccessibleDescription(/./);
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await from.fill('');
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(from).not.toHaveAccessibleDescription(/./);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // A start the browser cannot read, refused, then emptied: its sentence goes too.
    await from.focus();
    await page.keyboard.type('0101');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await apply.press('Enter');
    await expect(from).toHaveAccessibleDescription(/^The start is not a whole date and time/);
    await from.fill('');
    await expect(from).not.toHaveAccessibleDescription(/./);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the journal of the histogram, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-histogram', clusterUser: 'ac-auditor' } });

  test('shows how many buckets a histogram call returned, where it returned no rows', async ({ app, page }) => {
    await app.open();
    const bars = page.getByTestId('histogram-bar');
    await expect(bars.first()).toBeVisible();
    const buckets = await bars.count();
    await app.goTo('/journal');
    const lines = page.getByRole('table', { name: 'Journal lines' });
    const channel = page.getByRole('textbox', { name: 'Channel' });
    await channel.fill('logs/histogram');
    // The same filters again read the journal again, until the call's line is there.
    await expect(async () => {
      await channel.press('Enter');
      await expect(lines.getByRole('row').nth(1)).toContainText('logs/histogram', { timeout: 1_000 });
    }).toPass();
    await expect(lines.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText(
      `${buckets.toLocaleString('en-US')} ${buckets === 1 ? 'bucket' : 'buckets'}`,
    );
  });
});

test.describe('the journal of a text that reverses what follows it, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-hidden', clusterUser: 'ac-auditor' } });

  test('shows the character by name in the line, so nothing around it reads backwards', async ({ app, page }) => {
    await app.open('/journal');
    // A right-to-left override: shown as typed, "root" would read "toor" and the rest of the line backwards.
    // An operator or a channel never holds one: such a filter would match nothing while the field named
    // someone, so it is refused at the field. A client id is taken as a client's record holds it, the
    // character named under the field. A client page opened by such an address is journaled, and its line
    // shows the character by name.
    const hiddenRefusal = (field: string) =>
      `${field} cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.`;
    const operator = page.getByRole('textbox', { name: 'Operator' });
    await operator.fill('nobody\u202eroot');
    // Typed, the field itself shows it reordered: under it, it reads with the character named.
    await expect(operator).toHaveAccessibleDescription(
      'This operator holds U+202E, a character that cannot be seen: it reads nobody⟨U+202E⟩root.',
    );
    await operator.press('Enter');
    await expect(operator).toHaveAccessibleDescription(hiddenRefusal('The operator'));
    await expect(operator).toBeFocused();
    await operator.fill('');
    // The cluster's copy keeps the lines of earlier runs: this run's client id is its own.
    const run = Date.now().toString(36);
    const client = page.getByRole('textbox', { name: 'Client id' });
    await client.fill(`nobody\u202eroot-${run}`);
    await expect(client).toHaveAccessibleDescription(
      `This client id holds U+202E, a character that cannot be seen: it reads nobody⟨U+202E⟩root-${run}.`,
    );
    await client.fill('');
    await app.goTo(`/clients/${encodeURIComponent(`nobody\u202eroot-${run}`)}`);
    await app.goTo('/journal');
    const lines = page.getByRole('table', { name: 'Journal lines' });
    const request = lines.getByRole('row').filter({ hasText: run }).first().locator('td.journal-request');
    const apply = page.getByRole('button', { name: 'Apply filters', exact: true });
    // The journal is read from the cluster's copy, which shows a line once the index has refreshed.
    await expect(async () => {
      await apply.press('Enter');
      await expect(request).toContainText(`nobody⟨U+202E⟩root-${run}`, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    expect(await request.textContent()).not.toContain('\u202e');
  });
});

test.describe('the journal in a link, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-links', clusterUser: 'ac-auditor' } });

  test('keeps its filters in the address, and names what a link holds that it cannot use', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    // A client looked at, then the journal lines about them, one link away from the client page.
    await app.open(`/clients/${encodeURIComponent(client.id)}`);
    await page.getByRole('link', { name: 'Every journal line about this client' }).click();
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Client id' })).toHaveValue(client.id);
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toContainText(client.id);

    await page.getByRole('combobox', { name: 'Outcome' }).selectOption('ok');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`#/journal\\?client=${encodeURIComponent(client.id)}&outcome=ok$`));
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Client id' })).toHaveValue(client.id);
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveValue('ok');
    await expect(lines.getByRole('row').nth(1)).toContainText(client.id);

    // Instants to the second or millisecond are shown and applied as the link has them, not cut to the minute.
    await app.open('/journal?from=2026-12-01T10:15:30Z&to=2026-12-01T10:16:00.250Z');
    await expect(page.getByRole('textbox', { name: /^From/ })).toHaveValue('2026-12-01T10:15:30');
    await expect(page.getByRole('textbox', { name: /^To/ })).toHaveValue('2026-12-01T10:16:00.25');
    await expect(page.getByRole('textbox', { name: /^From/ })).toHaveJSProperty('validity.valid', true);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: test.info().outputPath('journal-link-to-the-millisecond-1024.png') });
    await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
    await expect(page).toHaveURL(/#\/journal\?from=2026-12-01T10%3A15%3A30.000Z&to=2026-12-01T10%3A16%3A00.250Z$/);

    // Junk in the link: each part said beside its field, none of it applied, and the page says so.
    await app.open(`/journal?channel=logs%2Fsearch&outcome=maybe&from=2026-12-01&to=${'9'.repeat(300)}`);
    await expect(page.getByRole('textbox', { name: 'Channel' })).toHaveValue('logs/search');
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveAccessibleDescription(
      "The link's outcome “maybe” is none of ok, refused or failed; it was left out. Choose the outcome you mean and apply the filters.",
    );
    await expect(page.getByRole('textbox', { name: /^From/ })).toHaveAccessibleDescription(
      "The link's start “2026-12-01” is not a date and time with its offset, such as 2026-10-01T00:00:00Z; it was left out. Set the start you mean and apply the filters.",
    );
    await expect(page.getByRole('alert')).toHaveText(
      'These filters were not applied: mend the marked fields. The lines below are not filtered.',
    );
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: test.info().outputPath('journal-link-junk-1024-dark.png'), fullPage: true });
    // A field saying what is wrong keeps its width: the sentence wraps under it.
    const outcome = page.getByRole('combobox', { name: 'Outcome' });
    const widthWithSentence = (await outcome.boundingBox())?.width;
    await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
    await expect(page).toHaveURL(/#\/journal\?channel=logs%2Fsearch$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect((await outcome.boundingBox())?.width).toBe(widthWithSentence);
    await page.getByRole('button', { name: 'Clear filters' }).press('Enter');
    await expect(page).toHaveURL(/#\/journal$/);
    await expect(page.getByRole('textbox', { name: 'Channel' })).toHaveValue('');

    // A filter the link gives twice: which one was meant, the page cannot tell, so it applies neither.
    await app.open('/journal?operator=a&operator=b');
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveAccessibleDescription(
      'The link gives the operator more than once (“a”, “b”); each was left out. Type the operator you mean and apply the filters.',
    );
    await expect(page.getByRole('alert')).toHaveText(
      'These filters were not applied: mend the marked fields. The lines below are not filtered.',
    );

    // A parameter the journal has no filter for is named, and the filters it does have are applied.
    await app.open('/journal?zzz=1&channel=logs%2Fsearch&user=ivy');
    await expect(page.getByRole('alert')).toHaveText(
      'This page reads only operator, channel, client, outcome, from and to from its address, so “zzz=1&user=ivy” was ignored.',
    );
    await expect(page.getByRole('textbox', { name: 'Channel' })).toHaveValue('logs/search');
    await expect(page.getByRole('textbox', { name: 'Channel' })).not.toHaveAccessibleDescription(/./);
  });
});

test.describe('the journal, opened from a link that is not as it should be', () => {
  test.use({ consoleOptions: { name: 'journal-link-secrets', clusterUser: 'ac-auditor' } });

  test('puts no secret of its address into a field, says so at the field, and searches nothing with it', async ({
    app,
    page,
  }) => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
    const card = '4111%201111%201111%201111';
    const searched = recordRequestsTo(page, ['journal/search'], ({ body }) => body);
    // The page takes the secrets out of its address at once: the address is awaited as it is left.
    await app.open('/journal');
    await page.evaluate(
      (hash) => (window.location.hash = hash),
      `/journal?operator=${jwt}&channel=${card}&client=${card}`,
    );
    await expect(page).toHaveURL(/#\/journal$/);
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toBeVisible();
    for (const [name, says] of [
      ['Operator', 'The operator in the link looks like a JWT'],
      ['Channel', 'The channel in the link looks like a card number'],
      ['Client id', 'The client id in the link looks like a card number'],
    ] as const) {
      const field = page.getByRole('textbox', { name, exact: true });
      await expect(field).toHaveValue('');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(
        new RegExp(
          `^${says}; secrets are never searched, so nothing was searched\\. It was taken out of the address\\. Check the link, or `,
        ),
      );
    }
    await expect(page.getByRole('alert')).toHaveText(
      'These filters were not applied: mend the marked fields. The lines below are not filtered.',
    );
    expect(await cardNumberShown(page)).toEqual([]);
    const jwtShown = await page.evaluate(
      (secret) =>
        [...document.querySelectorAll('body, body *')].some(
          (element) =>
            (element instanceof HTMLInputElement && element.value.includes(secret)) ||
            [...element.attributes].some((attribute) => attribute.value.includes(secret)),
        ) || document.body.innerText.includes(secret),
      jwt,
    );
    expect(jwtShown).toBe(false);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.join(' ')).not.toMatch(/4111|eyJ/);

    // Typed, a secret is refused at its field in main's own sentence, and nothing is searched with it.
    const asked = searched.length;
    await page.getByRole('textbox', { name: 'Operator' }).fill(jwt);
    await page.getByRole('textbox', { name: 'Channel' }).fill('');
    await page.getByRole('textbox', { name: 'Client id' }).fill('');
    await page.getByRole('textbox', { name: 'Operator' }).press('Enter');
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveAccessibleDescription(
      "The operator looks like a JWT; secrets are never searched, so nothing was searched. Type the operator's id or name instead. What you typed stays in this field only, to be replaced: it is not in the address.",
    );
    await expect(page.getByRole('textbox', { name: 'Operator' })).toBeFocused();
    expect(searched).toHaveLength(asked);
  });

  test('says a filter the address does not validly percent-encode once, at its field', async ({ app, page }) => {
    await app.open('/journal?channel=%E0%A4%A');
    await expect(page.getByRole('textbox', { name: 'Channel' })).toHaveAccessibleDescription(
      "The link's channel “%E0%A4%A” is not validly percent-encoded; it was left out. Copy the link again from where it came from.",
    );
    await expect(page.getByRole('alert')).toHaveText(
      'These filters were not applied: mend the marked fields. The lines below are not filtered.',
    );
    await expect(page.getByText(/validly percent-encode/)).toHaveCount(1);
  });
});

test.describe('the journal, for a risk officer', () => {
  test.use({ consoleOptions: { name: 'journal-risk', clusterUser: 'ac-risk-officer' } });

  test('is not offered, and its address says who may read it', async ({ app, page }) => {
    await app.open();
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await expect(sections.getByRole('link', { name: 'Risk' })).toBeVisible();
    await expect(sections.getByRole('link', { name: 'Journal' })).toHaveCount(0);
    await app.goTo('/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(
      'Your role (Risk officer) does not allow this (journal:read); it is for the Auditor and Console admin roles: ask a console admin for one.',
    );
    await expect(page.getByRole('table', { name: 'Journal lines' })).toHaveCount(0);
  });
});
