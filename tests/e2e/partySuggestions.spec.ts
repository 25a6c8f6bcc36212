import type { Page } from '@playwright/test';
import type { estypes } from '@elastic/elasticsearch';
import { expect, test } from './support/appDriver';
import type { FixtureCluster } from './support/fixtureCluster';
import { openFilters } from './support/navigation';

interface Shown {
  name: string;
  id: string;
  count: number;
}

/** The suggestions a party field lists once they answer for `typed`: name, id and count of each. */
async function suggestionsFor(page: Page, label: 'Client' | 'Employee', typed: string): Promise<Shown[]> {
  const filters = page.getByRole('form', { name: 'Filters' });
  const search = filters.getByLabel(`Search ${label.toLowerCase()}`);
  if ((await search.inputValue()) !== typed) await search.fill(typed);
  const options = filters.getByRole('listbox', { name: `${label} suggestions` }).getByRole('option');
  const word = typed.toLowerCase();
  // The list answers the typed text once every name in it has a word starting with it.
  await expect
    .poll(async () => {
      const texts = await options.allTextContents();
      return (
        texts.length > 0 && texts.every((text) => ` ${text.toLowerCase().replace(/\(/g, ' ')}`.includes(` ${word}`))
      );
    })
    .toBe(true);
  return (await options.allTextContents()).map((text) => {
    const [, name = '', id = '', count = ''] = /^\s*(.+?) \((.+?)\)\s*([\d,]+)\s*$/.exec(text) ?? [];
    return { name, id, count: Number(count.replace(/,/g, '')) };
  });
}

/**
 * Waits until the suggestions listed for `typed` are the answer to the query on screen (a list still
 * showing an earlier answer differs), then checks each count against the cluster's own count.
 */
async function expectCountsMatchCluster(
  page: Page,
  cluster: FixtureCluster,
  label: 'Client' | 'Employee',
  typed: string,
  others: estypes.QueryDslQueryContainer[],
): Promise<Shown[]> {
  const field = label.toLowerCase();
  const counted = new Map<string, number>();
  const truth = async (id: string) => {
    const known = counted.get(id);
    if (known !== undefined) return known;
    const count = await cluster.count([...others, { term: { [`${field}.id`]: id } }]);
    counted.set(id, count);
    return count;
  };
  let shown: Shown[] = [];
  await expect
    .poll(async () => {
      shown = await suggestionsFor(page, label, typed);
      const wrong = [];
      for (const party of shown) {
        const count = await truth(party.id);
        if (count !== party.count)
          wrong.push(`${party.name} (${party.id}) shows ${party.count}, the cluster has ${count}`);
      }
      return wrong;
    })
    .toEqual([]);
  expect(shown.length).toBeGreaterThan(0);
  return shown;
}

test('client and employee suggestions count within every other filter and the time range', async ({
  app,
  page,
  cluster,
}) => {
  const newest = await cluster.newestLog([]);
  const to = new Date(Date.parse(newest.created) - 2 * 86_400_000).toISOString();
  const from = new Date(Date.parse(newest.created) - 12 * 86_400_000).toISOString();
  const range = { range: { created: { gte: from, lte: to } } };
  await app.open();
  await app.goTo(`/logs?action=update&from=${from}&to=${to}`);
  await expect(page.getByTestId('match-total')).toHaveText(/matches$/);
  await openFilters(page);
  const clients = await expectCountsMatchCluster(page, cluster, 'Client', 'Romano', [
    { term: { action: 'update' } },
    range,
  ]);
  // A client chosen narrows the employees' counts too, and their own filter does not narrow them.
  await expectCountsMatchCluster(page, cluster, 'Employee', 'Müller', [{ term: { action: 'update' } }, range]);
  const client = clients[0];
  if (!client) throw new Error('No client suggested');
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByLabel('Search client').fill(client.id);
  await filters
    .getByRole('listbox', { name: 'Client suggestions' })
    .getByRole('option', { name: new RegExp(client.id) })
    .click();
  await filters.getByLabel('Search employee').fill('');
  await expectCountsMatchCluster(page, cluster, 'Employee', 'a', [
    { term: { action: 'update' } },
    range,
    { term: { 'client.id': client.id } },
  ]);
});

