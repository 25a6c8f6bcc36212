import type { Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';

/** Builds of a small demo workspace take seconds; leave room on a busy machine. */
const BUILD_TIMEOUT = 120_000;

/**
 * A risk officer's path: the ranked risk view, one edit's before and after, then along the edited
 * entity's history with the keyboard and the buttons.
 */
async function fromRiskToHistory(app: AppDriver, page: Page, timeout = 15_000): Promise<void> {
  await app.open('/risk');
  await expect(page.getByRole('heading', { name: 'Risk', level: 1 })).toBeVisible();
  const ranked = page.getByRole('table', { name: 'Edits before a withdrawal, ranked' });
  await expect(ranked.getByRole('row', { name: /^Rank 1:/ })).toBeVisible({ timeout });

  const first = ranked.getByRole('row', { name: /^Rank 1:/ });
  const client =
    (await first.getByRole('link', { name: /^Open the client page of / }).getAttribute('aria-label')) ?? '';
  await first
    .getByRole('link', { name: /^Show the change of event/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: /^Change of event/ })).toBeVisible();
  // The change names its client as the risk view does, by a link to the client's page.
  await expect(page.getByRole('link', { name: client, exact: true })).toBeVisible();
  const diff = page.getByRole('table', { name: 'Before and after' });
  await expect(diff.getByRole('row', { name: /: changed from .* to / }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy before (redacted)' })).toBeVisible();

  await page.getByRole('link', { name: /^Show the edit history of client / }).click();
  await expect(page.getByRole('heading', { name: /^Edit history of client / })).toBeVisible();
  const position = page.getByText(/^Edit \d+ of \d+$/);
  const [, at, of] = /^Edit (\d+) of (\d+)$/.exec((await position.textContent()) ?? '') ?? [];
  expect(Number(of)).toBeGreaterThan(1);
  const previous = page.getByRole('button', { name: 'Previous edit' });
  const next = page.getByRole('button', { name: 'Next edit' });
  if (Number(at) > 1) {
    await previous.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText(`Edit ${Number(at) - 1} of ${of}`);
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`Edit ${at} of ${of}`);
  } else {
    await next.focus();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`Edit 2 of ${of}`);
  }
  await expect(page.getByRole('table', { name: /^State after edit \d+$/ })).toBeVisible();
  await expect(page.locator('a[aria-current="step"]')).toHaveCount(1);
}

test('a risk officer goes from the risk view to a change and along its entity history (cluster)', async ({
  app,
  page,
}) => {
  await app.open('/risk');
  // The fixture's managers have enough edits for their usual hours to be judged, and large bulk jobs.
  await expect(
    page.getByRole('table', { name: 'Off-hours edits, ranked' }).getByRole('row', { name: /^Rank 1:/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bulk operations, largest first' }).getByRole('link')).toHaveCount(4);
  await fromRiskToHistory(app, page);
});

test('a bulk operation opens as a change set whose members link to their change', async ({ app, page, cluster }) => {
  await app.open('/risk');
  await page.getByRole('table', { name: 'Bulk operations, largest first' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Bulk operation / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fields the operation changed' }).getByRole('row').nth(1)).toBeVisible();
  const members = page.getByRole('table', { name: 'Clients in the operation' });
  const change = members.getByRole('link', { name: /^Show the change of event/ }).first();
  const eventId = ((await change.getAttribute('aria-label')) ?? '').replace('Show the change of event ', '');
  const { actorName, actorId } = await cluster.activity(eventId);
  // Its operator is named as a person is everywhere else, "Name (id)", in the summary and on each change.
  const operator = `${actorName ?? ''} (${actorId ?? ''})`;
  await expect(page.getByText(/ clients in \d+ events, /)).toContainText(`, by ${operator}`);
  await change.click();
  await expect(page.getByRole('table', { name: 'Before and after' })).toBeVisible();
  await expect(page.getByRole('definition').nth(2)).toHaveText(operator);
  // Its log holds only the desk it changed: asked for the unchanged values too, the page says there are none.
  await page.getByRole('checkbox', { name: 'Show unchanged values' }).check();
  await expect(page).toHaveURL(/\?unchanged=shown$/);
  await expect(page.getByRole('status').filter({ hasText: /unchanged values/ })).toHaveText(
    'The log holds only the values this edit changed, so there are no unchanged values to list.',
  );
});

test('links to unknown events and incomplete links say so', async ({ app, page }) => {
  await app.open('/diff/no-such-event');
  await expect(page.getByRole('alert')).toContainText('No event with id no-such-event is in the log you can see');
  await app.goTo('/history/client');
  await expect(page.getByRole('heading', { name: 'This link is incomplete' })).toBeVisible();
  await app.goTo('/bulk/%E0%A4%A');
  await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The address holds “%E0%A4%A”, which is not whole percent-encoded text.',
  );
  await app.goTo('/history/client/a/b/c');
  await expect(page.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'A history link ends after its id; this one goes on with “/b/c”.',
  );
  await app.goTo('/history/client/no-such-client');
  await expect(page.getByRole('alert')).toContainText('No edits of client no-such-client');
});

test.describe('demo data', () => {
  test.use({ consoleOptions: { name: 'e2e-demo', source: 'demo', demoDataset: { clients: 50, days: 10 } } });

  test('the same path works on the demo workspace', async ({ app, page }) => {
    test.setTimeout(BUILD_TIMEOUT + 60_000);
    await fromRiskToHistory(app, page, BUILD_TIMEOUT);
  });
});

test.describe('as a support lead', () => {
  test.use({ consoleOptions: { role: 'supportLead' } });

  test('a refused change offers the operational logs, not the risk views it is refused too', async ({ app, page }) => {
    await app.open('/diff/no-such-event');
    const problem = page.getByRole('alert');
    await expect(problem).toContainText('cannot be shown');
    await expect(problem.getByRole('link', { name: /operational logs/ })).toBeVisible();
    await expect(problem.getByRole('link', { name: /risk views/ })).toHaveCount(0);
  });
});
