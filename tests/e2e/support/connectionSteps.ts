import type { Locator, Page } from '@playwright/test';
import { readLocalConnection } from '../../../scripts/elasticsearch/connection';
import { FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';
import { expect, type AppDriver } from './appDriver';
import { tabTo } from './keyboard';

const recorded = readLocalConnection();
if (!recorded?.username) throw new Error('No local cluster recorded: the e2e global setup should have started one');
/** The local cluster the e2e global setup started. */
export const local = { url: recorded.url, username: recorded.username, password: recorded.password ?? '' };

export const newForm = (page: Page) => page.getByRole('form', { name: 'New connection' });
export const editForm = (page: Page, name = 'Local cluster') =>
  page.getByRole('form', { name: `Edit connection “${name}”` });
export const connectionList = (page: Page) => page.getByRole('list', { name: 'Cluster connections' });
export const editButton = (page: Page, name = 'Local cluster') =>
  connectionList(page).getByRole('button', { name: `Edit ${name}`, exact: true });
export const removeButton = (page: Page, name = 'Local cluster') =>
  connectionList(page).getByRole('button', { name: `Remove ${name}`, exact: true });
export const connectionLine = (page: Page, name = 'Local cluster') =>
  connectionList(page).getByRole('listitem', { name, exact: true });

/** Types into a field of `form` from the keyboard, after Tab took the focus there. */
export async function typeInto(page: Page, form: Locator, label: string, text: string): Promise<void> {
  const field = form.getByLabel(label, { exact: true });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** Presses the Save of `form` from the keyboard, after Tab took the focus there. */
export async function pressSave(page: Page, form: Locator): Promise<void> {
  await tabTo(page, form.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
}

/**
 * Presses the Save of `form` with every connection save held on its way to main, so a test can act while
 * it runs; answers what lets the saves through. Save is clicked where a question open above keeps Tab.
 */
export async function saveHeld(page: Page, form: Locator, by: 'keyboard' | 'mouse' = 'keyboard'): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/settings/connection/save', async (route) => {
    await held;
    await route.continue();
  });
  if (by === 'keyboard') await pressSave(page, form);
  else await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText('Saving, then testing the saved connection…');
  return release;
}

/** Saves the local cluster from the keyboard, as `name`, with an operational pattern that matches nothing. */
export async function saveWithWrongPattern(page: Page, name = 'Local cluster'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const form = newForm(page);
  await typeInto(page, form, 'Name', name);
  await typeInto(page, form, 'URL', local.url);
  await typeInto(page, form, 'User', local.username);
  await typeInto(page, form, 'Password', local.password);
  await typeInto(page, form, 'Operational index pattern', 'no-such-operational-*');
  await typeInto(page, form, 'Client activity index pattern', FIXTURE_INDEX_PATTERNS.activity);
  await pressSave(page, form);
  await expect(form.getByRole('status')).toHaveText(
    new RegExp(`^Saved “${name}” and tested: connected .*index patterns`),
  );
}

/** Edit on the connection's line, from the keyboard: the form holds it and its first field has the focus. */
export async function pressEdit(page: Page, name = 'Local cluster'): Promise<void> {
  await tabTo(page, editButton(page, name), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(editForm(page, name).getByLabel('Name', { exact: true })).toBeFocused();
}

/** Settings opened, with the local cluster saved under each name given. */
export async function openSettingsWithSaved(app: AppDriver, names = ['Local cluster']): Promise<Page> {
  await app.open('/settings');
  for (const name of names) await saveWithWrongPattern(app.page, name);
  return app.page;
}
