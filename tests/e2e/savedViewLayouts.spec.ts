import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/appDriver';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { RLO, ZWSP, rawHiddenCharacters, shownText } from './support/hiddenText';
import { expectMarkedInvalid } from './support/invalidField';
import { isFocused } from './support/keyboard';
import { requestsTo } from './support/requestsTo';
import { expectGoneWithFocusOn, saveDeletes } from './support/savedViews';

test.use({ consoleOptions: { name: 'e2e-view-layouts' } });

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
    `^The view name holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never sent or kept\\. Write it without the number`,
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

test('Escape leaves the Replace view question as Cancel does, and the focus goes back to what asked it', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const asked = requestsTo(page, ['views/save']);
  const name = page.getByRole('textbox', { name: 'View name' });
  const replace = page.getByRole('alertdialog', { name: 'Replace view' });
  await name.fill('Deletes');
  await name.press('Enter');
  await expect(replace.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expectGoneWithFocusOn(replace, name);
  await expect(name).toHaveValue('Deletes');
  expect(asked).toEqual([]);
});

test('cancelling the Replace view question and deleting the view in use keep the focus on a control', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  await page.getByRole('textbox', { name: 'View name' }).fill('Deletes');
  const saveNew = page.getByRole('button', { name: 'Save as new view' });
  const replace = page.getByRole('alertdialog', { name: 'Replace view' });
  await saveNew.focus();
  await page.keyboard.press('Enter');
  // The question starts on what keeps the view: Enter by mistake replaces nothing.
  await expect(replace.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectGoneWithFocusOn(replace, saveNew);

  // The Delete view question starts on what keeps the view: Enter by mistake deletes nothing.
  const deleteView = page.getByRole('button', { name: 'Delete view' });
  await deleteView.focus();
  await page.keyboard.press('Enter');
  const remove = page.getByRole('alertdialog', { name: 'Delete view' });
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectGoneWithFocusOn(remove, deleteView);
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');

  // The view in use deleted, its buttons go with it: the list of views takes the focus.
  await page.keyboard.press('Enter');
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(remove.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-view')).toHaveCount(0);
  await expect.poll(() => isFocused(page.getByRole('combobox', { name: 'Saved views' }))).toBe(true);
});

test('renaming a view to the name of another keeps the form and its text, says why at the field, and sends nothing', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  await page.getByRole('textbox', { name: 'View name' }).fill('Errors');
  await page.getByRole('button', { name: 'Save as new view' }).click();
  const active = page.getByTestId('active-view');
  await expect(active).toHaveText('View: Errors');
  const asked = requestsTo(page, ['views/save']);

  await page.getByRole('button', { name: 'Rename view…' }).click();
  const rename = page.getByRole('form', { name: 'Rename view' });
  const newName = rename.getByRole('textbox', { name: 'New name' });
  await newName.fill('Deletes');
  await newName.press('Enter');
  const clash = 'Another view is already named “Deletes”; choose another name.';
  await expect(rename.getByRole('alert')).toHaveText(clash);
  await expect(newName).toHaveValue('Deletes');
  await expectMarkedInvalid(newName);
  await expect(newName).toHaveAccessibleDescription(clash);
  await expect.poll(() => isFocused(newName)).toBe(true);
  await expect(active).toHaveText('View: Errors');
  expect(asked).toEqual([]);

  await newName.fill('Failures');
  await expect(newName).not.toHaveAttribute('aria-invalid', 'true');
  await newName.press('Enter');
  await expect(active).toHaveText('View: Failures');
  await expect(rename).toHaveCount(0);
  expect(asked).toEqual(['views/save']);
});

test('a name of spaces alone is refused at its field with a sentence, saving or renaming, and nothing is sent', async ({
  app,
  page,
}) => {
  await app.open('/logs?action=delete');
  const asked = requestsTo(page, ['views/save']);
  const blank = 'Give the view a name; spaces alone are not a name.';
  const name = page.getByRole('textbox', { name: 'View name' });
  await name.fill('   ');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expectMarkedInvalid(name);
  await expect(name).toHaveAccessibleDescription(blank);
  await expect.poll(() => isFocused(name)).toBe(true);
  await name.press('Enter');
  expect(asked).toEqual([]);
  await name.fill('Deletes');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await name.press('Enter');
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
  expect(asked).toEqual(['views/save']);

  await page.getByRole('button', { name: 'Rename view…' }).click();
  const rename = page.getByRole('form', { name: 'Rename view' });
  const newName = rename.getByRole('textbox', { name: 'New name' });
  await newName.fill('  ');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expectMarkedInvalid(newName);
  await expect(newName).toHaveAccessibleDescription(blank);
  await expect.poll(() => isFocused(newName)).toBe(true);
  await expect(rename.getByRole('alert')).toHaveText(blank);
  expect(asked).toEqual(['views/save']);
});

