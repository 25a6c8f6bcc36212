import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_INDEX_PATTERNS } from '../integration/support/fixtureDataset';
import { expect, test } from './support/appDriver';
import {
  connectionList,
  editButton,
  editForm,
  local,
  newForm,
  openSettingsWithSaved,
  pressEdit,
  typeInto,
} from './support/connectionSteps';
import { tabTo } from './support/keyboard';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

/** A fresh workstation: no cluster connection yet, so the (small) demo workspace is the source. */
test.use({ consoleOptions: { name: 'e2e-connection-edit', source: 'demo', demoDataset: { clients: 20, days: 2 } } });

const list = connectionList;
const KEEP_HINT = 'Leave it empty to keep the saved password; type one to replace it.';

test('Edit loads a saved connection without its secret; Save replaces it under its id, keeping the secret', async ({
  app,
}) => {
  const page = await openSettingsWithSaved(app);
  await pressEdit(page);

  const form = editForm(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Editing “Local cluster”' })).toBeVisible();
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Local cluster');
  await expect(form.getByLabel('URL', { exact: true })).toHaveValue(local.url);
  await expect(form.getByRole('combobox', { name: 'Authentication' })).toHaveValue('basic');
  await expect(form.getByLabel('User', { exact: true })).toHaveValue(local.username);
  await expect(form.getByLabel('Operational index pattern')).toHaveValue('no-such-operational-*');
  await expect(form.getByLabel('Client activity index pattern')).toHaveValue(FIXTURE_INDEX_PATTERNS.activity);
  await expect(form.getByLabel('Password')).toHaveValue('');
  await expect(form.getByLabel('Password')).toHaveAccessibleDescription(KEEP_HINT);
  // The secret never comes to the window: not in a field, not in the page's markup.
  expect(await page.content()).not.toContain(local.password);

  await typeInto(page, form, 'Operational index pattern', FIXTURE_INDEX_PATTERNS.operational);
  await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  const said = newForm(page).getByRole('status');
  await expect(said).toHaveText(/^Saved “Local cluster” and tested: connected to Elasticsearch \d+\.\d+\.\d+ as /);
  await expect(said).not.toContainText('index patterns');
  // Replaced, not added: one line for it beside the demo data's.
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await expect(newForm(page).getByLabel('Name', { exact: true })).toHaveValue('');

  // Edited again: the pattern saved is the one typed.
  await pressEdit(page);
  await expect(editForm(page).getByLabel('Operational index pattern')).toHaveValue(FIXTURE_INDEX_PATTERNS.operational);
});

test('an edit that moves the address asks for the password again, and the saved connection stays', async ({ app }) => {
  const page = await openSettingsWithSaved(app);
  await pressEdit(page);
  const form = editForm(page);
  await typeInto(page, form, 'URL', 'http://127.0.0.1:1');
  await expect(form.getByLabel('Password')).toHaveAccessibleDescription(
    'The saved password is only sent to the addresses, certificates and user it was saved for; you changed them, so type it again.',
  );
  await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  const password = form.getByLabel('Password');
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(/^Enter the password again: a stored secret is only sent to/);
  await expect(list(page).getByRole('listitem', { name: 'Local cluster' })).toContainText(local.url);
  await expect(list(page).getByRole('listitem', { name: 'Local cluster' })).not.toContainText('127.0.0.1:1');
});

test('Cancel edit empties the form for a new connection and gives the keyboard back to Edit', async ({ app }) => {
  const page = await openSettingsWithSaved(app);
  await pressEdit(page);
  await typeInto(page, editForm(page), 'Name', 'Renamed but not saved');
  await tabTo(page, editForm(page).getByRole('button', { name: 'Cancel edit', exact: true }));
  await page.keyboard.press('Enter');
  await expect(editButton(page)).toBeFocused();
  await expect(newForm(page).getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { level: 2, name: 'Connect a cluster' })).toBeVisible();
  await expect(list(page).getByRole('listitem', { name: 'Local cluster' })).toBeVisible();
  await expect(list(page).getByRole('listitem', { name: 'Renamed but not saved' })).toHaveCount(0);
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`an edited connection with junk in every field is refused at each, at ${width}x${height} ${colorScheme}`, async ({
    app,
  }) => {
    await app.page.setViewportSize({ width, height });
    await app.page.emulateMedia({ colorScheme });
    const page = await openSettingsWithSaved(app);
    await pressEdit(page);
    expect(
      await editForm(page)
        .getByLabel('Name', { exact: true })
        .evaluate((field) => field.matches(':focus-visible')),
    ).toBe(true);
    const form = editForm(page);
    await typeInto(page, form, 'Name', `Local ${'x'.repeat(5_000)}`);
    await typeInto(page, form, 'URL', 'https://es\u200B.example.com:9200');
    await typeInto(page, form, 'User', 'ad\u202Emin');
    await typeInto(page, form, 'Operational index pattern', '4111 1111 1111 1111');
    await typeInto(page, form, 'Client activity index pattern', 'crm-activity-*?q=%E0%A4%A');
    await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
    for (const label of ['Name', 'URL', 'User', 'Operational index pattern', 'Client activity index pattern']) {
      await expect(form.getByLabel(label, { exact: true }), label).toHaveAttribute('aria-invalid', 'true');
    }
    expect(await page.content()).not.toContain('4111 1111 1111 1111</');
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: test.info().outputPath(`edit-junk-${width}-${colorScheme}.png`), fullPage: true });
    const { violations } = await new AxeBuilder({ page }).include('.connection-form').analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join('; ')}`),
    ).toEqual([]);
    // Nothing was saved: Cancel edit leaves the connection as it was.
    await tabTo(page, form.getByRole('button', { name: 'Cancel edit', exact: true }));
    await page.keyboard.press('Enter');
    await expect(editButton(page)).toBeFocused();
    await expect(list(page).getByRole('listitem', { name: 'Local cluster' })).toContainText(local.url);
  });
}
