import { readdir } from 'node:fs/promises';
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

test('an export held up by the cluster can be cancelled, and leaves nothing in the folder', async ({
  app,
  page,
  relay,
  folder,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export-row-count')).toContainText('rows will be exported.');
  await dialog.getByRole('radio', { name: /^Investigation bundle/ }).check();
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Ticket INC-9: cancelled on purpose');
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);

  // The cluster stops answering: the export waits on it, its progress still shown, until cancelled.
  relay.set('silent');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const progress = dialog.getByRole('region', { name: 'Export progress' });
  await expect(progress.getByRole('progressbar', { name: 'Rows exported' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel export' }).click();

  await expect(dialog.getByTestId('export-result')).toHaveText(/^Not exported: .*cancel/i);
  expect(await readdir(folder)).toEqual([]);
});
