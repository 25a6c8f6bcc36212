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
