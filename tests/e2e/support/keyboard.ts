import type { Locator, Page } from '@playwright/test';

/** Whether the focus is on `control` itself, as the page's document says. */
export const isFocused = (control: Locator): Promise<boolean> =>
  control.evaluate((element) => element === document.activeElement);

/** Moves the focus with Tab alone until it reaches the control, as a keyboard user gets there. */
export async function tabTo(page: Page, control: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await isFocused(control)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the control');
}

/** Replaces the focused field's text by typing, key by key. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}
