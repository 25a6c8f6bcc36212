import { expect, test } from './support/appDriver';
import { bulkDeskMove } from './support/bulkDeskMove';

test.use({ consoleOptions: { role: 'riskOfficer' } });

const BULK = 'e2e-retried-bulk';
const MEMBERS = 100;
/** The member a producer logged twice, as a retry does. */
const RETRIED = 7;

const MANAGER = { id: 'e2e-retrying-manager', name: 'Retrying Manager' };

/** One member of the planted bulk operation: a manager set the client's desk. */
function member(index: number, clientIndex: number) {
  const clientId = `e2e-retried-member-${clientIndex}`;
  const createdAt = new Date(Date.UTC(2026, 9, 15, 9) + index * 100).toISOString();
  return bulkDeskMove({ bulkId: BULK, bulkSize: MEMBERS, index, clientId, actor: MANAGER, createdAt });
}

test('the Risk page counts the clients a bulk operation changed, as its own page and the cluster do, a retried member once', async ({
  app,
  page,
  cluster,
}) => {
  const events = [...Array.from({ length: MEMBERS }, (_, index) => member(index, index)), member(MEMBERS, RETRIED)];
  const remove = await cluster.plantDocuments('activity', events);
  try {
    const clients = await cluster.bulkClientCount(BULK);
    expect([clients, (await cluster.bulkEventIds(BULK)).length]).toEqual([MEMBERS, MEMBERS + 1]);

    await app.open('/risk');
    const row = page
      .getByRole('table', { name: 'Bulk operations, largest first' })
      .getByRole('row', { name: new RegExp(`bulk operation ${BULK},`) });
    await expect(row).toHaveAccessibleName(new RegExp(`bulk operation ${BULK}, ${clients} clients$`));
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(clients));

    await row.getByRole('link', { name: `Show bulk operation ${BULK}` }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Bulk operation ${BULK}` })).toBeVisible();
    await expect(page.getByText(`${clients} clients in ${MEMBERS + 1} events`)).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'in it more than once' })).toHaveText(
      '1 client appears in it more than once.',
    );
  } finally {
    await remove();
  }
});
