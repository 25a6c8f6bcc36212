import type { Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';

test.use({ consoleOptions: { name: 'e2e-view-layouts' } });

async function saveDeletes(app: AppDriver, page: Page): Promise<void> {
  await app.open('/logs?action=delete');
  await page.getByRole('textbox', { name: 'View name' }).fill('Deletes');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
}

test('a saved view keeps its own columns apart from the default grid, and shows as active through a reload', async ({
  app,
  page,
}) => {
  await app.open('/logs?action=delete');
  const views = page.getByRole('combobox', { name: 'Saved views' });
  const description = page.locator('[data-testid="log-grid"] .ag-header-cell[col-id="description"]');
  await expect(description).toHaveCount(1);
  await page.getByRole('textbox', { name: 'View name' }).fill('Deletes');
  await page.getByRole('button', { name: 'Save view' }).click();
  const active = page.getByTestId('active-view');
  await expect(active).toHaveText('View: Deletes');

  // A column hidden while the view is active belongs to the view once saved into it, not to the default grid.
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Description' }).uncheck();
  await expect(description).toHaveCount(0);
  await expect(active).toHaveText('View: Deletes (changed)');
  await page.getByRole('button', { name: 'Save to view' }).click();
  await page.getByRole('alertdialog', { name: 'Save view' }).getByRole('button', { name: 'Replace' }).click();
  await expect(active).toHaveText('View: Deletes');

  await views.selectOption({ label: 'No view (default columns)' });
  await expect(active).toHaveCount(0);
  await expect(description).toHaveCount(1);
  await app.reload();
  await expect(description).toHaveCount(1);
  await views.selectOption({ label: 'Deletes' });
  await expect(description).toHaveCount(0);
  await expect(page.getByLabel('Active filters').getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();
  await app.reload();
  await expect(active).toHaveText('View: Deletes');
  await expect(description).toHaveCount(0);
});

test('the active view is renamed, replaced only after a warning, and deleted after one', async ({ app, page }) => {
  await saveDeletes(app, page);
  const views = page.getByRole('combobox', { name: 'Saved views' });
  const active = page.getByTestId('active-view');
  await page.getByRole('button', { name: 'Rename view…' }).click();
  const rename = page.getByRole('form', { name: 'Rename view' });
  await rename.getByRole('textbox', { name: 'New name' }).fill('Removals');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(active).toHaveText('View: Removals');
  await expect(views.getByRole('option', { name: 'Deletes' })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'View name' }).fill('Removals');
  await page.getByRole('button', { name: 'Save as new view' }).click();
  const replace = page.getByRole('alertdialog', { name: 'Replace view' });
  await expect(replace).toContainText('A view named “Removals” exists');
  await replace.getByRole('button', { name: 'Cancel' }).click();
  await expect(replace).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete view' }).click();
  await page.getByRole('alertdialog', { name: 'Delete view' }).getByRole('button', { name: 'Delete' }).click();
  await expect(active).toHaveCount(0);
  await expect(views.getByRole('option', { name: 'Removals' })).toHaveCount(0);
});

test('a card number typed as a view name is refused at its field, saving or renaming, and nothing is sent', async ({
  app,
  page,
}) => {
  const asked = requestsTo(page, ['views/save']);
  const refusal = new RegExp(
    `^The view name holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never shown or kept\\. Write it without the number`,
  );
  await app.open('/logs?action=delete');
  const name = page.getByRole('textbox', { name: 'View name' });
  await name.fill(`Refunds ${CARD_NUMBER}`);
  await expectMarkedInvalid(name);
  await expect(name).toHaveAccessibleDescription(refusal);
  await expect(page.getByRole('button', { name: 'Save view' })).toBeDisabled();
  await name.press('Enter');
  await expect(name).toBeFocused();
  expect(await cardNumberShown(page)).toEqual([]);
  expect(asked).toEqual([]);

  await name.fill('Refunds');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await name.press('Enter');
  const active = page.getByTestId('active-view');
  await expect(active).toHaveText('View: Refunds');
  expect(asked).toEqual(['views/save']);

  await page.getByRole('button', { name: 'Rename view…' }).click();
  const rename = page.getByRole('form', { name: 'Rename view' });
  const newName = rename.getByRole('textbox', { name: 'New name' });
  await newName.fill(`Refunds to ${CARD_NUMBER}`);
  await expectMarkedInvalid(newName);
  await expect(newName).toHaveAccessibleDescription(refusal);
  await expect(rename.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await newName.press('Enter');
  await expect(newName).toBeFocused();
  expect(await cardNumberShown(page)).toEqual([]);
  expect(asked).toEqual(['views/save']);

  await newName.fill('Refunds to the card ending 1111');
  await newName.press('Enter');
  await expect(active).toHaveText('View: Refunds to the card ending 1111');
  expect(asked).toEqual(['views/save', 'views/save']);
});
