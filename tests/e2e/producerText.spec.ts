import { expect, test } from './support/appDriver';
import { rowOf } from './support/grid';
import { rawHiddenCharacters } from './support/hiddenText';

const RLO = '\u202E';
const PDI = '\u2069';

test('a direction control a producer logged is shown by its name in the grid, the detail and the chips', async ({
  app,
  page,
  cluster,
}) => {
  const newest = await cluster.newestLog([]);
  const base = await cluster.log(newest.id);
  const id = 'e2e-hidden-character-log';
  const created = new Date(Date.parse(newest.created) + 1).toISOString();
  const employee = { id: `emp-${RLO}1`, name: `Ana ${RLO}ateB` };
  const remove = await cluster.plantLog({
    ...base,
    id,
    created,
    description: `Approved ${RLO}tfel${PDI} payout`,
    businessModel: `Deposit${RLO}`,
    employee,
  });
  try {
    await app.open();
    const row = page.locator(rowOf(id)).first();
    await expect(row.locator('[col-id="description"]')).toHaveText('Approved ⟨U+202E⟩tfel⟨U+2069⟩ payout');
    await expect(row.locator('[col-id="employee.name"]')).toHaveText('Ana ⟨U+202E⟩ateB');
    await expect(row.locator('[col-id="businessModel"]')).toHaveText('Deposit⟨U+202E⟩');
    const gridText = await page.getByTestId('log-grid').innerText();
    expect(gridText).not.toContain(RLO);

    await row.locator('[col-id="action"]').click();
    const detail = page.getByTestId('log-detail');
    const subModel = typeof base.subModel === 'string' && base.subModel ? ` / ${base.subModel}` : '';
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      `${String(base.action)} · Deposit⟨U+202E⟩${subModel}`,
    );
    const fields = detail.getByRole('table', { name: 'Fields' });
    await expect(fields.getByRole('row', { name: /^Description/ }).locator('.detail-value')).toHaveText(
      'Approved ⟨U+202E⟩tfel⟨U+2069⟩ payout',
    );
    await fields.getByRole('button', { name: 'Filter for Business model: Deposit⟨U+202E⟩' }).click();
    await expect(page.getByLabel('Active filters').getByRole('button', { name: /Deposit⟨U\+202E⟩/ })).toBeVisible();
    await expect(page.getByTestId('match-total')).toHaveText('1 match');
    await detail.getByRole('button', { name: 'JSON', exact: true }).click();
    await expect(detail.getByText('“Approved ⟨U+202E⟩tfel⟨U+2069⟩ payout”')).toBeVisible();
    expect(await detail.innerText()).not.toContain(RLO);

    // The filter panel's employee field lists the name and id by the same names, and keeps them so once chosen.
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Search employee').fill('Ana');
    const suggestion = filters
      .getByRole('listbox', { name: 'Employee suggestions' })
      .getByRole('option', { name: /^Ana ⟨U\+202E⟩ateB \(emp-⟨U\+202E⟩1\)/ });
    await suggestion.click();
    await expect(filters.getByRole('button', { name: 'Ana ⟨U+202E⟩ateB (emp-⟨U+202E⟩1) ✕' })).toBeVisible();
    await filters.getByLabel('Search employee').fill(`Ana ${RLO}x`);
    await filters.getByLabel('Search employee').press('Enter');
    await expect(filters.getByRole('alert')).toContainText('“Ana ⟨U+202E⟩x”');
    expect(await rawHiddenCharacters(page)).toEqual([]);
  } finally {
    await remove();
  }
});

test('a client id in the address that holds hidden characters is named so in the page heading', async ({
  app,
  page,
}) => {
  // Read raw, U+202E would make the heading that takes the focus on arrival say "Client xevil" reversed.
  await app.open(`/clients/${encodeURIComponent(`${RLO}evil\u200Bx`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client ⟨U+202E⟩evil⟨U+200B⟩x');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await rawHiddenCharacters(page)).toEqual([]);
});

test.describe('as an investigator', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('a client page whose client id holds a hidden character pins its query, named so in the case', async ({
    app,
    page,
    cluster,
  }) => {
    const newest = await cluster.newestLog([]);
    const base = await cluster.log(newest.id);
    const client = { id: `c-${RLO}77`, name: `Ben ${RLO}niarG` };
    const remove = await cluster.plantLog({
      ...base,
      id: 'e2e-hidden-character-client',
      created: new Date(Date.parse(newest.created) + 1).toISOString(),
      client,
    });
    try {
      await app.open('/investigations');
      const form = page.getByRole('form', { name: 'New case' });
      await form.getByRole('textbox', { name: 'Title' }).fill('Hidden ids');
      await form.getByRole('textbox', { name: 'Purpose' }).fill('Ids that read otherwise');
      await form.getByRole('button', { name: 'Create case' }).click();
      const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Hidden ids' });
      await expect(card).toContainText('0 pinned queries, 0 starred events');

      await app.goTo(`/clients/${encodeURIComponent(client.id)}`);
      await page.getByRole('tab', { name: 'Logs' }).click();
      await expect(page.locator(rowOf('e2e-hidden-character-client')).first()).toBeVisible();
      await page.getByRole('button', { name: 'Add to case…' }).click();
      await page
        .getByRole('group', { name: 'Add this query to a case' })
        .getByRole('button', { name: 'Pin query' })
        .click();
      await expect(page.getByText('Added to “Hidden ids”.')).toBeVisible();

      await app.goTo('/investigations');
      await expect(card).toContainText('1 pinned query');
      await card.getByRole('button', { name: 'Show evidence' }).click();
      await expect(card).toContainText('Client c-⟨U+202E⟩77 · Logs');
      expect(await rawHiddenCharacters(page)).toEqual([]);
    } finally {
      await remove();
    }
  });
});
