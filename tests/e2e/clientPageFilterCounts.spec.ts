import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

/** The number a grid's total or a count shows: "811 matches" → 811, "UI 5,770" → 5770. */
function lastNumber(text: string): number {
  const found = /([\d,]+)(?:\s+match(?:es)?)?\s*$/.exec(text.trim());
  if (!found?.[1]) throw new Error(`No count in “${text}”`);
  return Number(found[1].replaceAll(',', ''));
}

/** The tab's match total, once it shows one. */
async function matchTotal(page: Page): Promise<number> {
  const total = page.getByTestId('match-total');
  await expect(total).toHaveText(/^[\d,]+ match(es)?$/, { timeout: 30_000 });
  return lastNumber((await total.textContent()) ?? '');
}

/** The counts a group of the filter panel shows beside its options, once each option has one. */
async function groupCounts(group: Locator): Promise<number[]> {
  const options = group.getByRole('checkbox');
  await expect(options.first()).toBeVisible({ timeout: 30_000 });
  // Each option is described by its count once the counts are read ("1,234 matches"), as a screen reader hears it.
  const descriptions = () =>
    options.evaluateAll((boxes) =>
      boxes.map((box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? ''),
    );
  await expect
    .poll(async () => (await descriptions()).every((text) => /^[\d,]+ match(es)?$/.test(text)), { timeout: 30_000 })
    .toBe(true);
  return (await descriptions()).map(lastNumber);
}

test.describe('a client tab’s filter panel counts this client’s records only', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('the Logs tab’s counts sum to its matches, and the employees it suggests are counted within the client', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await openBusyClient(app, cluster, 'logs');
    const total = await matchTotal(page);
    expect(total).toBe(await cluster.count([{ term: { 'client.id': client.id } }]));

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const sources = await groupCounts(filters.getByRole('group', { name: 'Source', exact: true }));
    expect(sources.reduce((sum, count) => sum + count, 0)).toBe(total);

    // Each employee suggested is counted among this client's logs.
    const suggested = filters.getByRole('listbox', { name: 'Employee suggestions' }).getByRole('option').first();
    await expect(suggested).toBeVisible({ timeout: 30_000 });
    const text = (await suggested.textContent()) ?? '';
    const employee = /\(([^)]+)\)/.exec(text)?.[1] ?? '';
    const within = await cluster.count([{ term: { 'client.id': client.id } }, { term: { 'employee.id': employee } }]);
    expect(within).toBeGreaterThan(0);
    expect(lastNumber(text)).toBe(within);
  });

  test('the Events tab’s counts sum to its matches', async ({ app, page, cluster }) => {
    const client = await openBusyClient(app, cluster, 'events');
    const total = await matchTotal(page);
    expect(total).toBe(client.events);

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const apps = await groupCounts(filters.getByRole('group', { name: 'Source app', exact: true }));
    expect(apps.reduce((sum, count) => sum + count, 0)).toBe(total);
  });
});