test('a view saved by an older version with a hidden character in its name shows it by name in every question', async ({
  app,
  page,
  fixtureConsole,
}) => {
  await saveDeletes(app, page);
  await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: 'No view (default columns)' });
  // The operator's preferences file, as a version that took any character in a view's name wrote it.
  const operators = join(fixtureConsole.dataDir, 'operators');
  const file = join(operators, (await readdir(operators)).find((each) => each.endsWith('.json')) ?? '');
  const stored = JSON.parse(await readFile(file, 'utf8')) as { views: { name: string }[] };
  const legacy = `Deletes ${RLO}LIVE${ZWSP}`;
  stored.views = stored.views.map((view) => ({ ...view, name: legacy }));
  await writeFile(file, JSON.stringify(stored));
  await app.reload();

  await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: shownText(legacy) });
  await expect(page.getByTestId('active-view')).toHaveText(`View: ${shownText(legacy)}`);
  await page.getByRole('button', { name: 'Delete view' }).click();
  const remove = page.getByRole('alertdialog', { name: 'Delete view' });
  await expect(remove).toContainText(`Delete the view “${shownText(legacy)}”?`);
  expect(await rawHiddenCharacters(page)).toEqual([]);
  await remove.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Save to view' }).click();
  const overwrite = page.getByRole('alertdialog', { name: 'Save view' });
  await expect(overwrite).toContainText(`Replace the filters and columns of “${shownText(legacy)}” with these?`);
  expect(await rawHiddenCharacters(page)).toEqual([]);

  // Saved into by its id, the view keeps the name it was stored with.
  await overwrite.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “' })).toHaveText(`Saved “${shownText(legacy)}”`);
  await expect(page.getByTestId('active-view')).toHaveText(`View: ${shownText(legacy)}`);
  const kept = JSON.parse(await readFile(file, 'utf8')) as { views: { name: string }[] };
  expect(kept.views.map((view) => view.name)).toEqual([legacy]);
});

test('a view name is taken whatever its letters’ case or spacing: saving asks to replace that view, renaming is refused', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const views = page.getByRole('combobox', { name: 'Saved views' });
  const active = page.getByTestId('active-view');
  const name = page.getByRole('textbox', { name: 'View name' });
  await name.fill(' deletes ');
  await page.getByRole('button', { name: 'Save as new view' }).click();
  const replace = page.getByRole('alertdialog', { name: 'Replace view' });
  await expect(replace).toContainText('A view named “Deletes” exists');
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced' })).toHaveText('Replaced “Deletes”');
  await expect(active).toHaveText('View: Deletes');
  await expect(views.getByRole('option')).toHaveText(['No view (default columns)', 'Deletes']);

  await name.fill('Errors');
  await page.getByRole('button', { name: 'Save as new view' }).click();
  await expect(active).toHaveText('View: Errors');
  const asked = requestsTo(page, ['views/save']);
  await page.getByRole('button', { name: 'Rename view…' }).click();
  const rename = page.getByRole('form', { name: 'Rename view' });
  const newName = rename.getByRole('textbox', { name: 'New name' });
  await newName.fill('DELETES');
  await newName.press('Enter');
  await expect(newName).toHaveAccessibleDescription('Another view is already named “Deletes”; choose another name.');
  await expectMarkedInvalid(newName);
  expect(asked).toEqual([]);
});

test('applying a saved view gives the address its query alone: what the link held besides goes', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  const views = page.getByRole('combobox', { name: 'Saved views' });
  await views.selectOption({ label: 'No view (default columns)' });
  const hash = () => page.evaluate(() => window.location.hash);
  const chips = page.getByLabel('Active filters');

  // A link with text and a filter the view does not set.
  await app.goTo('/logs?q=refund&client=c-1');
  await views.selectOption({ label: 'Deletes' });
  await expect.poll(hash).toBe('#/logs?action=delete');
  await expect(chips.getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();
  await expect(chips.getByRole('button', { name: /^Remove / })).toHaveCount(1);

  // A link with what the page cannot read: the view's query is shown, not the link's problems.
  await views.selectOption({ label: 'No view (default columns)' });
  await app.goTo('/logs?q=refund&size=7&colour=red');
  await expect(page.getByRole('alert', { name: 'Link problems' })).toBeVisible();
  await views.selectOption({ label: 'Deletes' });
  await expect.poll(hash).toBe('#/logs?action=delete');
  await expect(page.getByRole('alert', { name: 'Link problems' })).toHaveCount(0);
  await expect(chips.getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();
});
