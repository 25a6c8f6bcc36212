import { expect, test } from './support/appDriver';

test.describe('the role mapping, for the admin', () => {
  test.use({ consoleOptions: { name: 'role-mapping-admin', clusterUser: 'ac-admin' } });

  test('dry-runs the mapping for a user by keyboard, and says what is wrong with junk', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('region', { name: 'Role mapping' });
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveValue('audit_console_admin');
    await editor.getByRole('textbox', { name: 'User name' }).focus();
    await page.keyboard.type('ac-support-lead');
    await editor.getByRole('textbox', { name: /Their cluster roles/ }).focus();
    await page.keyboard.type('audit_console_support_lead, audit_console_desk_sales_en');
    await page.keyboard.press('Enter');
    await expect(editor.getByTestId('dry-run-result')).toContainText(
      /User ac-support-lead would be support lead over these \d+ clients\./,
    );
    await editor.getByRole('textbox', { name: 'User name' }).fill('');
    await editor.getByRole('textbox', { name: /Their cluster roles/ }).fill('y'.repeat(3000));
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('alert')).toContainText('Name the user.');
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await editor.scrollIntoViewIfNeeded();
        await page.screenshot({ path: test.info().outputPath(`role-mapping-${width}-${scheme}.png`) });
      }
    }
  });
});
