import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import { expect, test } from './support/appDriver';

const DATASET = { clients: 8, days: 3, seed: 'audit-console-scoped', endDate: '2026-11-30' };
const [own, other] = datasetPopulation(DATASET).clients;

test.describe('an auditor scoped to one client', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-scoped-journal',
      source: 'demo',
      role: 'auditor',
      demoDataset: DATASET,
      scope: [own?.id ?? ''],
    },
  });

  test('is not offered the journal, which names every client, and is told who looked at their own client', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await expect(sections.getByRole('link', { name: 'Risk' })).toBeVisible();
    await expect(sections.getByRole('link', { name: 'Journal' })).toHaveCount(0);

    await app.goTo('/journal');
    await expect(page.getByRole('note')).toHaveText(
      'The journal records what every operator did with every client, so an operator scoped to some clients does not read it; ask a console admin to read it for you.',
    );
    await expect(page.getByRole('table', { name: 'Journal lines' })).toHaveCount(0);

    // Their own client's page says who looked at it, without a way into the whole journal.
    await app.goTo(`/clients/${own?.id}`);
    const viewers = page.getByRole('region', { name: 'Who looked at this client' });
    await expect(viewers).toContainText('E2E Auditor');
    await expect(viewers.getByRole('link', { name: 'Every journal line about this client' })).toHaveCount(0);

    // Another client's page is refused with the way out a page has.
    await app.goTo(`/clients/${other?.id}`);
    await expect(page.getByText(`Outside your scope: client ${other?.id}.`)).toHaveText(
      `Outside your scope: client ${other?.id}. Open one of your own clients, or ask a console admin to add it to your scope.`,
    );
    expect(await app.fatal()).toBeUndefined();
  });
});
