import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { bulkDeskMove } from './support/bulkDeskMove';
import { retype, tabTo } from './support/keyboard';
import { recordRequestsTo } from './support/requestsTo';

// The bulk operations list asks for operations over at least as many clients as the risk officer gives,
// typed with the keyboard alone, kept in the address, sent with the list's request and said above the table;
// a number the field or the address holds that cannot be used is named with why, and the list keeps the
// minimum it had.

test.use({ locale: 'en-US', timezoneId: 'UTC', consoleOptions: { role: 'riskOfficer' } });

const BULK = 'e2e-mid-sized-bulk';
const CLIENTS = 150;
const MANAGER = { id: 'e2e-bulk-manager', name: 'Bulk Manager' };
const VIEW = 'Bulk operations over many clients';
const FIELD = 'Fewest clients per operation';

const members = Array.from({ length: CLIENTS }, (_, index) =>
  bulkDeskMove({
    bulkId: BULK,
    bulkSize: CLIENTS,
    index,
    clientId: `e2e-mid-bulk-client-${index}`,
    actor: MANAGER,
    createdAt: new Date(Date.UTC(2026, 9, 14, 9) + index * 100).toISOString(),
  }),
);

/** The minimum each bulk list request asked for from now on. */
const minimaAsked = (page: Page): unknown[] =>
  recordRequestsTo(page, ['risk/bulkOperations'], ({ json }) => (json() as { minClients?: unknown }).minClients);

test('a minimum typed with the keyboard is kept in the address, sent, and said above the list', async ({
  app,
  page,
  cluster,
}) => {
  test.setTimeout(120_000);
  const remove = await cluster.plantDocuments('activity', members);
  try {
    const asked = minimaAsked(page);
    await app.open('/risk');
    const view = page.getByRole('region', { name: VIEW });
    const field = view.getByRole('spinbutton', { name: FIELD });
    const row = view
      .getByRole('table', { name: 'Bulk operations, largest first' })
      .getByRole('row', { name: new RegExp(`bulk operation ${BULK},`) });
    await expect(row).toHaveAccessibleName(new RegExp(`, ${CLIENTS} clients$`), { timeout: 30_000 });
    await expect(field).toHaveValue('100');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((each) => each === 100)).toBe(true);

    await tabTo(page, field);
    await retype(page, '500');
    await expect(page).toHaveURL(/#\/risk\?minClients=500$/);
    await expect.poll(() => asked.at(-1)).toBe(500);
    await expect(view.getByText(/^Operations that changed at least 500 clients, /)).toBeVisible();
    await expect(row).toHaveCount(0);
    await expect(view.getByText('No bulk operations over at least 500 clients in this period.')).toBeVisible();

    // The arrow keys step from the minimum in use; the list follows.
    await retype(page, String(CLIENTS + 1));
    await expect(page).toHaveURL(new RegExp(`minClients=${CLIENTS + 1}$`));
    await page.keyboard.press('ArrowDown');
    await expect(field).toHaveValue(String(CLIENTS));
    await expect(page).toHaveURL(new RegExp(`minClients=${CLIENTS}$`));
    await expect(row).toHaveAccessibleName(new RegExp(`, ${CLIENTS} clients$`));

    // Junk in the field is refused beside it, and the list stays the one for the minimum last applied.
    const sent = asked.length;
    for (const [typed, why] of [
      ['1', /^1 client is no bulk operation/],
      ['1e9', /^“1e9” is not a plain whole number/],
      ['abc', /^“abc” is not a plain whole number/],
      ['-5', /^“-5” is not a plain whole number/],
      ['200000', /^200000 clients is more than the 100,000/],
    ] as const) {
      await retype(page, typed);
      const alert = view.getByRole('alert');
      await expect(alert).toHaveText(why);
      await expect(alert).toContainText(`still for operations over at least ${CLIENTS} clients.`);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(why);
    }
    await expect(page).toHaveURL(new RegExp(`minClients=${CLIENTS}$`));
    expect(asked.slice(sent)).toEqual([]);
    await expect(row).toBeVisible();

    await retype(page, String(CLIENTS));
    await app.reload();
    await expect(field).toHaveValue(String(CLIENTS));
    await expect(row).toHaveAccessibleName(new RegExp(`, ${CLIENTS} clients$`), { timeout: 30_000 });
  } finally {
    await remove();
  }
});

test('a minimum the address holds that cannot be used is named, and the list asks for the default', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const asked = minimaAsked(page);
  const notice = page.getByRole('alert', { name: 'Link problems' });
  const field = page.getByRole('region', { name: VIEW }).getByRole('spinbutton', { name: FIELD });
  const junk = [
    ['0', /^minClients=0: 0 clients is no bulk operation/],
    ['1', /^minClients=1: 1 client is no bulk operation/],
    ['-5', /^minClients=-5: “-5” is not a plain whole number/],
    ['1e9', /^minClients=1e9: “1e9” is not a plain whole number/],
    ['abc', /^minClients=abc: “abc” is not a plain whole number/],
    ['%20%20', /^minClients=.*: The link’s minClients holds only spaces/],
    ['9'.repeat(5_000), /^minClients=9+.*: 9{39}… clients is more than the 100,000/],
  ] as const;
  await app.open('/risk');
  await expect(field).toHaveValue('100');
  for (const [value, item] of junk) {
    await app.goTo(`/risk?hours=24&minClients=${value}`);
    await expect(notice.getByRole('listitem')).toHaveText([item]);
    await expect(notice).toContainText(
      '24 hours before each withdrawal, and lists bulk operations over at least 100 clients (the default)',
    );
    await expect(field).toHaveValue('100');
  }
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect(asked.every((each) => each === 100)).toBe(true);

  const without = notice.getByRole('button', { name: 'Show the risk views without minClients' });
  await tabTo(page, without);
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/#\/risk\?hours=24$/);
});
