import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { retype, tabTo } from './support/keyboard';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';
import { rawHiddenCharacters } from './support/hiddenText';
import { CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { recordRequestsTo } from './support/requestsTo';

const WITHDRAWAL = 'Edits before a withdrawal, ranked';
const TABLES = [WITHDRAWAL, 'Off-hours edits, ranked', 'Bulk operations, largest first'];

/** The lines each instant of a ranked table takes (its text's line boxes). */
function timestampLines(page: Page, table: string): Promise<[string, number][]> {
  return page.evaluate((label) => {
    const cells = [...document.querySelectorAll(`table[aria-label="${label}"] tbody td`)];
    return cells
      .filter((cell) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/.test(cell.textContent ?? ''))
      .map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return [cell.textContent ?? '', tops.size] as [string, number];
      });
  }, table);
}

/**
 * How a ranked table's text is laid out: the lines each header takes, and the lines each word of a
 * client's or manager's name and each id in parentheses takes (one, unless it is split).
 */
function textLayout(page: Page, table: string) {
  return page.evaluate((label) => {
    const linesOf = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top))).size;
    };
    const root = document.querySelector(`table[aria-label="${label}"]`);
    // The lines of a header's text alone: a sort button's own box is no line.
    const headers = [...(root?.querySelectorAll('thead th') ?? [])].map((cell) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
      }
      return [cell.textContent ?? '', tops.size] as [string, number];
    });
    const words: [string, number][] = [];
    for (const cell of root?.querySelectorAll('tbody .risk-id, tbody .risk-person') ?? []) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\(?[^\s()]+\)?/g))
          words.push([match[0], linesOf(node, match.index, match.index + match[0].length)]);
      }
    }
    return { headers, words };
  }, table);
}

/** The hours each ranking of edits before a withdrawal was asked for, from now on. */
function hoursAsked(page: Page): unknown[] {
  return recordRequestsTo(page, ['risk/editsBeforeWithdrawal'], ({ json }) => (json() as { hours?: unknown }).hours);
}

/** Whether an element lies wholly within the box it scrolls in, sideways. */
function isWhollyIn(element: Element): boolean {
  const box = element.closest('.table-scroll')?.getBoundingClientRect();
  const own = element.getBoundingClientRect();
  return box !== undefined && own.left >= box.left && own.right <= box.right;
}

// A zone whose offset is spelled out makes the longest timestamps the page shows.
const ZONE = 'Asia/Kolkata';

/** Opens the Risk page and waits until each of its ranked tables has answered. */
async function openRisk(app: AppDriver, page: Page): Promise<void> {
  await app.open('/risk');
  for (const name of TABLES)
    await expect(page.getByRole('table', { name }).getByRole('row', { name: /^Rank 1:/ })).toBeVisible({
      timeout: 30_000,
    });
}

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the Risk page at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme, timezoneId: ZONE, consoleOptions: { role: 'riskOfficer' } });

    test('keeps every timestamp on one line and the page within the window', async ({ app, page }, info) => {
      await openRisk(app, page);
      for (const table of TABLES) {
        const lines = await timestampLines(page, table);
        expect(lines.length, table).toBeGreaterThan(0);
        for (const [text, count] of lines) expect(count, `"${text}" in ${table}`).toBe(1);
      }
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: info.outputPath('risk.png') });
    });

    test('says what a link asks for that it cannot use, wrapped within the window', async ({ app, page }, info) => {
      await app.open(`/risk?hours=${'9'.repeat(300)}&${'x'.repeat(120)}=${'%3Cb%3E'.repeat(60)}`);
      const notice = page.getByRole('alert', { name: 'Link problems' });
      await expect(notice.getByRole('listitem')).toHaveCount(2);
      await expect(page.getByRole('table', { name: WITHDRAWAL }).getByRole('row', { name: /^Rank 1:/ })).toBeVisible({
        timeout: 30_000,
      });
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: info.outputPath('risk-link-refused.png') });
    });
  });
}

