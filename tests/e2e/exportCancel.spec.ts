import { readdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readLocalConnection } from '../../scripts/elasticsearch/connection';
import { expect, test as base } from './support/appDriver';
import { SwitchableProxy } from '../integration/support/switchableProxy';

/** The console reaches the fixture through a relay the test can silence mid-export. */
const test = base.extend<{ relay: SwitchableProxy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
  relay: async ({}, use) => {
    const local = readLocalConnection();
    if (!local) throw new Error('No local cluster recorded: the e2e global setup should have started one');
    const proxy = new SwitchableProxy(Number(new URL(local.url).port));
    await use(proxy);
    await proxy.close();
  },
  consoleOptions: async ({ relay }, use) => {
    await use({ name: 'e2e-export-cancel', clusterUrl: await relay.listen(), role: 'investigator' });
  },
});

/**
 * Opens Export…, fills it in (in `format` when given, else the format it opens on) and starts it with the
 * cluster silent: the export waits on the cluster for as long as the test needs.
 */
async function startHeldUpExport(
  page: Page,
  relay: SwitchableProxy,
  { folder, purpose, format }: { folder: string; purpose: string; format?: RegExp },
): Promise<{ dialog: Locator; progress: Locator }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
  await expect(dialog.getByTestId('export-row-count')).toContainText('rows will be exported.');
  if (format) await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill(purpose);
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  relay.set('silent');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  return { dialog, progress: dialog.getByRole('region', { name: 'Export progress' }) };
}

test('an export held up by the cluster can be cancelled, and leaves nothing in the folder', async ({
  app,
  page,
  relay,
  folder,
}) => {
  await app.open();
  const { dialog, progress } = await startHeldUpExport(page, relay, {
    folder,
    purpose: 'Ticket INC-9: cancelled on purpose',
    format: /^Investigation bundle/,
  });
  // Its progress still shown until cancelled.
  await expect(progress.getByRole('progressbar', { name: 'Rows exported' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel export' }).click();

  await expect(dialog.getByTestId('export-result')).toHaveText(
    /^Export cancelled after [\d,]+( of [\d,]+)? rows; nothing was kept\.$/,
  );
  expect(await readdir(folder)).toEqual([]);
});

test('Escape while an export runs keeps it running and says how to stop it; once it has ended, Escape closes', async ({
  app,
  page,
  relay,
  folder,
}) => {
  await app.open();
  const { dialog, progress } = await startHeldUpExport(page, relay, {
    folder,
    purpose: 'Ticket INC-9: held up on purpose',
  });
  const cancelExport = progress.getByRole('button', { name: 'Cancel export' });
  await expect(cancelExport).toBeFocused();
  // The focus left on the dialog itself: Escape brings it back to Cancel export.
  await dialog.getByRole('heading', { name: 'Export', exact: true }).click();
  await expect(cancelExport).not.toBeFocused();
  const stillRunning = 'The export is still running: choose Cancel export to stop it, or wait until it ends.';
  for (let press = 0; press < 2; press += 1) {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await expect(progress.getByRole('status').filter({ hasText: 'still running' })).toHaveText(stillRunning);
    await expect(cancelExport).toBeFocused();
  }
  await expect(progress.getByRole('progressbar', { name: 'Rows exported' })).toBeVisible();
  await expect(dialog.getByTestId('export-result')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('export-result')).toHaveText(
    /^Export cancelled after [\d,]+( of [\d,]+)? rows; nothing was kept\.$/,
  );
  await expect(dialog.getByText(stillRunning)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
});
