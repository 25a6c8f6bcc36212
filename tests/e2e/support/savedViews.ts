import type { Locator, Page } from '@playwright/test';
import { expect, type AppDriver } from './appDriver';
import { expectTabGoesRound, isFocused, tabTo } from './keyboard';

/** Types `name` into the View name field, reached with Tab, and presses Enter there to save. */
export async function typeViewName(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('textbox', { name: 'View name' }));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

/** The view "Deletes" (the logs page's deletes) saved from the keyboard and in use. */
export async function saveDeletes(app: AppDriver, page: Page): Promise<void> {
  await app.open('/logs?action=delete');
  await typeViewName(page, 'Deletes');
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
}

/** The question has gone, and the focus is back on `opener`, what asked it. */
export async function expectGoneWithFocusOn(question: Locator, opener: Locator): Promise<void> {
  await expect(question).toHaveCount(0);
  await expect.poll(() => isFocused(opener)).toBe(true);
}

/**
 * The question asked by `opener` starts on its answer `first`; Tab and Shift+Tab go round its two answers
 * and never leave it; Escape takes it away and gives the focus back to `opener`.
 */
export async function expectKeptUntilEscape(
  page: Page,
  question: Locator,
  [first, second]: readonly [string, string],
  opener: Locator,
): Promise<void> {
  const firstAnswer = question.getByRole('button', { name: first, exact: true });
  const secondAnswer = question.getByRole('button', { name: second, exact: true });
  await expect(firstAnswer).toBeFocused();
  await expectTabGoesRound(page, [firstAnswer, secondAnswer], 2);
  await page.keyboard.press('Escape');
  await expectGoneWithFocusOn(question, opener);
}
