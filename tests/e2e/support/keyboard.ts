import { expect, type Locator, type Page } from '@playwright/test';

/** Whether the focus is on `control` itself, as the page's document says. */
export const isFocused = (control: Locator): Promise<boolean> =>
  control.evaluate((element) => element === document.activeElement);

/**
 * Moves the focus with Tab alone until it reaches the control, as a keyboard user gets there; a page
 * with several sortable tables (the Risk page) has a hundred stops before its last field.
 */
export async function tabTo(page: Page, control: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    if (await isFocused(control)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the control');
}

/**
 * Tab and Shift+Tab go round `controls` and never leave them: from the first, which has the focus, each of
 * `presses` Tabs moves it to the next (after the last, the first again), then as many Shift+Tabs move it
 * back one at a time, so it ends where it started.
 */
export async function expectTabGoesRound(page: Page, controls: readonly Locator[], presses: number): Promise<void> {
  let at = 0;
  for (const [key, step] of [
    ['Tab', 1],
    ['Shift+Tab', -1],
  ] as const) {
    for (let press = 0; press < presses; press++) {
      await page.keyboard.press(key);
      at = (at + step + controls.length) % controls.length;
      await expect(controls[at] as Locator).toBeFocused();
    }
  }
}

/** Replaces the focused field's text by typing, key by key. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}
