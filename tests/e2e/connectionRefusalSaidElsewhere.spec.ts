import { expect, test } from './support/appDriver';
import { editButton, editForm, openSettingsWithSaved, pressEdit, saveHeld, typeInto } from './support/connectionSteps';
import { tabTo } from './support/keyboard';

test.use({
  consoleOptions: { name: 'e2e-connection-refusal-said', source: 'demo', demoDataset: { clients: 20, days: 2 } },
});

const CLASH = 'A connection named “Second cluster” exists already; choose another name.';

test('a field the save is refused for is said at once, with its label, when the keyboard went elsewhere meanwhile; once when it is in the form', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app, ['Local cluster', 'Second cluster']);
  await pressEdit(page);
  const form = editForm(page);
  await typeInto(page, form, 'Name', 'Second cluster');
  const name = form.getByLabel('Name', { exact: true });

  // The operator leaves the form while the save runs: the refusal finds the keyboard on the list above.
  const release = await saveHeld(page, form);
  const otherEdit = editButton(page, 'Second cluster');
  await tabTo(page, otherEdit, { backwards: true });
  release();
  await expect(form.getByRole('alert')).toHaveText(`Name: ${CLASH}`);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(CLASH);
  await expect(otherEdit).toBeFocused();

  // Saved again from the form, the field at fault takes the focus and is read with its error: no alert besides.
  await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(CLASH);
  await expect(form.getByRole('alert')).toHaveCount(0);
  expect(await app.fatal()).toBeUndefined();
});
