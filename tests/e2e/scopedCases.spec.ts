import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

const DATASET = { clients: 8, days: 3, seed: 'audit-console-scoped', endDate: '2026-11-30' };
const [own] = datasetPopulation(DATASET).clients;

/** Opens the client's first session, where its events and the session itself may be added to a case. */
async function openFirstSession(page: Page): Promise<Locator> {
  const sessions = page.getByRole('table', { name: 'Sessions' });
  await sessions
    .getByRole('button', { name: /^Show events of the / })
    .first()
    .press('Enter');
  const events = sessions.getByRole('list', { name: /^Events of the / });
  await expect(events.getByRole('listitem').first()).toBeVisible();
  return sessions;
}

const consoleOptions = { name: 'e2e-scoped-cases', source: 'demo', role: 'riskOfficer', demoDataset: DATASET } as const;

test.describe('a risk officer for every client', () => {
  test.use({ consoleOptions });

  test('is offered to add a session to a case and to create one', async ({ app, page }) => {
    await app.open(`/clients/${own?.id}/sessions`);
    const sessions = await openFirstSession(page);
    await expect(sessions.getByRole('button', { name: /^Add to case…/ })).toBeVisible();
    await expect(sessions.getByRole('button', { name: /^Star in case…/ }).first()).toBeVisible();
    await app.goTo('/investigations');
    await expect(page.getByRole('button', { name: 'Create case' })).toBeVisible();
  });
});

test.describe('a risk officer scoped to one client', () => {
  test.use({ consoleOptions: { ...consoleOptions, scope: [own?.id ?? ''] } });

  test('is offered no case, which may name any client, and is told why', async ({ app, page }) => {
    await app.open(`/clients/${own?.id}/sessions`);
    await openFirstSession(page);
    await expect(page.getByRole('button', { name: /^Add to case…|^Star in case…/ })).toHaveCount(0);

    await app.goTo('/investigations');
    await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'cases may name any client' })).toHaveText(
      "This workstation's cases may name any client in their titles, notes, stars and pinned queries, so an operator scoped to some clients does not open them; ask a console admin to widen your scope.",
    );
    await expect(page.getByRole('button', { name: 'Create case' })).toHaveCount(0);
    expect(await app.fatal()).toBeUndefined();
  });
});
