import { expect, test } from './support/appDriver';
import { expectMarkedInvalid } from './support/invalidField';

const OUTSIDE =
  'Outside your scope: client client-of-another-desk. Take it out of the client filter, or ask a console admin to add it to your scope.';

test.describe('a scoped support lead given a client outside the scope', () => {
  test.use({ consoleOptions: { name: 'scoped-link', clusterUser: 'ac-support-lead' } });

  test('the client field says why, under itself, as the suggestions promise', async ({ app, page }) => {
    await app.open('/logs?client=client-of-another-desk');
    const filters = page.getByRole('form', { name: 'Filters' });
    const clientGroup = filters.getByRole('group', { name: 'Client' });
    const client = clientGroup.getByRole('combobox', { name: 'Search client' });
    await expectMarkedInvalid(client);
    await expect(client).toHaveAccessibleDescription(OUTSIDE);
    // Said at the field, once: not only in a sentence at the foot of the panel.
    await expect(clientGroup.getByRole('alert')).toHaveText(OUTSIDE);
    await expect(filters.getByText(OUTSIDE)).toHaveCount(1);
    await expect(clientGroup.getByText(/^No suggestions while the filters cannot be searched/)).toHaveText(
      'No suggestions while the filters cannot be searched; fix this field first.',
    );
    // The employee field points at the field at fault, which does say why.
    await expect(
      filters
        .getByRole('group', { name: 'Employee' })
        .getByText(/^No suggestions while the filters cannot be searched/),
    ).toHaveText('No suggestions while the filters cannot be searched; the field at fault says why.');
    expect(await app.fatal()).toBeUndefined();
  });

  test('with the filters already open, the address naming such a client marks the client field', async ({
    app,
    page,
  }) => {
    await app.open('/logs');
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const text = filters.getByRole('searchbox', { name: 'Text in description or error' });
    await text.fill('timeout');
    await app.goTo('/logs?client=client-of-another-desk');
    await expect(page.getByTestId('refused-banner')).toContainText(OUTSIDE);
    const client = filters.getByRole('combobox', { name: 'Search client' });
    await expectMarkedInvalid(client);
    await expect(client).toHaveAccessibleDescription(OUTSIDE);
    await expect(filters.getByRole('group', { name: 'Client' }).getByRole('alert')).toHaveText(OUTSIDE);
    await expect(text).toHaveValue('timeout');
    // Mended, the field says nothing more.
    await filters.getByRole('button', { name: 'client-of-another-desk ✕' }).click();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('refused-banner')).toHaveCount(0);
    await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ match/);
    expect(await app.fatal()).toBeUndefined();
  });

  test('opened by the link and then edited, the filters stay open with the edits as the address moves on', async ({
    app,
    page,
  }) => {
    await app.open('/logs?client=client-of-another-desk');
    const filters = page.getByRole('form', { name: 'Filters' });
    const text = filters.getByRole('searchbox', { name: 'Text in description or error' });
    const action = filters.getByRole('group', { name: 'Action' });
    await text.fill('timeout');
    await action.getByRole('checkbox', { name: /^get/ }).check();

    // Another address, one main does not refuse: the panel stays, with the operator's edits and the new client.
    await app.goTo('/logs?action=delete');
    await expect(page.getByTestId('refused-banner')).toHaveCount(0);
    await expect(filters).toBeVisible();
    await expect(text).toHaveValue('timeout');
    await expect(action.getByRole('checkbox', { name: /^get/ })).not.toBeChecked();
    await expect(action.getByRole('checkbox', { name: /^delete/ })).toBeChecked();
    await expect(filters.getByRole('button', { name: 'client-of-another-desk ✕' })).toHaveCount(0);
    await expect(filters.getByRole('status').filter({ hasText: /^The address changed/ })).toHaveText(
      'The address changed Action, so your unsaved change to it was replaced. Your other unsaved changes are kept.',
    );

    // Back, to the link: still open, the text kept, the client field at fault again.
    await page.goBack();
    await expect(page.getByTestId('refused-banner')).toContainText(OUTSIDE);
    await expect(text).toHaveValue('timeout');
    await expectMarkedInvalid(filters.getByRole('combobox', { name: 'Search client' }));
    expect(await app.fatal()).toBeUndefined();
  });
});

