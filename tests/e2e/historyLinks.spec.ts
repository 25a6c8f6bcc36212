import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { PLANTED, plantChanges } from './support/changePlants';
import { RLO, shownText } from './support/hiddenText';
import { expectNoSidewaysScroll } from './support/walk';

/** The planted wallet has two edits; its history opens at the newer. */
const HISTORY = `/history/wallet/${PLANTED.wallet}`;

/** The text as a regular expression matches it, each character for itself. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each test plants the changes and takes them out again: a worker that starts after a failure has them too. */
let remove: (() => Promise<void>) | undefined;
test.beforeEach(async ({ cluster }) => {
  remove = await plantChanges(cluster);
});
test.afterEach(async () => {
  await remove?.();
  remove = undefined;
});

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`) });

/** The element's text fits the window: it wraps instead of running off the right edge. */
async function expectWithinWindow(element: Locator): Promise<void> {
  const [scrollWidth, right, windowWidth] = await element.evaluate((node) => [
    node.scrollWidth,
    node.getBoundingClientRect().right,
    window.innerWidth,
  ]);
  expect(scrollWidth, 'the text is wider than the window').toBeLessThanOrEqual(windowWidth);
  expect(right).toBeLessThanOrEqual(windowWidth);
}

async function openHistory(page: Page, open: (route: string) => Promise<void>, route = HISTORY): Promise<void> {
  await open(route);
  await expect(page.getByRole('heading', { level: 1, name: `Edit history of wallet ${PLANTED.wallet}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Edits, oldest first' }).getByRole('link')).toHaveCount(2);
}

test.describe('an entity history and the change views at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('an event that is not an edit of the entity is quoted short, hidden characters named, within the window', async ({
    app,
    page,
  }, info) => {
    await openHistory(
      page,
      (route) => app.open(route),
      `${HISTORY}?event=${encodeURIComponent(`${RLO}${'e'.repeat(190)}`)}`,
    );
    const note = page.getByRole('note').filter({ hasText: /is not an edit of this wallet/ });
    await expect(note).toBeVisible();
    await expectWithinWindow(note);
    await expect(note).toHaveText(
      /^Event “⟨U\+202E⟩e+…” is not an edit of this wallet; showing its newest edit instead\.$/,
    );
    expect(((await note.textContent()) ?? '').length).toBeLessThan(150);
    await expectNoSidewaysScroll(page);
    await expect(page.getByText('Edit 2 of 2')).toBeVisible();
    await shot(page, info, '1-history-unknown-event');

    // Longer than any id: named as a parameter the page cannot use, and the history opens at its newest edit.
    await app.goTo(`${HISTORY}?event=${'e'.repeat(500)}`);
    const problems = page.getByRole('alert', { name: 'Link problems' });
    await expect(problems.getByRole('listitem')).toHaveText([
      /^event=e+… \(500 characters\): The event id in the link is longer than any event id: at most 200 characters; this one has 500\. Check the link, or the data source it came from\.$/,
    ]);
    await expect(page.getByText('Edit 2 of 2')).toBeVisible();
    await expectWithinWindow(problems);
    await expectNoSidewaysScroll(page);
    await shot(page, info, '2-history-event-too-long');
  });

  test('stepping to the first or last edit with a button keeps the focus on the other button', async ({
    app,
    page,
  }, info) => {
    await openHistory(page, (route) => app.open(route));
    const previous = page.getByRole('button', { name: 'Previous edit' });
    const next = page.getByRole('button', { name: 'Next edit' });
    const position = page.getByText(/^Edit \d of 2$/);
    await expect(position).toHaveText('Edit 2 of 2');
    await previous.focus();
    await page.keyboard.press('Enter');
    await expect(position).toHaveText('Edit 1 of 2');
    await expect(previous).toBeDisabled();
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(position).toHaveText('Edit 2 of 2');
    await expect(next).toBeDisabled();
    await expect(previous).toBeFocused();
    // The arrow keys step from a button too, and keep the focus the same way.
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText('Edit 1 of 2');
    await expect(next).toBeFocused();
    await shot(page, info, '3-history-first-edit');
  });

  test('each edit in the list is named by what it shows first, and the page passes axe-core', async ({ app, page }) => {
    await openHistory(page, (route) => app.open(route));
    await expect(page.getByRole('table', { name: 'State after edit 2' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    // The time and fields it shows, then its place and author as "Name (id)": "… — memo… (edit 1 by Ana… (m-1))".
    const steps = page.getByRole('list', { name: 'Edits, oldest first' }).getByRole('link');
    await expect(steps.first()).toHaveAccessibleName(
      new RegExp(
        `^2026-10-31 12:00:00 UTC — ${escaped(shownText(PLANTED.field))} \\(edit 1 by ${escaped(shownText(PLANTED.employee))} \\([^()\\s]+\\)\\)$`,
      ),
    );
  });

  test('a change view names the link parameters it does not use, and still shows what it can', async ({
    app,
    page,
  }, info) => {
    await app.open(`/diff/${PLANTED.edit}?event=1`);
    await expect(page.getByRole('heading', { level: 1, name: `Change of event ${PLANTED.edit}` })).toBeVisible();
    const problems = page.getByRole('alert', { name: 'Link problems' });
    await expect(problems.getByRole('listitem')).toHaveText(['event=1: this page has no such parameter']);
    await expect(page.getByRole('table', { name: 'Before and after' })).toBeVisible();
    await shot(page, info, '4-diff-unknown-parameter');
    await problems.getByRole('button', { name: 'Show the change without event' }).click();
    await expect(problems).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: `Change of event ${PLANTED.edit}` })).toBeFocused();

    await openHistory(page, (route) => app.goTo(route), `${HISTORY}?event=${PLANTED.edit}-0&event=${PLANTED.edit}`);
    await expect(problems).toContainText('so the history opens at its newest edit');
    await expect(problems.getByRole('listitem')).toHaveText([
      `event=${PLANTED.edit}-0: the link gives the event more than once`,
      `event=${PLANTED.edit}: the link gives the event more than once`,
    ]);
    await expect(page.getByText('Edit 2 of 2')).toBeVisible();
    await shot(page, info, '5-history-repeated-event');

    await openHistory(page, (route) => app.goTo(route), `${HISTORY}?event=${PLANTED.edit}-0&x=1`);
    await expect(problems.getByRole('listitem')).toHaveText(['x=1: this page has no such parameter']);
    await expect(page.getByText('Edit 1 of 2')).toBeVisible();
    await problems.getByRole('button', { name: 'Show the edit history without x' }).click();
    await expect(problems).toHaveCount(0);
    await expect(page.getByText('Edit 1 of 2')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    await app.goTo(`/bulk/${PLANTED.bulk}?x=1`);
    await expect(page.getByRole('heading', { level: 1, name: `Bulk operation ${PLANTED.bulk}` })).toBeVisible();
    await expect(problems.getByRole('listitem')).toHaveText(['x=1: this page has no such parameter']);
    await expect(page.getByRole('table', { name: 'Clients in the operation' })).toBeVisible();
  });
});
