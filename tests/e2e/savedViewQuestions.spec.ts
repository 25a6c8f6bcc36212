import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { tabTo } from './support/keyboard';

test.use({ consoleOptions: { name: 'e2e-view-questions' } });

/** The view "Deletes" saved from the keyboard and in use. */
async function saveDeletes(app: AppDriver, page: Page): Promise<void> {
  await app.open('/logs?action=delete');
  const name = page.getByRole('textbox', { name: 'View name' });
  await tabTo(page, name);
  await page.keyboard.type('Deletes');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
}

/** Whether the focus is on `control` itself, as the page's document says. */
const focusOn = (control: Locator) => control.evaluate((element) => element === document.activeElement);

/**
 * The question asked by `opener` starts on its answer `first`; Tab and Shift+Tab go round its two answers
 * and never leave it; Escape takes it away and gives the focus back to `opener`.
 */
async function expectKeptUntilEscape(
  page: Page,
  question: Locator,
  [first, second]: [string, string],
  opener: Locator,
): Promise<void> {
  const firstAnswer = question.getByRole('button', { name: first, exact: true });
  const secondAnswer = question.getByRole('button', { name: second, exact: true });
  await expect(firstAnswer).toBeFocused();
  for (const [key, focused] of [
    ['Tab', secondAnswer],
    ['Tab', firstAnswer],
    ['Shift+Tab', secondAnswer],
    ['Shift+Tab', firstAnswer],
  ] as const) {
    await page.keyboard.press(key);
    await expect(focused).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect.poll(() => focusOn(opener)).toBe(true);
}

test('the Delete view question keeps Tab within it, starts on Cancel, and Escape gives the focus back', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const deleteView = page.getByRole('button', { name: 'Delete view' });
  await tabTo(page, deleteView);
  await page.keyboard.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Delete view' });
  await expectKeptUntilEscape(page, question, ['Cancel', 'Delete'], deleteView);
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
  expect(await app.fatal()).toBeUndefined();
});

test('the question before saving into a view keeps Tab within it, and Escape gives the focus back', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const saveTo = page.getByRole('button', { name: 'Save to view' });
  await tabTo(page, saveTo);
  await page.keyboard.press('Enter');
  await expectKeptUntilEscape(
    page,
    page.getByRole('alertdialog', { name: 'Save view' }),
    ['Replace', 'Cancel'],
    saveTo,
  );
  expect(await app.fatal()).toBeUndefined();
});

test('the Replace view question keeps Tab within it, and Escape gives the focus back to the name', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const name = page.getByRole('textbox', { name: 'View name' });
  await tabTo(page, name);
  await page.keyboard.type('Deletes');
  await page.keyboard.press('Enter');
  await expectKeptUntilEscape(
    page,
    page.getByRole('alertdialog', { name: 'Replace view' }),
    ['Replace', 'Cancel'],
    name,
  );
  await expect(name).toHaveValue('Deletes');
  expect(await app.fatal()).toBeUndefined();
});
