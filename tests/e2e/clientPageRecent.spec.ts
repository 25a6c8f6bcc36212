import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll } from './support/walk';

test.describe('recently opened clients, at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('a client with a very long id is listed with the id in its name, wrapped within the page', async ({
    app,
    page,
    cluster,
  }) => {
    const newest = await cluster.newestLog([]);
    const base = await cluster.log(newest.id);
    // As long as an id may be, with nowhere to break it.
    const client = { id: `e2e-recent-${'7'.repeat(189)}`, name: 'Rita Longid' };
    const remove = await cluster.plantLog({ ...base, id: 'e2e-recent-long-client-id', client });
    try {
      await app.open(`/clients/${client.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
      await app.goTo('/clients');
      const recent = page.getByRole('region', { name: 'Recently opened' });
      const link = page.getByRole('link', { name: `Open the client page of ${client.name} (${client.id})` });
      const item = recent.getByRole('listitem').filter({ has: link });
      await expect(item.getByRole('link')).toBeVisible();
      await expect(item).toContainText(`(${client.id})`);
      const sides = await item.evaluate((element) => ({
        right: element.getBoundingClientRect().right,
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(sides.right).toBeLessThanOrEqual(1024);
      expect(sides.scrollWidth).toBeLessThanOrEqual(sides.clientWidth);
      await expectNoSidewaysScroll(page);
    } finally {
      await remove();
    }
  });
});
