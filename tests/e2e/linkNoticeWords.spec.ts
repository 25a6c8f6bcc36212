import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { cardNumberShown } from './support/cardNumber';
import { openTopRankedChange } from './support/navigation';
import { expectNoSidewaysScroll } from './support/walk';

/** Whether `first` comes before `second` in the page, as a screen reader meets them. */
async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate((element, after) => {
    if (!after) return false;
    return (element.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, other);
}

/** The notice naming what the address holds that the page does not use, found by the parameter it quotes. */
const noticeOf = (page: Page) => page.getByRole('alert').filter({ hasText: 'zz' }).first();

test.describe('a link with parameters a page does not use, for an auditor', () => {
  test.use({ consoleOptions: { role: 'auditor' } });

  test("names them right after the page's heading, on every page", async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open('/logs');
    for (const route of [
      '/logs?zz=1',
      '/journal?zz=1',
      '/investigations?zz=1',
      '/settings?zz=1',
      '/clients?zz=1',
      `/clients/${encodeURIComponent(client.id)}/sessions?zz=1`,
      '/diff/no-such-event?zz=1',
      '/risk?zz=1',
    ]) {
      await app.goTo(route);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading, route).toBeVisible();
      await expect(noticeOf(page), route).toBeVisible();
      expect(await comesBefore(heading, noticeOf(page)), `${route}: the heading comes before the notice`).toBe(true);
    }
  });

  test('isolates right-to-left names and values, so the sentence around them keeps its order', async ({
    app,
    page,
  }) => {
    const rtl = encodeURIComponent('שלום');
    await app.open(`/logs?${rtl}=${encodeURIComponent('עולם 12')}`);
    const item = page.getByRole('alert', { name: 'Link problems' }).getByRole('listitem');
    await expect(item).toHaveText('שלום=עולם 12: this page has no such parameter');
    const isolated = await item.evaluate((element) =>
      [...element.querySelectorAll('bdi')].map((each) => each.textContent),
    );
    expect(isolated).toEqual(['שלום', 'עולם 12']);

    await app.goTo(`/journal?${rtl}=1`);
    const notice = noticeOf(page).or(page.getByRole('alert').filter({ hasText: 'שלום' }));
    await expect(notice).toContainText('so “שלום=1” was ignored.');
    expect(await notice.evaluate((element) => element.querySelector('bdi')?.textContent)).toBe('שלום=1');
  });
});

test.describe('a change link with an id that is only blank, or junk, for a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('says what is wrong and where a change is found, and keeps a long or bidi id to one cut line', async ({
    app,
    page,
  }) => {
    await app.open('/diff/%20');
    await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
    const said = page.getByRole('alert');
    await expect(said).toContainText(
      "The link's event id is blank, so it names no change. Copy the link again from where it came from, or find the change on the Risk page",
    );
    await expect(said).not.toContainText('Give an id');

    await app.goTo(`/diff/${'x'.repeat(5000)}`);
    await expect(page.getByRole('alert')).toContainText(
      'The event id in the link is longer than any event id: at most 200 characters; this one has 5,000. Check the link, or the data source it came from.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
    await expectNoSidewaysScroll(page);

    await app.goTo(`/diff/${encodeURIComponent('\u202Eלקוח-1')}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Change of event ⟨U+202E⟩לקוח-1');
    expect(await heading.evaluate((element) => element.querySelector('bdi')?.textContent)).toBe('⟨U+202E⟩לקוח-1');
    await expectNoSidewaysScroll(page);
  });

  test('keeps the choice to show unchanged values in the address, through a reload and Back', async ({ app, page }) => {
    await openTopRankedChange(app, page);
    const unchanged = page.getByRole('checkbox', { name: 'Show unchanged values' });
    await expect(unchanged).not.toBeChecked();
    const shown = page.url();
    await unchanged.focus();
    await page.keyboard.press('Space');
    await expect(unchanged).toBeChecked();
    await expect(page).toHaveURL(/\?unchanged=shown$/);
    await expect(unchanged).toBeFocused();

    await app.reload();
    await expect(page.getByRole('checkbox', { name: 'Show unchanged values' })).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(shown);
    await expect(page.getByRole('checkbox', { name: 'Show unchanged values' })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Show unchanged values' })).toBeChecked();

    await app.goTo(`${new URL(shown).hash.slice(1)}?unchanged=maybe`);
    const problems = page.getByRole('alert', { name: 'Link problems' });
    await expect(problems.getByRole('listitem')).toHaveText([
      'unchanged=maybe: the page lists the unchanged values only for “shown”, so they are hidden; tick Show unchanged values to list them',
    ]);
    await expect(page.getByRole('checkbox', { name: 'Show unchanged values' })).not.toBeChecked();
  });
});

test.describe("the journal's link and fields, for an auditor", () => {
  test.use({ consoleOptions: { name: 'journal-link-words', clusterUser: 'ac-auditor' } });

  test('takes a secret out of the address, and says what to do about each part it cannot use', async ({
    app,
    page,
  }) => {
    const card = '4111%201111%201111%201111';
    // The page takes the secret out of its address at once: the address is awaited as it is left.
    await app.open('/journal');
    const linked = `/journal?operator=ivy&client=${card}&outcome=maybe&from=2026-02-31T00:00:00Z`;
    await page.evaluate((hash) => (window.location.hash = hash), linked);
    const clientField = page.getByRole('textbox', { name: 'Client id', exact: true });
    await expect(clientField).toHaveAccessibleDescription(
      /^The client id in the link looks like a card number; secrets are never searched, so nothing was searched\. It was taken out of the address\. Check the link, or /,
    );
    await expect(page).toHaveURL(/#\/journal\?operator=ivy&outcome=maybe&from=2026-02-31T00:00:00Z$/);
    expect(page.url()).not.toContain('4111');
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveAccessibleDescription(
      "The link's outcome “maybe” is none of ok, refused or failed; it was left out. Choose the outcome you mean and apply the filters.",
    );
    await expect(page.getByLabel(/^From/)).toHaveAccessibleDescription(
      "The link's start “2026-02-31T00:00:00Z” was left out: February 2026 has no day 31. Set the start you mean and apply the filters.",
    );
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveValue('ivy');
    expect(await cardNumberShown(page)).toEqual([]);

    // Typed, a secret stays in its field to be mended, as in the logs' filters, and never reaches the address.
    await clientField.fill('4111 1111 1111 1111');
    await clientField.press('Enter');
    await expect(clientField).toHaveAccessibleDescription(
      /looks like a card number; secrets are never searched, so nothing was searched\. .* What you typed stays in this field only, to be replaced: it is not in the address\.$/,
    );
    expect(page.url()).not.toContain('4111');

    // A value quoted without a space wraps under its field: the page never scrolls sideways.
    await app.goTo(`/journal?outcome=${'m'.repeat(400)}`);
    await expect(page.getByRole('combobox', { name: 'Outcome' })).toHaveAccessibleDescription(
      `The link's outcome “${'m'.repeat(39)}…” is none of ok, refused or failed; it was left out. Choose the outcome you mean and apply the filters.`,
    );
    await expectNoSidewaysScroll(page);
  });
});
