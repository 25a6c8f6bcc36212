import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_INDEX_PATTERNS } from '../integration/support/fixtureDataset';
import { expect, test } from './support/appDriver';
import {
  connectionLine,
  editButton,
  editForm,
  newForm,
  openSettingsWithSaved,
  pressEdit,
  removeButton,
  saveHeld,
  typeInto,
} from './support/connectionSteps';
import { tabTo } from './support/keyboard';

/** A fresh workstation on the (small) demo workspace: "Connect a cluster" is offered above the form. */
test.use({ consoleOptions: { name: 'e2e-connection-guarded', source: 'demo', demoDataset: { clients: 20, days: 2 } } });

const connectButton = (page: Parameters<typeof newForm>[0]) =>
  page.getByTestId('demo-callout').getByRole('button', { name: 'Connect a cluster', exact: true });

test('the connection edited is named in the heading and marked on its line, until the edit is let go', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app, ['Local cluster', 'Second cluster']);
  const line = connectionLine(page);
  const other = connectionLine(page, 'Second cluster');
  await expect(line).not.toHaveAttribute('aria-current');

  await pressEdit(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Editing “Local cluster”' })).toBeVisible();
  await expect(line).toHaveAttribute('aria-current', 'true');
  await expect(line.getByText('editing', { exact: true })).toBeVisible();
  await expect(other).not.toHaveAttribute('aria-current');
  await expect(other.getByText('editing', { exact: true })).toHaveCount(0);

  await tabTo(page, editForm(page).getByRole('button', { name: 'Cancel edit', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Connect a cluster' })).toBeVisible();
  await expect(line).not.toHaveAttribute('aria-current');
  await expect(line.getByText('editing', { exact: true })).toHaveCount(0);
});

test('Edit on another connection and Remove on the one saved wait while a save runs; the save is said for the connection it sent', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app, ['Local cluster', 'Second cluster']);
  await pressEdit(page);
  const form = editForm(page);
  await typeInto(page, form, 'Operational index pattern', FIXTURE_INDEX_PATTERNS.operational);

  const release = await saveHeld(page, form);

  const waits = 'Edit, and Remove on “Local cluster”, wait for the save under way below.';
  const otherEdit = editButton(page, 'Second cluster');
  await tabTo(page, otherEdit, { backwards: true });
  await expect(otherEdit).toHaveAttribute('aria-disabled', 'true');
  await expect(otherEdit).toHaveAccessibleDescription(waits);
  await page.keyboard.press('Enter');
  // The form still holds what was sent, for the connection it was sent for.
  await expect(form.getByLabel('Operational index pattern')).toHaveValue(FIXTURE_INDEX_PATTERNS.operational);
  await expect(editForm(page, 'Second cluster')).toHaveCount(0);

  // Remove on the connection being saved waits too: a removal now could only race the save.
  const remove = removeButton(page);
  await tabTo(page, remove, { backwards: true });
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await expect(remove).toHaveAccessibleDescription(waits);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(removeButton(page, 'Second cluster')).not.toHaveAttribute('aria-disabled');

  release();
  const said = newForm(page).getByRole('status');
  await expect(said).toHaveText(/^Saved “Local cluster” and tested: connected to Elasticsearch \d+\.\d+\.\d+ as /);
  await expect(otherEdit).not.toHaveAttribute('aria-disabled');
  await expect(remove).not.toHaveAttribute('aria-disabled');
  await pressEdit(page, 'Second cluster');
  await expect(editForm(page, 'Second cluster').getByLabel('Operational index pattern')).toHaveValue(
    'no-such-operational-*',
  );
  await pressEdit(page);
  await expect(editForm(page).getByLabel('Operational index pattern')).toHaveValue(FIXTURE_INDEX_PATTERNS.operational);
});