test.describe('the Risk page, as a risk officer', () => {
  test.use({ viewport: { width: 1024, height: 700 }, timezoneId: ZONE, consoleOptions: { role: 'riskOfficer' } });

  test('keeps names whole, each id on one line and each header readable at 1024 wide', async ({ app, page }) => {
    await openRisk(app, page);
    for (const table of TABLES) {
      const layout = await textLayout(page, table);
      expect(layout.headers.length, table).toBeGreaterThan(0);
      for (const [text, lines] of layout.headers) expect(lines, `header "${text}" in ${table}`).toBeLessThanOrEqual(3);
      for (const [word, lines] of layout.words) expect(lines, `"${word}" in ${table}`).toBe(1);
    }
  });

  test('a table wider than the window says so above it, and the keyboard scrolls it to its last column', async ({
    app,
    page,
  }) => {
    await openRisk(app, page);
    const box = page.getByRole('region', { name: `${WITHDRAWAL}, scrolls sideways` });
    await expect(box).toHaveAccessibleDescription(
      'This table is wider than the window: scroll it sideways for the columns at its right (or Tab to it and use the arrow keys).',
    );
    await expect(page.getByText('This table is wider than the window').first()).toBeVisible();
    const last = page.getByRole('table', { name: WITHDRAWAL }).getByRole('columnheader', { name: 'Case' });
    await expect(last).not.toBeInViewport({ ratio: 1 });
    await box.focus();
    for (let step = 0; step < 20 && !(await last.evaluate(isWhollyIn)); step++) await page.keyboard.press('ArrowRight');
    await expect(last).toBeInViewport({ ratio: 1 });
  });

  test('brings the problems of a link opened while scrolled down into view', async ({ app, page }) => {
    await openRisk(app, page);
    await page.getByRole('table', { name: 'Bulk operations, largest first' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { name: 'Risk', level: 1 })).not.toBeInViewport();
    await app.goTo('/risk?zzz=1');
    await expect(page.getByRole('alert', { name: 'Link problems' })).toBeInViewport({ ratio: 1 });
  });

  test('names clients as the rest of the console does, the id in the link and beneath the name', async ({
    app,
    page,
  }) => {
    await openRisk(app, page);
    for (const table of [WITHDRAWAL, 'Off-hours edits, ranked']) {
      const row = page.getByRole('table', { name: table }).getByRole('row', { name: /^Rank 1:/ });
      const link = row.getByRole('link', { name: /^Open the client page of / });
      const label = (await link.getAttribute('aria-label')) ?? '';
      const [, name, id] = /^Open the client page of (.+) \((.+)\)$/.exec(label) ?? [];
      expect(name, 'the client is named, not only numbered').not.toBe(id);
      await expect(link).toHaveText(name ?? '');
      await expect(row.getByText(`(${id})`, { exact: true })).toBeVisible();
      await expect(row).toHaveAccessibleName(new RegExp(`client ${name} \\(${id}\\)`));
    }
  });

  test('names each manager "Name (id)", as the change pages do, so two of one name are told apart', async ({
    app,
    page,
    cluster,
  }) => {
    await openRisk(app, page);
    // Where each table names who made the edit: a cell after the fields, or the row's own header.
    const managerOf: [string, (row: Locator) => Locator][] = [
      [WITHDRAWAL, (row) => row.getByRole('cell').nth(3)],
      ['Off-hours edits, ranked', (row) => row.getByRole('rowheader')],
    ];
    for (const [table, managerCell] of managerOf) {
      const row = page.getByRole('table', { name: table }).getByRole('row', { name: /^Rank 1:/ });
      const change = row.getByRole('link', { name: /^Show the change of event / }).first();
      const eventId = /^Show the change of event (\S+):/.exec((await change.getAttribute('aria-label')) ?? '')?.[1];
      const { actorName, actorId } = await cluster.activity(eventId ?? '');
      expect(actorName, 'the manager has a name in the logs').toBeTruthy();
      await expect(managerCell(row)).toHaveText(`${actorName ?? ''} (${actorId ?? ''})`);
    }
    const offHours = page
      .getByRole('table', { name: 'Off-hours edits, ranked' })
      .getByRole('row', { name: /^Rank 1:/ });
    await expect(offHours).toHaveAccessibleName(/^Rank 1: .+ \(.+\) at \d+:00 UTC, client /);
  });

  test('says above each ranked table what ranks a row higher, and sorts it by another column from the keyboard', async ({
    app,
    page,
  }) => {
    await openRisk(app, page);
    const ranking = /changed back after the withdrawal ranks first/;
    await expect(page.getByText(ranking)).toBeVisible();
    await expect(page.getByRole('table', { name: WITHDRAWAL })).toHaveAccessibleDescription(ranking);
    await expect(page.getByRole('table', { name: 'Off-hours edits, ranked' })).toHaveAccessibleDescription(
      /rarer the hour/,
    );
    await expect(page.getByRole('table', { name: 'Bulk operations, largest first' })).toHaveAccessibleDescription(
      /most clients first/,
    );
    const table = page.getByRole('table', { name: WITHDRAWAL });
    const rows = table.getByRole('row', { name: /^Rank \d+:/ });
    const ranks = () => rows.evaluateAll((each) => each.map((row) => /^Rank (\d+)/.exec(row.ariaLabel ?? '')?.[1]));
    // The instant each row's edit was made, as the Edit column shows it (one zone: it sorts as text).
    const editTimes = () => rows.evaluateAll((each) => each.map((row) => row.querySelectorAll('td')[1]?.textContent));
    const ranked = await ranks();
    expect(ranked.length).toBeGreaterThan(1);
    const rank = table.getByRole('columnheader', { name: 'Rank' });
    const edit = table.getByRole('columnheader', { name: 'Edit' });
    const caption = table.getByRole('caption');
    await expect(rank).toHaveAttribute('aria-sort', 'ascending');
    await expect(caption).toHaveText(`${ranked.length} edits listed, in rank order.`);
    await page.getByRole('spinbutton', { name: 'Hours before the withdrawal' }).focus();
    await tabTo(page, edit.getByRole('button', { name: 'Edit' }));
    await page.keyboard.press('Enter');
    await expect(edit).toHaveAttribute('aria-sort', 'descending');
    await expect(rank).not.toHaveAttribute('aria-sort');
    const arrow = (header: Locator) =>
      header.getByRole('button').evaluate((button) => getComputedStyle(button, '::after').content);
    expect(await arrow(edit)).toMatch(/▼/);
    expect(await arrow(rank)).toMatch(/↕/);
    await expect(caption).toHaveText(`${ranked.length} edits listed, sorted by Edit, newest first.`);
    const newest = await editTimes();
    expect(newest).toEqual([...newest].sort().reverse());
    expect(await ranks()).not.toEqual(ranked);
    await page.keyboard.press('Space');
    await expect(edit).toHaveAttribute('aria-sort', 'ascending');
    expect(await editTimes()).toEqual([...newest].sort());
    await tabTo(page, rank.getByRole('button', { name: 'Rank' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(rank).toHaveAttribute('aria-sort', 'ascending');
    expect(await ranks()).toEqual(ranked);
  });

  test('takes only plain whole hours, refusing anything else at the field without asking for it', async ({
    app,
    page,
  }, info) => {
    const asked = hoursAsked(page);
    await openRisk(app, page);
    const hours = page.getByRole('spinbutton', { name: 'Hours before the withdrawal' });
    await tabTo(page, hours);
    const evidence = (h: number) => page.getByRole('group', { name: `Edits before a withdrawal (${h} h): evidence` });
    await retype(page, '24');
    await expect(evidence(24)).toBeVisible();
    for (const junk of ['1e2', '+5', '0x10', ' 12 ', '1.5', '721', '']) {
      await retype(page, junk);
      const alert = page.getByRole('alert').filter({ hasText: 'whole number from 1 to 720' });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('digits only');
      await expect(alert).toContainText(/The list below is still for \d+ hours?( \(the default\))?\.$/);
      await expect(hours).toHaveValue(junk);
      await expect(hours).toHaveAttribute('aria-invalid', 'true');
      await expect(hours).toHaveAccessibleDescription(/a whole number from 1 to 720/);
    }
    await page.screenshot({ path: info.outputPath('hours-refused.png') });
    await retype(page, '36');
    await expect(evidence(36)).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(hours).toHaveValue('37');
    await expect(evidence(37)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'whole number' })).toHaveCount(0);
    // Typed key by key, a prefix that is a plain whole number ("1" of "1e2") may be asked for; never what
    // a number parser makes of the junk.
    expect(asked).toContain(37);
    for (const bad of [100, 5, 16, 12, 1.5, 721]) expect(asked).not.toContain(bad);
    expect(asked.every((value) => Number.isInteger(value))).toBe(true);
  });

  test('never repeats a card number typed into the hours, and says what to do instead', async ({ app, page }) => {
    await openRisk(app, page);
    const hours = page.getByRole('spinbutton', { name: 'Hours before the withdrawal' });
    await tabTo(page, hours);
    for (const typed of [CARD_NUMBER, CARD_NUMBER.replace(/ /g, '')]) {
      await retype(page, typed);
      await expect(hours).toHaveValue(typed);
      await expect(hours).toHaveAttribute('aria-invalid', 'true');
      await expect(hours).toHaveAttribute('aria-valuetext', /^\[redacted: card •+ 1111\]$/);
      await expect(hours).toHaveAccessibleDescription(
        /^The field holds “\[redacted: card •+ 1111\]”, a card number or a secret, not hours; clear it\. Give the hours as a whole number from 1 to 720/,
      );
      expect(await cardNumberShown(page)).toEqual([]);
    }
    await retype(page, '24');
    await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('keeps the hours applied in the address, the typing one step of the history, and after a reload', async ({
    app,
    page,
  }) => {
    await openRisk(app, page);
    const hours = page.getByRole('spinbutton', { name: 'Hours before the withdrawal' });
    const evidence = (h: number) => page.getByRole('group', { name: `Edits before a withdrawal (${h} h): evidence` });
    const hash = () => page.evaluate(() => window.location.hash);
    const historyLength = () => page.evaluate(() => window.history.length);
    // Every address the page goes through, to show that nothing typed wrong ever reached it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenHashes: string[] }).seenHashes = seen;
      window.addEventListener('hashchange', () => seen.push(window.location.hash));
    });
    const before = await historyLength();

    await tabTo(page, hours);
    await retype(page, '36');
    await expect(evidence(36)).toBeVisible();
    await expect.poll(hash).toBe('#/risk?hours=36');
    await expect(hours).toBeFocused();
    // The first hours applied from the field are a step of the history; the typing after it replaces it.
    expect(await historyLength()).toBe(before + 1);

    await retype(page, '1e2');
    await expect(page.getByRole('alert').filter({ hasText: 'whole number from 1 to 720' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(hours).toHaveValue('720');
    await expect(evidence(720)).toBeVisible({ timeout: 30_000 });
    await expect.poll(hash).toBe('#/risk?hours=720');
    await page.keyboard.press('Home');
    await expect(hours).toHaveValue('1');
    await expect.poll(hash).toBe('#/risk?hours=1');
    await page.keyboard.press('ArrowUp');
    await expect(hours).toHaveValue('2');
    await expect(evidence(2)).toBeVisible({ timeout: 30_000 });
    await expect.poll(hash).toBe('#/risk?hours=2');
    await expect(hours).toBeFocused();
    expect(await historyLength()).toBe(before + 1);
    const seen = await page.evaluate(() => (window as unknown as { seenHashes: string[] }).seenHashes);
    expect(
      seen.every((each) => /^#\/risk\?hours=\d+$/.test(each)),
      seen.join(' '),
    ).toBe(true);

    // Back returns to the hours before the typing, the field with them; Forward to those typed last.
    await page.goBack();
    await expect.poll(hash).toBe('#/risk');
    await expect(hours).toHaveValue('48');
    await expect(evidence(48)).toBeVisible({ timeout: 30_000 });
    await page.goForward();
    await expect.poll(hash).toBe('#/risk?hours=2');
    await expect(hours).toHaveValue('2');

    await app.reload();
    await expect(hours).toHaveValue('2');
    await expect(evidence(2)).toBeVisible({ timeout: 30_000 });
  });

  test('a link with hours it cannot use names each part, shows the default and asks for nothing wrong', async ({
    app,
    page,
  }, info) => {
    const asked = hoursAsked(page);
    const evidence = (h: number) => page.getByRole('group', { name: `Edits before a withdrawal (${h} h): evidence` });
    const hours = page.getByRole('spinbutton', { name: 'Hours before the withdrawal' });
    const notice = page.getByRole('alert', { name: 'Link problems' });

    await app.open('/risk?hours=1e2&last=forever');
    await expect(notice).toContainText('This link asks for things the console cannot use');
    await expect(notice.getByRole('listitem')).toHaveText([
      /^hours=1e2: “1e2” is not a plain whole number\. Give the hours as a whole number from 1 to 720/,
      /^last=forever: a relative range is one of: 15m, 1h, /,
    ]);
    await expect(notice).toContainText('48 hours (the default)');
    await expect(hours).toHaveValue('48');
    await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
    await expect(evidence(48)).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: info.outputPath('link-refused.png') });

    // With the keyboard: the notice's button drops what cannot be used, and the hours field takes the focus.
    const without = notice.getByRole('button', { name: 'Show the risk views without hours and last' });
    await tabTo(page, without);
    await page.keyboard.press('Enter');
    await expect(notice).toHaveCount(0);
    await expect(hours).toBeFocused();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/risk');

    await app.goTo('/risk?hours=99999');
    await expect(notice.getByRole('listitem')).toHaveText([
      /^hours=99999: 99999 hours is more than the 720 \(30 days\) the view looks back\. .*from 1 to 720/,
    ]);
    await expect(hours).toHaveValue('48');

    // Hidden characters are named, never let turn the line around, and a long name is cut like a value.
    await app.goTo(`/risk?hours=%E2%80%AE84&${'n'.repeat(800)}=v`);
    await expect(notice.getByRole('listitem')).toHaveText([
      /^hours=⟨U\+202E⟩84: “⟨U\+202E⟩84” is not a plain whole number\./,
      `${'n'.repeat(79)}… (800 characters)=v: this page has no such parameter`,
    ]);
    expect(await rawHiddenCharacters(page)).toEqual([]);
    await hours.fill('48\u200B');
    await expect(hours).toHaveAccessibleDescription(/^“48⟨U\+200B⟩” is not a plain whole number\./);
    await expect(hours).toHaveAttribute('aria-valuetext', '48⟨U+200B⟩');
    await hours.fill('48');

    // Nothing a number parser would make of the junk was asked for: "1e2" is not 100 hours.
    expect(asked).toContain(48);
    for (const bad of [100, 99999]) expect(asked).not.toContain(bad);
    expect(asked.every((value) => value === 48)).toBe(true);

    // Hours it can use are used.
    await app.goTo('/risk?hours=100');
    await expect(notice).toHaveCount(0);
    await expect(hours).toHaveValue('100');
    await expect(evidence(100)).toBeVisible({ timeout: 30_000 });
    expect(asked.at(-1)).toBe(100);
  });
});

test.describe('the Risk page on a small demo workspace', () => {
  test.use({
    timezoneId: ZONE,
    consoleOptions: {
      name: 'e2e-risk-empty',
      source: 'demo',
      role: 'riskOfficer',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  test('says in words under each empty ranked table that nothing was found in the period', async ({ app, page }) => {
    test.setTimeout(180_000);
    await app.open('/risk?hours=1');
    const views = [
      ['Edits of financial or contact data before a withdrawal', WITHDRAWAL, 'No such edits in this period.'],
      [
        "Edits outside the manager's usual hours",
        'Off-hours edits, ranked',
        "No edits outside a manager's usual hours in this period.",
      ],
      [
        'Bulk operations over many clients',
        'Bulk operations, largest first',
        'No bulk operations over at least 100 clients in this period.',
      ],
    ] as const;
    for (const [title, table, empty] of views) {
      const view = page.getByRole('region', { name: title });
      await expect(view.getByText(empty, { exact: true })).toBeVisible({ timeout: 120_000 });
      await expect(view.getByRole('table', { name: table }).getByRole('row')).toHaveCount(1);
    }
  });
});
