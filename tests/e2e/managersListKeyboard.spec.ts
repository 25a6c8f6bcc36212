import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

test.describe('the managers who acted on a client, for a risk officer at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('a list longer than its box takes a Tab stop, is named, and the arrows reach its last row', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'events');
    const facts = page.locator('summary').filter({ hasText: /^Facts/ });
    await facts.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Managers who acted (the list scrolls)' })).toBeVisible();
    await page.keyboard.press('Tab');
    const list = page.getByRole('list', { name: 'Managers who acted (the list scrolls)' });
    await expect(list).toBeFocused();
    const managers = list.getByRole('listitem');
    expect(await managers.count()).toBeGreaterThan(5);
    await expect(managers.last()).not.toBeInViewport();
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowDown');
    // Whole but for a fraction of a pixel: the lines are 1.4 em tall.
    await expect(managers.last()).toBeInViewport({ ratio: 0.95 });
    await expect(list).toBeFocused();
  });
});
