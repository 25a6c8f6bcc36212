import { join } from 'node:path';
import { datasetPopulation } from '../../src/main/demoData/generateDataset';
import { FileJournal } from '../../src/main/journal/FileJournal';
import { JOURNAL_FILE } from '../../src/main/journal/Journal';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';

const DATASET = { clients: 4, days: 2, seed: 'audit-console-viewers', endDate: '2026-11-30' };
const [client] = datasetPopulation(DATASET).clients;
const LOOKERS = 14;

/** Other workstations' operators looked at the client before: their lines are in this console's journal. */
async function writeLookers(dataDir: string): Promise<void> {
  const journal = new FileJournal(join(dataDir, ...JOURNAL_FILE));
  for (let index = 1; index <= LOOKERS; index += 1) {
    await journal.record({
      at: new Date(Date.UTC(2026, 10, 1, 9, index)).toISOString(),
      kind: 'call',
      operatorId: `looker-${index}`,
      operatorName: `Looker ${index}`,
      role: 'auditor',
      channel: 'logs/search',
      outcome: 'ok',
      clientIds: [client?.id ?? ''],
    });
  }
}

/** Opens the client's Logs tab once the lookers are written, and returns the viewers' folding line and list. */
async function openWithLookers(
  app: AppDriver,
  page: Page,
  dataDir: string,
): Promise<{ summary: Locator; list: Locator }> {
  await writeLookers(dataDir);
  await app.open(`/clients/${client?.id}/logs`);
  const viewers = page.getByRole('region', { name: 'Who looked at this client' });
  return {
    summary: viewers.locator('summary'),
    list: viewers.getByRole('list', { name: 'Operators who looked at this client' }),
  };
}

test.describe('who looked at a client, with more operators than its box shows, for an auditor', () => {
  test.use({
    viewport: { width: 1440, height: 900 },
    consoleOptions: { name: 'e2e-client-viewers', source: 'demo', role: 'auditor', demoDataset: DATASET },
  });

  test('the list takes a Tab stop, says it scrolls, and the arrows reach its last operator', async ({
    app,
    page,
    fixtureConsole,
  }) => {
    const { summary, list } = await openWithLookers(app, page, fixtureConsole.dataDir);
    // The lookers, and the operator of this console once its own look at the page is written.
    await expect(summary).toContainText(new RegExp(`^(${LOOKERS}|${LOOKERS + 1}) operators`));
    await expect(summary).toContainText('(the list scrolls)');
    await summary.focus();
    await page.keyboard.press('Tab');
    await expect(list).toBeFocused();
    await expect(list).toHaveAccessibleDescription('(the list scrolls)');
    const lookers = list.getByRole('listitem');
    expect(await lookers.count()).toBeGreaterThanOrEqual(LOOKERS);
    await expect(lookers.last()).not.toBeInViewport();
    for (let step = 0; step < 3 * LOOKERS; step += 1) await page.keyboard.press('ArrowDown');
    await expect(lookers.last()).toBeInViewport({ ratio: 0.95 });
    await expect(list).toBeFocused();
  });
});

test.describe('who looked at a client, folded in a short window, with more operators than its box shows', () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    consoleOptions: { name: 'e2e-client-viewers-folded', source: 'demo', role: 'auditor', demoDataset: DATASET },
  });

  test('the folded line counts them without speaking of scrolling; opened, the list says it scrolls', async ({
    app,
    page,
    fixtureConsole,
  }) => {
    const { summary, list } = await openWithLookers(app, page, fixtureConsole.dataDir);
    await expect(summary).toHaveText(new RegExp(`^(${LOOKERS}|${LOOKERS + 1}) operators, [\\d,]+ looks$`));
    await expect(list).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await expect(summary).toContainText('(the list scrolls)');
    await page.keyboard.press('Tab');
    await expect(list).toBeFocused();
  });
});
