import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { openBusyClient } from './support/navigation';

/** The grid's rows shown whole: their top and their foot both on screen, neither under anything else. */
async function wholeRows(page: Page): Promise<number> {
  return page.locator(ROWS).evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        const x = box.left + Math.min(box.width / 2, 40);
        // A row cut by the grid's foot, its sideways scroll bar or the status bar does not show both its ends.
        return (
          box.height > 0 && [box.top + 2, box.bottom - 2].every((y) => row.contains(document.elementFromPoint(x, y)))
        );
      }).length,
  );
}

const CASES = [
  { role: 'riskOfficer', tab: 'events', colorScheme: 'light' },
  { role: 'riskOfficer', tab: 'logs', colorScheme: 'dark' },
  { role: 'auditor', tab: 'events', colorScheme: 'dark' },
  { role: 'auditor', tab: 'logs', colorScheme: 'light' },
] as const;

for (const { role, tab, colorScheme } of CASES) {
  test.describe(`the client page at 1024x700, ${colorScheme}, as ${role}`, () => {
    test.use({ viewport: { width: 1024, height: 700 }, colorScheme, consoleOptions: { role } });

    test(`the ${tab} tab shows nine whole rows under the client's name, facts, range and tabs`, async ({
      app,
      page,
      cluster,
    }, info) => {
      const client = await openBusyClient(app, cluster, tab);
      await expect(page.getByTestId('match-total')).not.toHaveText(/^(0 matches|…)$/);
      await expect.poll(() => wholeRows(page)).toBeGreaterThanOrEqual(9);
      await page.screenshot({ path: info.outputPath(`${tab}.png`) });

      // What the header says stays on screen, each on a line of its own or sharing one.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
      await expect(page.locator('summary').filter({ hasText: /^Facts/ })).toBeInViewport();
      const viewers =
        role === 'auditor'
          ? page.getByRole('region', { name: 'Who looked at this client' })
          : page.getByRole('note').filter({ hasText: /^Who looked at this client/ });
      await expect(viewers).toBeInViewport();
      await expect(page.getByRole('group', { name: 'Period', exact: true })).toBeInViewport();
      const tabs = page.getByRole('tablist', { name: 'Client views' });
      await expect(tabs).toBeInViewport();
      if (tab === 'events') {
        // The Events / Sessions switch shows beside the tabs, over none of them.
        const switchBox = await page.getByRole('group', { name: 'Sessions tab view' }).boundingBox();
        expect(switchBox).not.toBeNull();
        for (const each of await tabs.getByRole('tab').all()) {
          const box = await each.boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(switchBox?.x ?? 0);
        }
        await expect(page.getByRole('button', { name: 'Events', exact: true })).toBeInViewport();
      }
    });
  });
}

test.describe('who looked at a client, folded in a short window', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'auditor' } });

  test('says how many looked on one line, and opens from the keyboard', async ({ app, page, cluster }) => {
    await openBusyClient(app, cluster, 'events');
    const viewers = page.getByRole('region', { name: 'Who looked at this client' });
    const fold = viewers.locator('summary');
    await expect(fold).toHaveText(/^\d+ operators?, [\d,]+ looks?$/);
    const list = viewers.getByRole('list', { name: 'Operators who looked at this client' });
    await expect(list).toBeHidden();
    await fold.focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await expect(viewers.getByRole('link', { name: 'Every journal line about this client' })).toBeVisible();
  });
});
