import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

const cases = (page: Page) => page.getByRole('list', { name: 'Cases' });
const card = (page: Page, title: string) => cases(page).getByRole('listitem', { name: title });

async function createCase(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Purpose' }).fill(`Withdrawals of ${title} after a password reset`);
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  await expect(card(page, title).getByRole('heading', { name: title })).toBeFocused();
}

/** Overwrites the file of the case titled `title` in the console's data folder with half of its text. */
async function damageCaseFile(dataDir: string, title: string): Promise<void> {
  const folder = join(dataDir, 'cases');
  for (const name of await readdir(folder)) {
    const text = await readFile(join(folder, name), 'utf8');
    if (text.includes(`"title": "${title}"`)) return writeFile(join(folder, name), text.slice(0, text.length / 2));
  }
  throw new Error(`No case file titled ${title}`);
}

const keptAside = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /^A damaged case file could not be read \(it is not valid JSON\)/ });

test.describe('a case file damaged while the Investigations page shows it', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('is set aside and named there as soon as the card is used, the focus going on; the notice stays', async ({
    app,
    page,
    fixtureConsole,
  }) => {
    await app.open('/investigations');
    await createCase(page, 'Alpha');
    await createCase(page, 'Beta');
    await damageCaseFile(fixtureConsole.dataDir, 'Beta');

    // Deleting it: the card goes as a deleted one does, and the page names where the file was kept.
    await card(page, 'Beta').getByRole('button', { name: 'Delete…' }).press('Enter');
    await page
      .getByRole('alertdialog', { name: 'Delete “Beta”?' })
      .getByRole('button', { name: 'Delete case' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(keptAside(page)).toHaveCount(1);
    await expect(keptAside(page)).toContainText(
      /as cases\/[0-9a-f-]{36}\.damaged-.*\.json in the console’s data folder/,
    );
    await expect(card(page, 'Beta')).toHaveCount(0);
    await expect(card(page, 'Alpha').getByRole('heading', { name: 'Alpha' })).toBeFocused();
    await expect(page.getByText(/Open Investigations/)).toHaveCount(0);

    // Opening one to see its evidence: the same, and the list's heading takes the focus when none is left.
    await damageCaseFile(fixtureConsole.dataDir, 'Alpha');
    await card(page, 'Alpha').getByRole('button', { name: 'Show evidence' }).press('Enter');
    await expect(keptAside(page)).toHaveCount(2);
    await expect(cases(page).getByRole('listitem')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Cases' })).toBeFocused();

    // Both stay named when the page is read again, until the operator repairs or removes them.
    await app.reload();
    await app.goTo('/investigations');
    await expect(keptAside(page)).toHaveCount(2);
  });
});
