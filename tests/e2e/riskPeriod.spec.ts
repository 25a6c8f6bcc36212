import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';
import { recordRequestsTo } from './support/requestsTo';

// The Risk page's period: set with the keyboard alone, kept in the address, sent with each view's request,
// and a period the address holds that cannot be used named with why, the views then reading all the logs.

const VIEWS = {
  'risk/editsBeforeWithdrawal': 'Edits of financial or contact data before a withdrawal',
  'risk/offHours': "Edits outside the manager's usual hours",
  'risk/bulkOperations': 'Bulk operations over many clients',
} as const;
const CHANNELS = Object.keys(VIEWS) as (keyof typeof VIEWS)[];

/** The period each risk view was asked for from now on, by channel ('none' for a request without one). */
function periodsAsked(page: Page): [string, unknown][] {
  return recordRequestsTo(page, CHANNELS, ({ channel, json }) => [
    channel,
    (json() as { timeRange?: unknown }).timeRange ?? 'none',
  ]);
}

/** The instants (UTC) of the edits a view lists: each edit's link names its time. */
async function editTimes(view: Locator): Promise<string[]> {
  const names = await view.getByRole('link', { name: /^Show the change of event .*: \d{4}-/ }).all();
  const times = await Promise.all(names.map((link) => link.getAttribute('aria-label')));
  return times.map((name) => /: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC/.exec(name ?? '')?.[1] ?? '');
}

/** Types a whole date and time into an empty date field, part by part, as a keyboard user does. */
async function typeDate(page: Page, keys: { date: string; time: string }): Promise<void> {
  await page.keyboard.type(keys.date);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(keys.time);
}

test.use({
  locale: 'en-US',
  timezoneId: 'UTC',
  viewport: { width: 1024, height: 700 },
  consoleOptions: { role: 'riskOfficer', maxRiskEdits: 100 },
});

test('a period set with the keyboard is kept in the address and every view lists only edits in it', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const asked = periodsAsked(page);
  await app.open('/risk');
  const withdrawal = page.getByRole('region', { name: VIEWS['risk/editsBeforeWithdrawal'] });
  const offHours = page.getByRole('region', { name: VIEWS['risk/offHours'] });
  await expect(offHours.getByRole('note')).toContainText("To rank them, narrow this page's period", {
    timeout: 30_000,
  });
  await expect(withdrawal.getByRole('table', { name: 'Edits before a withdrawal, ranked' })).toBeVisible();
  const before = await editTimes(withdrawal);
  expect(
    before.some((time) => time < '2026-10-05' || time >= '2026-10-15 10'),
    before.join(' '),
  ).toBe(true);
  for (const channel of CHANNELS) expect(asked).toContainEqual([channel, 'none']);
  const since = asked.length;

  const range = page.getByRole('group', { name: 'Period' });
  const from = range.getByRole('textbox', { name: 'Date from' });
  const to = range.getByRole('textbox', { name: 'Date to' });
  // At 1024 wide the period's fields stand on one line, "To" beside its field.
  const [fromBox, toBox] = [await from.boundingBox(), await to.boundingBox()];
  expect(toBox?.y).toBe(fromBox?.y);
  await tabTo(page, from);
  await typeDate(page, { date: '10052026', time: '1000A' });
  await tabTo(page, to);
  await typeDate(page, { date: '10152026', time: '1000A' });
  await expect(page).toHaveURL(/#\/risk\?from=2026-10-05T10%3A00%3A00\.000Z&to=2026-10-15T10%3A00%3A00\.000Z$/);
  await expect(to).toBeFocused();

  const period = { kind: 'absolute', from: '2026-10-05T10:00:00.000Z', to: '2026-10-15T10:00:00.000Z' };
  for (const channel of CHANNELS) await expect.poll(() => asked.slice(since)).toContainEqual([channel, period]);
  // While the dates were typed, nothing but a whole start and then the whole period was asked for.
  for (const [, each] of asked.slice(since))
    expect([{ kind: 'absolute', from: period.from }, period]).toContainEqual(each);

  await expect
    .poll(async () => {
      const times = [...(await editTimes(withdrawal)), ...(await editTimes(offHours))];
      return times.length > 0 && times.every((time) => time >= '2026-10-05 10' && time < '2026-10-15 10');
    })
    .toBe(true);
  // The period stays after a reload.
  await app.reload();
  await expect(from).toHaveValue('2026-10-05T10:00');
  await expect(to).toHaveValue('2026-10-15T10:00');
});

test('a reversed or unreadable period in the address is named, and the views read all the logs', async ({
  app,
  page,
}) => {
  const asked = periodsAsked(page);
  const notice = page.getByRole('alert', { name: 'Link problems' });
  await app.open('/risk?hours=24&from=2026-10-15T00:00:00Z&to=2026-10-01T00:00:00Z');
  await expect(notice.getByRole('listitem')).toHaveText([
    'from=2026-10-15T00:00:00Z: the start is after the end (2026-10-01T00:00:00Z)',
    'to=2026-10-01T00:00:00Z: the end is before the start (2026-10-15T00:00:00Z)',
  ]);
  await expect(notice).toContainText('24 hours before each withdrawal, over all the logs');
  await expect(notice).toContainText('Swap the two dates so the start comes first');
  await expect(page.getByRole('combobox', { name: 'Date preset' })).toHaveValue('any');
  for (const channel of CHANNELS) await expect.poll(() => asked).toContainEqual([channel, 'none']);
  expect(asked.every(([, each]) => each === 'none')).toBe(true);

  await app.goTo('/risk?last=forever&to=2026-02-30T00:00:00Z');
  await expect(notice.getByRole('listitem')).toHaveText([
    /^last=forever: a relative range is one of: 15m, 1h, /,
    /^to=2026-02-30T00:00:00Z: /,
  ]);
  const without = notice.getByRole('button', { name: 'Show the risk views without last and to' });
  await tabTo(page, without);
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/#\/risk$/);
  expect(asked.every(([, each]) => each === 'none')).toBe(true);
});

test('presets passed with the arrow keys are one step of the history: Back returns to the period before', async ({
  app,
  page,
}) => {
  await app.open('/risk?hours=24');
  const preset = page.getByRole('combobox', { name: 'Date preset' });
  await tabTo(page, preset);
  for (const last of ['15m', '1h', '24h']) {
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(new RegExp(`#/risk\\?hours=24&last=${last}$`));
  }
  await page.goBack();
  await expect(page).toHaveURL(/#\/risk\?hours=24$/);
  await expect(preset).toHaveValue('any');
});
