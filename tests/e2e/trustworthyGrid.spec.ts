import { expect, test } from './support/appDriver';
import { matches } from './support/grid';
import { openFilters } from './support/navigation';

test('a link with parameters the console cannot use names each, keeps the rest, and shows no rows until chosen', async ({
  app,
  page,
  cluster,
}) => {
  await app.open('/logs?action=delete&size=7&from=garbage&last=5x&sort=foo&colour=red');
  const problems = page.getByRole('alert', { name: 'Link problems' });
  for (const item of ['size=7', 'from=garbage', 'last=5x', 'sort=foo', 'colour=red']) {
    await expect(problems.getByRole('listitem').filter({ hasText: item })).toBeVisible();
  }
  await expect(problems).toContainText('a page holds 10, 25, 50, 100 rows');
  await expect(page.getByTestId('log-grid')).toHaveCount(0);
  await expect(page.getByTestId('match-total')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();

  await problems.getByRole('button', { name: 'Show the logs without these 5 parameters' }).click();
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count([{ term: { action: 'delete' } }])),
  );
  expect(await page.evaluate(() => window.location.hash)).toBe('#/logs?action=delete');
});

test('a reversed range and over-long text are refused next to their controls, and nothing is applied', async ({
  app,
  page,
  cluster,
}) => {
  await app.open('/logs?action=delete');
  const filters = await openFilters(page);
  await filters.getByLabel('Created from').fill('2026-11-02T00:00');
  await filters.getByLabel('Created to').fill('2026-11-01T00:00');
  await filters.getByRole('searchbox', { name: 'Text in description or error' }).fill('x'.repeat(501));
  await filters.getByRole('button', { name: 'Save' }).click();

  await expect(filters.getByRole('group', { name: 'Created' }).getByRole('alert')).toHaveText(
    'The start of the time range is after its end. Swap the two dates so the start comes first, or choose a preset.',
  );
  // Focus goes to the first control at fault, where the keyboard can fix it: of a reversed range, the bound
  // typed last.
  await expect(filters.getByRole('textbox', { name: 'Created to' })).toBeFocused();
  await expect(filters.getByRole('searchbox', { name: 'Text in description or error' })).toHaveAccessibleDescription(
    /^The text is too long: shorten it to at most 500 characters; this one has 501\. Words match whole words/,
  );
  expect(await page.evaluate(() => window.location.hash)).toBe('#/logs?action=delete');
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count([{ term: { action: 'delete' } }])),
  );
});

test('text main refuses is never run: the grid says so once, the text field says why and takes focus', async ({
  app,
  page,
}) => {
  await app.open('/logs?action=delete');
  const filters = await openFilters(page);
  const text = filters.getByRole('searchbox', { name: 'Text in description or error' });
  // A lone short word could read a key's body back a piece at a time: main refuses it, with the way out.
  await text.fill('transfer x');
  await text.press('Enter');
  const why = /^"x" cannot be searched on its own: .* for example "status 404" or "amount USD"\.$/;
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(filters.getByRole('alert')).toHaveText(why);
  // The party pickers count within that query: they point to the field at fault instead of repeating it.
  await expect(
    filters.getByText('No suggestions while the filters cannot be searched; the field at fault says why.'),
  ).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(filters).toBeHidden();
  const banner = page.getByTestId('refused-banner');
  await expect(banner).toContainText('This search was not run: "x" cannot be searched on its own');
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await expect(page.getByTestId('match-total')).toHaveText('Not counted');
  await expect(page.getByText(/^Histogram unavailable/)).toHaveCount(0);
  // No rows under it either: not a page of blank rows still loading.
  const grid = page.getByTestId('log-grid');
  await expect(grid.locator('.ag-overlay-no-rows-center')).toHaveText('No logs to show');
  await expect(grid.locator('.ag-row')).toHaveCount(0);
  await banner.getByRole('button', { name: 'Edit the filters' }).press('Enter');
  await expect(text).toBeFocused();
  await text.fill('"transfer x"');
  await text.press('Enter');
  await expect(filters).toBeHidden();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
});

