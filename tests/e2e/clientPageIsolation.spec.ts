import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import { expect, test } from './support/appDriver';

const DATASET = { clients: 4, days: 2, seed: 'audit-console-isolation', endDate: '2026-11-30' };
const [client] = datasetPopulation(DATASET).clients;
/** Right-to-left words: not isolated, they would carry the closing quote and what follows out of place. */
const HEBREW = 'שלום עולם';

test.describe('text from a link or the search field, quoted on the client pages', () => {
  test.use({ consoleOptions: { name: 'e2e-client-isolation', source: 'demo', role: 'auditor', demoDataset: DATASET } });

  test('is isolated from the sentence around it', async ({ app, page }) => {
    // The address writes the view percent-encoded, and the page quotes it as written.
    const written = encodeURIComponent(HEBREW);
    await app.open(`/clients/${client?.id}/${written}`);
    const noView = page.getByRole('alert').filter({ hasText: 'This client page has no view' });
    await expect(noView).toContainText(`This client page has no view “${written}”; showing the`);
    await expect(noView.locator('bdi')).toHaveText(written);

    await app.goTo('/clients');
    await page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' }).fill(HEBREW);
    const hint = page.locator('#client-search-hint');
    await expect(hint).toHaveText(`No client in your scope matches “${HEBREW}”.`);
    await expect(hint.locator('bdi')).toHaveText(HEBREW);
  });
});