test('type-ahead matches any word of a name, and people of the same name stay apart on chips', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const filters = await openFilters(page);
  const kumars = await expectCountsMatchCluster(page, cluster, 'Client', 'Kumar', []);
  expect(kumars.map((party) => party.name)).toEqual(expect.arrayContaining(['Liam Kumar', 'Emma Kumar']));

  // Two clients are both called Isabel Romano: each suggestion and each chip names its id.
  const namesakes = (await suggestionsFor(page, 'Client', 'Isabel Romano')).filter(
    (party) => party.name === 'Isabel Romano',
  );
  expect(new Set(namesakes.map((party) => party.id)).size).toBe(2);
  const list = filters.getByRole('listbox', { name: 'Client suggestions' });
  for (const party of namesakes) {
    await list.getByRole('option', { name: new RegExp(party.id) }).click();
    await filters.getByLabel('Search client').fill('Isabel Romano');
  }
  for (const party of namesakes) {
    await expect(filters.getByRole('button', { name: `Isabel Romano (${party.id}) ✕` })).toBeVisible();
  }
  // The text typed again names only clients already chosen, once its suggestions are in: Save then asks
  // for nothing more. While they are still being looked up (again, once the counts follow the chips), Save
  // says so and applies nothing; pressed again once they are in, it applies the chips.
  const active = page.getByLabel('Active filters');
  await expect(async () => {
    await expect(list).toHaveAttribute('aria-busy', 'false');
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(filters).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
  for (const party of namesakes) await expect(active.getByText(`Isabel Romano (${party.id})`)).toBeVisible();
  const both = namesakes.map((party) => party.id);
  await expect(page.getByTestId('match-total')).toHaveText(
    `${(await cluster.count([{ terms: { 'client.id': both } }])).toLocaleString('en-US')} matches`,
  );
});

test('a name typed and not picked is applied on Save when it names one party, else the field says so', async ({
  app,
  page,
}) => {
  await app.open();
  const filters = await openFilters(page);
  const search = filters.getByLabel('Search client');
  await suggestionsFor(page, 'Client', 'Kumar');
  await filters.getByRole('button', { name: 'Save' }).click();
  // Several clients answer to it: nothing is applied, the text stays, and the field says what to do.
  await expect(
    filters.getByRole('alert').filter({ hasText: '“Kumar” matches more than one client: pick one' }),
  ).toBeVisible();
  await expect(search).toHaveValue('Kumar');
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => window.location.hash)).not.toMatch(/client=/);

  await search.fill('qqqqzz');
  await expect(filters.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option')).toHaveCount(0);
  await filters.getByRole('button', { name: 'Save' }).click();
  await expect(filters.getByRole('alert').filter({ hasText: 'No client matches “qqqqzz”' })).toBeVisible();
  await expect(search).toHaveValue('qqqqzz');

  const [liam] = (await suggestionsFor(page, 'Client', 'Liam Kumar')).filter((party) => party.name === 'Liam Kumar');
  if (!liam) throw new Error('Liam Kumar is not suggested');
  await search.fill(liam.id);
  await expect(
    filters.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option', { name: new RegExp(liam.id) }),
  ).toBeVisible();
  await filters.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Active filters').getByText(/Client: Liam Kumar/)).toBeVisible();
  expect(await page.evaluate(() => window.location.hash)).toContain(`client=${liam.id}`);
});

test('the keyboard picks a suggestion: arrows move among them, Enter picks the one moved to', async ({ app, page }) => {
  await app.open();
  const filters = await openFilters(page);
  const search = filters.getByLabel('Search client');
  const shown = await suggestionsFor(page, 'Client', 'Kumar');
  const second = shown[1];
  if (!second) throw new Error('Fewer than two clients answer to Kumar');
  await search.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const list = filters.getByRole('listbox', { name: 'Client suggestions' });
  const moved = list.getByRole('option', { name: new RegExp(second.id) });
  await expect(search).toHaveAttribute('aria-activedescendant', (await moved.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(filters.getByRole('button', { name: `${second.name} (${second.id}) ✕` })).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  // Listed again, the client picked reads as chosen.
  await suggestionsFor(page, 'Client', 'Kumar');
  await expect(list.getByRole('option', { name: new RegExp(second.id) })).toHaveAttribute('aria-selected', 'true');
});
