import { expect, test } from './support/appDriver';
import { bulkDeskMove } from './support/bulkDeskMove';

/** The page reads this many events of an operation here, instead of 10,000, so a small one passes it. */
const CEILING = 20;
const BULK = 'e2e-ceiling-bulk';
const CLIENTS = 25;
/** Events beyond one per client: the first clients retried, logged again after every other. */
const RETRIES = 5;

test.use({ consoleOptions: { role: 'riskOfficer', maxBulkEvents: CEILING } });

/** The retries are logged by another manager, only past the events the page reads. */
const LATE = { id: 'e2e-ceiling-late', name: 'Late Manager' };
/** The manager who made the operation: every event the page reads names them. */
const FIRST = { id: 'e2e-ceiling-manager', name: 'Ceiling Manager' };

/** The `index`-th event of the planted operation: a manager moved the client to the VIP desk. */
function member(index: number) {
  const clientId = `e2e-ceiling-client-${index % CLIENTS}`;
  const actor = index >= CLIENTS ? LATE : FIRST;
  const createdAt = new Date(Date.UTC(2026, 9, 16, 9) + index * 1000).toISOString();
  return bulkDeskMove({ bulkId: BULK, bulkSize: CLIENTS, index, clientId, actor, createdAt });
}

test('a bulk operation larger than its page reads counts every event, client and person, and says how to see them all', async ({
  app,
  page,
  cluster,
}) => {
  const remove = await cluster.plantDocuments(
    'activity',
    Array.from({ length: CLIENTS + RETRIES }, (_, index) => member(index)),
  );
  try {
    await app.open(`/bulk/${BULK}`);
    await expect(page.getByRole('heading', { level: 1, name: `Bulk operation ${BULK}` })).toBeVisible();
    await expect(page.getByText(`${CLIENTS} clients in ${CLIENTS + RETRIES} events`)).toContainText(
      `by ${FIRST.name} (${FIRST.id}), ${LATE.name} (${LATE.id}) (declared size ${CLIENTS})`,
    );
    await expect(page.getByRole('note').filter({ hasText: 'different people' })).toHaveText(
      '2 different people appear as its actor.',
    );
    const limit = page.getByRole('note', { name: 'Only part of this operation is listed' });
    await expect(limit).toContainText(
      `This page lists only the first ${CEILING} of the operation’s ${CLIENTS + RETRIES} events, oldest first: ` +
        'the fields and the clients listed here come from those. The counts of clients and events and the people ' +
        `named above cover all ${CLIENTS + RETRIES}. To review every event, export the operation: an export has no ceiling.`,
    );
    await expect(page.getByText(`Every member in its first ${CEILING} events got the same change.`)).toBeVisible();
    // Its first events repeat no client; the whole operation does.
    await expect(page.getByRole('note').filter({ hasText: 'more than once' })).toHaveText(
      `Its ${CLIENTS + RETRIES} events name ${CLIENTS} clients: some clients appear in it more than once.`,
    );
    await expect(page.getByRole('table', { name: 'Clients in the operation' }).getByRole('row')).toHaveCount(
      CEILING + 1,
    );

    const exportButton = limit.getByRole('button', { name: 'Export…' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    const shots = process.env['BULK_SHOTS'];
    if (shots) await page.screenshot({ path: `${shots}-dialog.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    if (shots) {
      await limit.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}.png` });
    }
  } finally {
    await remove();
  }
});