test('unticking a business model drops its sub models: what the panel no longer shows no longer filters', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const filters = await openFilters(page);
  const models = filters.getByRole('group', { name: 'Business model' });
  const subModels = filters.getByRole('group', { name: 'Sub model' });
  await models.getByRole('checkbox', { name: /^Desks/ }).check();
  await subModels.getByRole('checkbox', { name: /^Teams/ }).check();
  await models.getByRole('checkbox', { name: /^Projects/ }).check();
  await models.getByRole('checkbox', { name: /^Desks/ }).uncheck();
  await expect(subModels.getByRole('checkbox', { name: /^Teams/ })).toHaveCount(0);
  await filters.getByRole('button', { name: 'Save' }).click();

  const chips = page.getByLabel('Active filters');
  await expect(chips.getByRole('button', { name: 'Remove Business model: Projects' })).toBeVisible();
  await expect(chips.getByRole('button', { name: /Sub model/ })).toHaveCount(0);
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count([{ term: { businessModel: 'Projects' } }])),
  );
});

test('text without a word says it is ignored and why; the search box says how it matches', async ({ app, page }) => {
  await app.open(`/logs?q=${encodeURIComponent('%_*(')}`);
  await expect(
    page.getByLabel('Active filters').getByRole('button', { name: /^Remove Text “%_\*\(” ignored/ }),
  ).toHaveText(/it holds no letter or digit, so it searches for nothing and every log matches/);
  await page.getByRole('button', { name: 'Filters' }).click();
  const box = page
    .getByRole('form', { name: 'Filters' })
    .getByRole('searchbox', { name: 'Text in description or error' });
  await expect(box).toHaveAccessibleDescription(/Words match whole words, ignoring case/);
  await box.fill('(*)');
  await expect(page.getByRole('status').filter({ hasText: '“(*)” will be ignored' })).toBeVisible();
});

test('Chinese and Japanese text is searched one character at a time, each on its own', async ({
  app,
  page,
  cluster,
}) => {
  await app.open(`/logs?q=${encodeURIComponent('日本語 wallet')}`);
  const anyField = (word: string) => ({
    bool: { should: [{ term: { 'description.words': word } }, { term: { 'error.words': word } }] },
  });
  await expect(page.getByTestId('match-total')).toHaveText(
    matches(await cluster.count(['日', '本', '語', 'wallet'].map(anyField))),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'This search was not run' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(
    page.getByRole('form', { name: 'Filters' }).getByRole('searchbox', { name: 'Text in description or error' }),
  ).toHaveAccessibleDescription(/Chinese and Japanese text is searched one character at a time/);
});

test('facet counts follow the filters being edited, before Save', async ({ app, page, cluster }) => {
  await app.open();
  const filters = await openFilters(page);
  await filters
    .getByRole('group', { name: 'Action' })
    .getByRole('checkbox', { name: /^delete/ })
    .check();
  const expected = await cluster.count([{ term: { action: 'delete' } }, { term: { status: 'error' } }]);
  const error = filters.getByRole('group', { name: 'Type (status)' }).getByRole('checkbox', { name: 'error' });
  await expect(error).toHaveAccessibleDescription(`${expected.toLocaleString('en-US')} matches`);
});

test.describe('a scoped support lead', () => {
  test.use({ consoleOptions: { name: 'scoped-link', clusterUser: 'ac-support-lead' } });

  test('given a link to a client outside the scope, is told the search was not run and where to fix it', async ({
    app,
    page,
  }) => {
    await app.open('/logs?client=client-of-another-desk');
    const banner = page.getByTestId('refused-banner');
    await expect(banner).toContainText(
      'This search was not run: Outside your scope: client client-of-another-desk. Take it out of the client filter',
    );
    // Not a passing failure with a Retry that could only be refused again, nor a grid of blank rows.
    await expect(page.getByTestId('stale-banner')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(page.getByText(/^Histogram unavailable/)).toHaveCount(0);
    await expect(page.getByTestId('log-grid').locator('.ag-overlay-no-rows-center')).toHaveText('No logs to show');
    // The filters open on the refused client filter, which says why.
    const filters = page.getByRole('form', { name: 'Filters' });
    const client = filters.getByRole('combobox', { name: 'Search client' });
    await expect(client).toHaveAttribute('aria-invalid', 'true');
    await expect(client).toHaveAccessibleDescription(/^Outside your scope: client client-of-another-desk\./);
    await filters.getByRole('button', { name: /client-of-another-desk/ }).click();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
  });
});
