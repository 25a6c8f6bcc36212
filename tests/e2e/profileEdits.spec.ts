import { expect, test } from './support/appDriver';

const NEW_EMAIL = 'ann.lee@new-mail.example';
const DAY = 'from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z';

test.describe('a profile edit whose producer logged the values, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('shows the names only, says what it left out, and is found by what it shows, never by a value', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    const remove = await cluster.plantDocuments('activity', [
      {
        id: 'e2e-profile-edit-told',
        clientId: client.id,
        actorType: 'client',
        actorId: null,
        actorName: null,
        sourceApp: 'tradersroom',
        eventName: 'client.profile_edited',
        message: `Client edited profile: email changed to ${NEW_EMAIL}`,
        metadata: { sessionId: 'e2e-s-1', changedFields: ['email'], email: NEW_EMAIL },
        createdAt: '2020-01-01T12:00:00.000Z',
        change: null,
      },
    ]);
    try {
      await app.open(`/clients/${client.id}/events?${DAY}`);
      await expect(page.getByTestId('match-total')).toHaveText('1 match');
      const row = page.locator('[data-testid="log-grid"] .ag-row').first();
      await expect(row.locator('[col-id="message"]')).toHaveText('Client edited profile: email');
      // The message it logged and the e-mail in its metadata: two things left out, and said so.
      await expect(page.getByTestId('redaction-banner')).toContainText(
        'Redacted before display: 2 profile edit values',
      );
      expect(await page.locator('main').innerText()).not.toContain('ann.lee');

      await app.open(`/clients/${client.id}/events?${DAY}&q=ann.lee`);
      await expect(page.getByTestId('match-total')).toHaveText('0 matches');
      await app.open(`/clients/${client.id}/events?${DAY}&q=emai`);
      await expect(page.getByTestId('match-total')).toHaveText('1 match');
      await app.open(`/clients/${client.id}/events?${DAY}&q=profile`);
      await expect(page.getByTestId('match-total')).toHaveText('1 match');
    } finally {
      await remove();
    }
  });
});
