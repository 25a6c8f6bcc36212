import type { Locator, Page } from '@playwright/test';
import { expect, type AppDriver } from './appDriver';
import { tabTo } from './keyboard';

/** Opens the journal and waits for its first line; answers its table of lines. */
export async function openJournal(app: AppDriver): Promise<Locator> {
  await app.open('/journal');
  const lines = app.page.getByRole('table', { name: 'Journal lines' });
  await expect(lines.getByRole('row').nth(1)).toBeVisible();
  return lines;
}

/**
 * Types each value into the journal filter it is keyed by (the field's label), from the keyboard and in the
 * order given: the first field focused, Tab to each next one. Enter, from the last field typed into, applies.
 */
export async function filterJournal(page: Page, typed: Readonly<Record<string, string>>): Promise<void> {
  for (const [index, [label, value]] of Object.entries(typed).entries()) {
    const field = page.getByRole('textbox', { name: label });
    if (index === 0) await field.focus();
    else await tabTo(page, field);
    await expect(field).toBeFocused();
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
}