test('unsaved edits in the open filters survive an address change that leaves them alone', async ({ app, page }) => {
  await app.open('/logs?action=delete&action=get');
  await page.getByRole('button', { name: 'Filters' }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  const action = filters.getByRole('group', { name: 'Action' });
  const status = filters.getByRole('group', { name: 'Type (status)' });
  const text = filters.getByRole('searchbox', { name: 'Text in description or error' });
  await expect(action.getByRole('checkbox', { name: /^get/ })).toBeChecked();
  // Edits not saved: a text, a status ticked.
  await text.fill('timeout');
  await status.getByRole('checkbox', { name: /^error/ }).check();

  // A chip removed outside the panel: the panel shows the action the address now holds, and keeps the rest.
  await page.getByLabel('Active filters').getByRole('button', { name: 'Remove Action: get' }).click();
  await page.waitForFunction(() => !window.location.hash.includes('action=get'));
  await expect(filters).toBeVisible();
  await expect(action.getByRole('checkbox', { name: /^get/ })).not.toBeChecked();
  await expect(action.getByRole('checkbox', { name: /^delete/ })).toBeChecked();
  await expect(text).toHaveValue('timeout');
  await expect(status.getByRole('checkbox', { name: /^error/ })).toBeChecked();
  // Nothing of the operator's was replaced, so nothing is said.
  await expect(filters.getByText(/^The address changed/)).toHaveCount(0);

  // Back, with an unsaved edit of the very filter it changes: that edit gives way, and the panel says so.
  await action.getByRole('checkbox', { name: /^create/ }).check();
  await page.goBack();
  await page.waitForFunction(() => window.location.hash.includes('action=get'));
  await expect(action.getByRole('checkbox', { name: /^get/ })).toBeChecked();
  await expect(action.getByRole('checkbox', { name: /^create/ })).not.toBeChecked();
  await expect(text).toHaveValue('timeout');
  await expect(status.getByRole('checkbox', { name: /^error/ })).toBeChecked();
  await expect(filters.getByRole('status').filter({ hasText: /^The address changed/ })).toHaveText(
    'The address changed Action, so your unsaved change to it was replaced. Your other unsaved changes are kept.',
  );

  // Saved, the kept edits apply with the address's action.
  await filters.getByRole('button', { name: 'Save' }).click();
  await expect(filters).toHaveCount(0);
  await page.waitForFunction(() => /q=timeout/.test(window.location.hash) && /status=error/.test(window.location.hash));
  const chips = page.getByLabel('Active filters');
  await expect(chips.getByRole('button', { name: 'Remove Action: get' })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();
  expect(await app.fatal()).toBeUndefined();
});

test('a name typed in the client field and not picked gives way when the address changes the client filter', async ({
  app,
  page,
}) => {
  await app.open('/logs');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  const search = filters.getByRole('combobox', { name: 'Search client' });
  const text = filters.getByRole('searchbox', { name: 'Text in description or error' });
  await search.fill('Isabel');
  await text.fill('timeout');

  // The address leaves the client filter alone: the name typed stays, as every other edit does.
  await app.goTo('/logs?action=get');
  await expect(filters.getByRole('group', { name: 'Action' }).getByRole('checkbox', { name: /^get/ })).toBeChecked();
  await expect(search).toHaveValue('Isabel');
  await expect(filters.getByText(/^The address changed/)).toHaveCount(0);

  // The address sets the client filter: the name typed gives way to it, and the panel says so.
  await app.goTo('/logs?action=get&client=client-from-the-link');
  await expect(filters.getByRole('button', { name: /^client-from-the-link/ })).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(text).toHaveValue('timeout');
  await expect(filters.getByRole('status').filter({ hasText: /^The address changed/ })).toHaveText(
    'The address changed Client, so your unsaved change to it was replaced. Your other unsaved changes are kept.',
  );
  expect(await app.fatal()).toBeUndefined();
});
