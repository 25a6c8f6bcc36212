import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

const chosenTab = (page: Page) => page.getByRole('tab', { selected: true });

test.describe("a client page's tabs through Back and Forward, keyboard only, for a risk officer", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

  test('the focus lands on the tab each entry shows, never on one not chosen', async ({ app, page, cluster }) => {
    await openBusyClient(app, cluster, 'sessions');
    await chosenTab(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Coverage', selected: true })).toBeFocused();

    for (const [move, tab] of [
      ['back', 'Logs'],
      ['back', 'Sessions'],
      ['forward', 'Logs'],
      ['forward', 'Coverage'],
    ] as const) {
      await (move === 'back' ? page.goBack() : page.goForward());
      await expect(chosenTab(page), `${move} to ${tab}`).toHaveText(tab);
      await expect(chosenTab(page), `${move} to ${tab}`).toBeFocused();
    }
    // Arrows go on from the tab shown.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeFocused();
  });
});
