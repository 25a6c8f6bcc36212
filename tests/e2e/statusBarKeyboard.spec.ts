import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

const NOTICE = 'Demo workspace: roles come from this workstation’s settings, not from a cluster.';

/** Presses Tab until the focus is on the element `testId` names; false if it never gets there. */
async function tabTo(page: Page, testId: string, most = 150): Promise<boolean> {
  for (let press = 0; press < most; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return true;
  }
  return false;
}

test.describe('the status bar at 1024 wide, on the demo workspace', () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    consoleOptions: { name: 'e2e-status', source: 'demo', role: 'investigator', demoDataset: { clients: 5, days: 2 } },
  });

  test('a part cut short is reached by Tab and read whole, its tooltip shown until Escape', async ({ app, page }) => {
    test.setTimeout(120_000);
    await app.open('/investigations');
    const part = page.getByTestId('status-identity');
    await expect(part).toHaveText(NOTICE);
    await expect(page.getByTestId('workspace-progress')).toHaveCount(0, { timeout: 90_000 });
    expect(await part.evaluate((element) => element.scrollWidth > element.clientWidth), 'the notice is cut').toBe(true);

    expect(await tabTo(page, 'status-identity'), 'Tab reaches the cut notice').toBe(true);
    await expect(part).toBeFocused();
    await expect(part).toHaveAccessibleDescription(NOTICE);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(NOTICE);
    // It sits within the window, above the bar, whole.
    const box = await tooltip.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 1024).toBe(true);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(part).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(tooltip).toBeHidden();
    // A part shown whole takes no Tab stop.
    await expect(page.getByTestId('status-operator')).not.toHaveAttribute('tabindex', '0');
  });
});

test.describe('the status bar at 640 wide while the demo workspace is built', () => {
  test.use({ viewport: { width: 640, height: 700 }, consoleOptions: { name: 'e2e-status-build', source: 'demo' } });

  test('the build sentence cut short is reached by Tab and read whole', async ({ app, page }) => {
    test.setTimeout(180_000);
    await app.open('/investigations');
    const sentence = page.getByTestId('status-workspace-build');
    await expect(sentence).toHaveText(/^(Opening|Generating|Ordering|Saving)/);
    expect(await sentence.evaluate((element) => element.scrollWidth > element.clientWidth), 'the sentence is cut').toBe(
      true,
    );
    expect(await tabTo(page, 'status-workspace-build'), 'Tab reaches the cut sentence').toBe(true);
    // The build goes on meanwhile: the sentence read is the whole of one step, as shown in the tooltip.
    const whole =
      /^(Opening the demo workspace…|Generating demo logs: day \d+ of \d+, [\d,]+ events|Ordering [\d,]+ events by time…|Saving the demo workspace…)( \(\d+%\))?$/;
    await expect(sentence).toBeFocused();
    await expect(sentence).toHaveAccessibleDescription(whole);
    await expect(page.getByRole('tooltip')).toHaveText(whole);
    await expect(sentence).toHaveAttribute('title', whole);
    await expect(page.getByTestId('workspace-progress')).toHaveCount(0, { timeout: 150_000 });
  });
});
