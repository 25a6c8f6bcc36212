import { expect, test } from './support/appDriver';
import { cardNumberShown } from './support/cardNumber';

test.use({ consoleOptions: { role: 'riskOfficer' } });

test.describe('the clients list, opened from a link', () => {
  test('names what its address holds that it does not read, a card number as redaction shows it', async ({
    app,
    page,
  }) => {
    await app.open('/clients?q=4111%201111%201111%201111&zz=%E0%A4%A');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText('This page reads only last, from and to from its address, so “q=');
    await expect(alert).toContainText(
      'zz=%E0%A4%A: the link does not validly percent-encode it (a % not followed by two hex digits, or bytes that make no character), so nothing is read from it.',
    );
    await expect(page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' })).toHaveValue('');
    expect(await cardNumberShown(page)).toEqual([]);
    // No alert is there without a word in it, shown or not: a screen reader would announce nothing.
    const emptyAlerts = () =>
      page
        .locator('[role="alert"]')
        .evaluateAll((alerts) => alerts.filter((each) => !each.textContent?.trim()).map((each) => each.outerHTML));
    await expect.poll(emptyAlerts).toEqual([]);

    await page.getByRole('button', { name: 'Show the page without q and zz' }).press('Enter');
    await expect(page).toHaveURL(/#\/clients$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await emptyAlerts()).toEqual([]);
  });

  test('reads the range of the coverage from its address without a word about it', async ({ app, page }) => {
    await app.open('/clients?last=7d');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Logging coverage of all clients in your scope' }).getByRole('status'),
    ).toContainText('events of all clients');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the clients list of a role not shown the coverage, opened from a link', () => {
  test.use({ consoleOptions: { role: 'supportLead' } });

  test('names the range it does not read, rather than dropping it without a word', async ({ app, page }) => {
    await app.open(`/clients?last=${'z'.repeat(5000)}&from=%E2%80%AE`);
    await expect(page.getByText('Your role shows operational logs only')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(/^This page reads nothing from its address, so “last=zzz/);
    await expect(page.getByRole('button', { name: 'Show the page without last and from' })).toBeVisible();
  });
});
