import { expect, test } from './support/appDriver';

const EVENT = 'e2e-long-values-edit';
const LONG = 'v'.repeat(3_000);
/** Longer than a cell carries: main sends its first 4,000 characters and its length. */
const LONGER = 'w'.repeat(6_000);

test.describe('a change with a long value and hundreds of fields, for a risk officer at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('each long value scrolls in its own box, reached and scrolled by the keyboard', async ({
    app,
    page,
    cluster,
  }) => {
    const fields = Array.from({ length: 200 }, (_, index) => `field${index}`);
    const before = Object.fromEntries(fields.map((field, index) => [field, index === 0 ? LONG : `old ${index}`]));
    const after = Object.fromEntries(fields.map((field, index) => [field, index === 1 ? LONGER : `new ${index}`]));
    const remove = await cluster.plantDocuments('activity', [
      {
        id: EVENT,
        clientId: 'e2e-long-values-client',
        actorType: 'manager',
        actorId: await cluster.busiestManager(),
        actorName: 'Long Values Manager',
        sourceApp: 'crm',
        eventName: 'manager.entity_updated',
        message: 'Long Values Manager updated a wallet',
        metadata: {},
        createdAt: '2026-11-02T10:00:00.000Z',
        change: {
          actionType: 'update',
          target: { type: 'wallet', id: 'e2e-long-values-wallet' },
          changedFields: fields,
          before,
          after,
          bulkId: null,
          bulkSize: null,
        },
      },
    ]);
    try {
      await app.open(`/diff/${EVENT}`);
      await expect(page.getByLabel('Summary of the change')).toHaveText('200 changed');
      const value = page.getByRole('region', { name: 'field0, before (a long value; it scrolls)' });
      await expect(value).toHaveText(LONG);
      const row = page.getByRole('row', { name: /^field0: changed from v+ to new 0$/ });
      expect((await row.boundingBox())?.height ?? Infinity, 'the row stays within the window').toBeLessThan(350);
      // A value cut short says so, and where to get it whole.
      await expect(page.getByRole('region', { name: 'field1, after (a long value; it scrolls)' })).toHaveText(
        `${'w'.repeat(4_000)}… (the first 4,000 of 6,000 characters); Copy after gives it whole`,
      );
      await expect(page.getByRole('row', { name: 'field199: changed from old 199 to new 199' })).toBeAttached();

      // The box is a Tab stop after the copy buttons; the arrows scroll it.
      await page.getByRole('button', { name: /^Copy after/ }).focus();
      await page.keyboard.press('Tab');
      await expect(value).toBeFocused();
      await page.keyboard.press('End');
      await expect.poll(() => value.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    } finally {
      await remove();
    }
  });
});
