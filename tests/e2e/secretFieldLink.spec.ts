import { expect, test } from './support/appDriver';

test.describe('a link filtering on a secret field, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('is refused in the console’s own sentence, never the request check’s words', async ({ app, page, cluster }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?changedFrom=${encodeURIComponent('password.old=x')}`);
    const refused = page.getByTestId('refused-banner');
    await expect(refused).toContainText(
      "This search was not run: Values of 'password.old' are secret and always redacted, so they cannot be filtered on; filter on whether it changed instead.",
    );
    await expect(refused.getByRole('button', { name: 'Edit the filters' })).toBeVisible();
    await expect(page.getByText(/Invalid request/)).toHaveCount(0);
  });
});
