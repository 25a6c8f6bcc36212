import { expect, test } from './support/appDriver';

const ROLES = [
  ['ac-auditor', 'Auditor', 'every client'],
  ['ac-risk-officer', 'Risk officer', 'every client'],
  ['ac-investigator', 'Investigator', 'every client'],
  ['ac-support-lead', 'Support lead', /^\d+ clients \(Desk Sales EN\)$/],
  ['ac-admin', 'Console admin', 'every client'],
] as const;

for (const [username, role, scope] of ROLES) {
  test.describe(`logged in as the cluster user ${username}`, () => {
    test.use({ consoleOptions: { name: username, clusterUser: username } });

    test(`is the ${role} the cluster says, on every screen and in Settings`, async ({ app, page }) => {
      await app.open();
      await expect(page.getByTestId('status-operator')).toHaveText(`${username} · ${role}`);
      await page.getByRole('link', { name: 'Settings' }).click();
      const who = page.getByRole('region', { name: 'Who you are' });
      await expect(who.getByRole('definition').nth(0)).toHaveText(`${username} (realm file)`);
      await expect(who.getByRole('definition').nth(2)).toHaveText(role);
      await expect(who.getByRole('definition').nth(3)).toHaveText(scope);
      await expect(who.getByRole('definition').nth(4)).toHaveText('the cluster');
    });
  });
}

test.describe('with a password the cluster rejects', () => {
  test.use({ consoleOptions: { name: 'wrong-password', clusterUser: 'ac-auditor', clusterPassword: 'wrong' } });

  test('says plainly on the status bar that no role is vouched for, and why', async ({ app, page }) => {
    await app.open();
    await expect(page.getByTestId('status-operator')).toContainText('no console role');
    await expect(page.getByTestId('status-identity')).toContainText('Cannot tell who you are on this cluster');
  });
});

test.describe('as a risk officer, on the journal', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('reads the refusal every page gives: the role, the permission and whom to ask', async ({ app, page }) => {
    await app.open('/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(
      'Your role (Risk officer) does not allow this (journal:read); it is for the Auditor and Console admin roles: ' +
        'ask a console admin for one.',
    );
    await expect(page.getByRole('table', { name: 'Journal lines' })).toHaveCount(0);
  });
});
