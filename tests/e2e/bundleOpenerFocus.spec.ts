import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { WALK_VIEWPORTS } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';

// Closing a bundle gives the keyboard back to the control that opened it, when the page still shows it.

test.use({
  consoleOptions: {
    name: 'e2e-bundle-opener',
    source: 'demo',
    role: 'investigator',
    demoDataset: { clients: 5, days: 2 },
  },
});

const banner = (page: Page) => page.getByRole('region', { name: 'Reopened bundle' });

/** Back to the Investigations page by its link in the section bar, then Close bundle, by keyboard. */
async function closeOnInvestigations(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Investigations' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
  await banner(page).getByRole('button', { name: 'Close bundle' }).press('Enter');
  await expect(banner(page)).toBeHidden();
}

test('a bundle opened by its path gives the focus back to the path when closed', async ({
  app,
  page,
  fixtureConsole,
  folder,
}) => {
  const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
  await app.open('/investigations');
  for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    const form = page.getByRole('form', { name: 'Open a bundle' });
    const pathField = form.getByRole('textbox', { name: 'Bundle file path' });
    await pathField.fill(path);
    // Tab from the path to Verify and open, Enter: the form the bundle was opened with, not the file field.
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Verify and open' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(banner(page)).toContainText('Read-only bundle evidence.acbundle');

    await closeOnInvestigations(page);
    // The form comes back empty, its button waiting for a path: the path takes the focus, in view and ringed.
    await expect(pathField).toBeFocused();
    await expect(pathField).toBeInViewport({ ratio: 1 });
    expect(await pathField.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`closed-by-path-${width}-${colorScheme}.png`) });
  }
});

test('a bundle uploaded from the file field gives the focus back to the file field when closed', async ({
  app,
  page,
  fixtureConsole,
  folder,
}) => {
  const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
  await app.open('/investigations');
  const fileField = page
    .getByRole('region', { name: 'Open a bundle' })
    .getByLabel('Open a bundle file from this computer');
  await fileField.setInputFiles(path);
  await expect(banner(page)).toContainText('Read-only bundle evidence.acbundle');
  await closeOnInvestigations(page);
  await expect(fileField).toBeFocused();
});

test('Verify and open, pressed with no path, stays reachable, says what to give and puts the focus in the path', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'Open a bundle' });
  const pathField = form.getByRole('textbox', { name: 'Bundle file path' });
  const verify = form.getByRole('button', { name: 'Verify and open' });
  const said = page.getByRole('region', { name: 'Open a bundle' }).getByRole('alert');
  // Spaces only are no path either.
  await pathField.fill('   ');
  await page.keyboard.press('Tab');
  await expect(verify).toBeFocused();
  await expect(verify).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(said).toHaveText(
    'Give the bundle’s path first: type or paste where its .acbundle file is, then press Verify and open.',
  );
  await expect(pathField).toBeFocused();
  await expect(pathField).toHaveAttribute('aria-invalid', 'true');
  await expect(pathField).toHaveAccessibleDescription(/Give the bundle’s path first/);
  await page.screenshot({ path: test.info().outputPath('no-path.png') });
  // Typing a path takes the sentence away and makes the button ready.
  await pathField.fill('/tmp/evidence.acbundle');
  await expect(said).toBeHidden();
  await expect(verify).not.toHaveAttribute('aria-disabled', 'true');
});

test('while a bundle opened by its path is verified, the line saying so takes the focus from the disabled button', async ({
  app,
  page,
  fixtureConsole,
  folder,
}) => {
  const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
  await app.open('/investigations');
  // Every element the focus lands on, however short the verification.
  await page.evaluate(() => {
    const trail: string[] = [];
    Object.assign(window, { focusTrail: trail });
    document.addEventListener('focusin', (event) => trail.push((event.target as HTMLElement).textContent ?? ''));
  });
  const form = page.getByRole('form', { name: 'Open a bundle' });
  await form.getByRole('textbox', { name: 'Bundle file path' }).fill(path);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toContainText('Read-only bundle evidence.acbundle');
  const trail = await page.evaluate(() => (window as unknown as { focusTrail: string[] }).focusTrail);
  expect(trail).toContain(`Verifying ${path}: signature, manifest and every record…`);
});
