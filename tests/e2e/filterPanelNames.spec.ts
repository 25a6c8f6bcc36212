import { expect, test } from './support/appDriver';
import { matches } from './support/grid';
import { openFilters } from './support/navigation';

test('a filter option is named by its value alone, its count read as its description', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const filters = await openFilters(page);
  const settings = filters
    .getByRole('group', { name: 'Business model' })
    .getByRole('checkbox', { name: 'Settings', exact: true });
  const count = await cluster.count([{ term: { businessModel: 'Settings' } }]);
  expect(count).toBeGreaterThan(1);
  await expect(settings).toHaveAccessibleDescription(matches(count), { timeout: 30_000 });
  // The count still shows beside the value.
  await expect(filters.getByRole('group', { name: 'Business model' })).toContainText(
    `Settings${count.toLocaleString('en-US')}`,
  );
  await settings.check();
  await filters.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('match-total')).toHaveText(matches(count));
});

test('a party field says text too long names it, and keeps its hint, as its description', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Client', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  const search = filters.getByRole('combobox', { name: 'Search client' });
  await search.fill('x'.repeat(140));
  const sentence =
    'Text in the client field is too long: shorten it to at most 100 characters; this one has 140. Type only the start of a client’s name or id.';
  await expect(filters.getByRole('group', { name: 'Client' }).getByRole('alert')).toHaveText(sentence);
  await expect(search).toHaveAccessibleDescription(
    `${sentence} Type the start of a name or id of the client, then pick one from the list.`,
  );
  await search.fill('x');
  await expect(search).toHaveAccessibleDescription(
    'Type the start of a name or id of the client, then pick one from the list.',
  );
});
