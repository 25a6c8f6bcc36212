import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { RLO, ZWSP } from './support/hiddenText';
import { recordRequestsTo, type AskedRequest } from './support/requestsTo';
import { openBusyClient } from './support/navigation';

const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });
const REVERSED = 'from=2026-10-30T00:00:00Z&to=2026-10-01T00:00:00Z';
const EMOJI = '🙂👨‍👩‍👧‍👦🏳️‍🌈';

/** The search texts the page sent for rows from now on. */
function searchedTexts(page: Page): string[] {
  const textOf = ({ json }: AskedRequest) => (json() as { text?: string } | undefined)?.text;
  return recordRequestsTo(
    page,
    ['logs/search'],
    (asked) => textOf(asked) ?? '',
    (asked) => textOf(asked) !== undefined,
  );
}

test.describe('what a link cannot use is said, the most useful reason first, as a risk officer', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('search text with a hidden direction control is refused naming it, however long', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const searched = searchedTexts(page);
    await app.open(`/clients/${client.id}/logs`);
    for (const text of [`ab${ZWSP}c${RLO}evil${EMOJI}`, `${'refund '.repeat(80)}${RLO}x`]) {
      await app.goTo(`/clients/${client.id}/logs?q=${encodeURIComponent(text)}`);
      await expect(linkProblems(page)).toContainText('holds a hidden right-to-left override (U+202E)');
      await expect(page.getByText('cannot be searched on its own')).toHaveCount(0);
      await expect(page.getByText('longer than 500 characters')).toHaveCount(0);
    }
    await expect(gridRows(page)).toHaveCount(0);
    expect(searched.filter((text) => text.includes(RLO))).toEqual([]);
  });

  test('search text that is not validly percent-encoded is named as written and never searched', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await openBusyClient(app, cluster, 'logs');
    const searched = searchedTexts(page);
    await app.goTo(`/clients/${client.id}/logs?q=%E0%A4%A`);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      /^q=%E0%A4%A: the link does not validly percent-encode it/,
    ]);
    await expect(page.getByText('\uFFFD')).toHaveCount(0);
    await expect(page.getByText('cannot be searched on its own')).toHaveCount(0);
    await expect(gridRows(page)).toHaveCount(0);

    // A new page size keeps the text as written: still named, still not searched.
    await page.getByRole('combobox', { name: 'Items per page' }).selectOption('25');
    await expect(page).toHaveURL(/q=%E0%A4%A(&|$)/);
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([/^q=%E0%A4%A: /]);
    await page.waitForTimeout(500);
    expect(searched).toEqual([]);
  });

  test('a reversed range and a bad gap are both named on the Sessions view', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/sessions?${REVERSED}&gap=-3`);
    await expect(page.getByRole('group', { name: 'Period' }).getByRole('alert')).toContainText(
      'This range cannot be used',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'inactivity gap cannot be used' })).toContainText(
      '“-3” is not a plain whole number. Give the inactivity gap as a whole number of minutes',
    );
  });

  test('a history of an entity type no edit has says so, naming the types there are', async ({ app, page }) => {
    await app.open(`/history/${encodeURIComponent(`ab${ZWSP}c${RLO}evil`)}/${encodeURIComponent(EMOJI)}`);
    const problem = page.getByRole('alert').filter({ hasText: 'This history cannot be shown' });
    await expect(problem).toContainText(
      '“ab⟨U+200B⟩c⟨U+202E⟩evil” is not an entity type of any edit in the log you can see; the types edited there are ',
    );
    await expect(problem).toContainText(/the types edited there are [^.]*\bclient\b/);
    await expect(problem).not.toContainText('No edits of');
  });
});

test.describe('a link’s problems on the logs page', () => {
  test('a parameter written without = is named as written, and the button names what it drops', async ({
    app,
    page,
  }) => {
    await app.open('/logs?%&action=delete');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      /^%: the link does not validly percent-encode it/,
    ]);
    const button = linkProblems(page).getByRole('button', { name: 'Show the logs without %', exact: true });
    await expect(button).toHaveText('Show the logs without %');

    await app.goTo('/logs?zzz&%&action=delete');
    await expect(linkProblems(page).getByRole('listitem')).toHaveText([
      /^%: the link does not validly percent-encode it/,
      'zzz: this page has no such parameter',
    ]);
    await linkProblems(page).getByRole('button', { name: 'Show the logs without % and zzz', exact: true }).click();
    await expect(page).toHaveURL(/#\/logs\?action=delete$/);
    await expect(gridRows(page).first()).toBeVisible();

    await app.goTo('/logs?zzz=1&size=7&sort=x&action=delete');
    const many = linkProblems(page).getByRole('button', { name: 'Show the logs without these 3 parameters' });
    await expect(many).toHaveText('Show the logs without these 3 parameters');
  });
});