test('Connect a cluster keeps an edit with changes not saved, says how to go on, and empties an unchanged one', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app);
  await pressEdit(page);
  await typeInto(page, editForm(page), 'Name', 'Renamed but not saved');

  await tabTo(page, connectButton(page), { backwards: true });
  await page.keyboard.press('Enter');
  const note = editForm(page).getByRole('status');
  await expect(note).toHaveText(
    '“Local cluster” has changes not saved: press Save to keep them, or Cancel edit to leave it as saved; ' +
      'then press Connect a cluster again for a new connection.',
  );
  await expect(note).toBeFocused();
  await expect(editForm(page).getByLabel('Name', { exact: true })).toHaveValue('Renamed but not saved');
  const { violations } = await new AxeBuilder({ page }).include('.connections').include('.connection-form').analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual(
    [],
  );

  // The same edit with nothing changed gives way to an empty form, its first field ready.
  await typeInto(page, editForm(page), 'Name', 'Local cluster');
  await tabTo(page, connectButton(page), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(newForm(page).getByLabel('Name', { exact: true })).toBeFocused();
  await expect(newForm(page).getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { level: 2, name: 'Connect a cluster' })).toBeVisible();
  await expect(connectionLine(page)).not.toHaveAttribute('aria-current');

  // A new connection being typed stays as typed.
  await typeInto(page, newForm(page), 'Name', 'Half typed');
  await tabTo(page, connectButton(page), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(newForm(page).getByLabel('Name', { exact: true })).toBeFocused();
  await expect(newForm(page).getByLabel('Name', { exact: true })).toHaveValue('Half typed');
});

test('Edit on another connection keeps an edit with changes not saved, and says how to go on', async ({ app }) => {
  const page = await openSettingsWithSaved(app, ['Local cluster', 'Second cluster']);
  await pressEdit(page);
  await typeInto(page, editForm(page), 'Operational index pattern', 'typed-but-not-saved-*');

  await tabTo(page, editButton(page, 'Second cluster'), { backwards: true });
  await page.keyboard.press('Enter');
  const note = editForm(page).getByRole('status');
  await expect(note).toHaveText(
    '“Local cluster” has changes not saved: press Save to keep them, or Cancel edit to leave it as saved; ' +
      'then press Edit on “Second cluster” again.',
  );
  await expect(note).toBeFocused();
  await expect(editForm(page).getByLabel('Operational index pattern')).toHaveValue('typed-but-not-saved-*');

  // Edit on the connection held reloads it as saved, as it always did; then the other one loads.
  await pressEdit(page);
  await expect(editForm(page).getByLabel('Operational index pattern')).toHaveValue('no-such-operational-*');
  await expect(editForm(page).getByRole('status')).toHaveCount(0);
  await pressEdit(page, 'Second cluster');
  await expect(page.getByRole('heading', { level: 2, name: 'Editing “Second cluster”' })).toBeVisible();
});

test('a Remove question already open when its connection’s save starts holds its Remove connection until the save ends, and keeps the focus', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app);
  await pressEdit(page);
  const form = editForm(page);
  await typeInto(page, form, 'Operational index pattern', FIXTURE_INDEX_PATTERNS.operational);

  await tabTo(page, removeButton(page), { backwards: true });
  await page.keyboard.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Remove “Local cluster”?' });
  await expect(question.getByRole('button', { name: 'Keep it', exact: true })).toBeFocused();

  // Tab goes round the question's answers: only the mouse reaches Save while it is open.
  const release = await saveHeld(page, form, 'mouse');

  const confirm = question.getByRole('button', { name: 'Remove connection', exact: true });
  await tabTo(page, confirm, { backwards: true });
  await expect(confirm).toHaveAttribute('aria-disabled', 'true');
  await expect(confirm).toHaveAccessibleDescription(
    'Edit, and Remove on “Local cluster”, wait for the save under way below.',
  );
  await page.keyboard.press('Enter');
  // Nothing is removed while the save runs: the question stays, and so does the connection.
  await expect(question).toBeVisible();
  await expect(confirm).toBeFocused();
  await expect(connectionLine(page)).toBeVisible();

  // The save's answer is said in the form without taking the keyboard from the question being answered.
  release();
  await expect(newForm(page).getByRole('status')).toHaveText(/^Saved “Local cluster” and tested/);
  await expect(confirm).not.toHaveAttribute('aria-disabled');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(connectionLine(page)).toHaveCount(0);
});
