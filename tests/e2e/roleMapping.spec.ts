import { expect, test } from './support/appDriver';
import { requestsTo } from './support/requestsTo';

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
    // Each field says what is wrong with it, in a sentence; nothing is sent.
    await expect(editor.getByRole('textbox', { name: 'User name' })).toHaveAccessibleDescription('Name the user.');
    await expect(editor.getByRole('textbox', { name: /Their cluster roles/ })).toHaveAccessibleDescription(
      'The cluster role’s name is too long: shorten it to at most 507 characters; this one has 3,000.',
    );
    await expect(editor.getByTestId('dry-run-result')).toHaveCount(0);
    // A pasted name past the limit is kept as typed, not cut, and the line says so; so does an empty line.
    const longRole = 'r'.repeat(600);
    await editor.getByRole('textbox', { name: 'Cluster role 1' }).fill(longRole);
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveValue(longRole);
    await editor.getByRole('textbox', { name: 'Cluster role 2' }).fill('');
    await editor.getByRole('button', { name: 'Save role mapping' }).press('Enter');
    await expect(editor.getByRole('alert')).toHaveText('Fix the marked lines of the role mapping before saving.');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveAccessibleDescription(
      'The cluster role’s name is too long: shorten it to at most 507 characters; this one has 600.',
    );
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toHaveAccessibleDescription(
      'Name the cluster role.',
    );
    await expect(editor.getByRole('textbox', { name: 'Cluster role 3' })).not.toHaveAttribute('aria-invalid', 'true');
    // Mended, the line's error goes as it is typed.
    await editor.getByRole('textbox', { name: 'Cluster role 2' }).fill('superuser');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).not.toHaveAttribute('aria-invalid', 'true');
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

  test('keeps the keyboard in place as lines go and come, and takes it to what a Save refused', async ({
    app,
    page,
  }) => {
    await app.open('/settings');
    const editor = page.getByRole('region', { name: 'Role mapping' });
    const lines = editor.getByRole('list', { name: 'Role mapping lines' }).getByRole('listitem');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveValue('audit_console_admin');
    const count = await lines.count();
    // The last line removed: its button goes with it, and the line above takes the keyboard, not the page.
    await editor.getByRole('button', { name: `Remove line ${count}` }).focus();
    await page.keyboard.press('Enter');
    await expect(lines).toHaveCount(count - 1);
    await expect(editor.getByRole('button', { name: `Remove line ${count - 1}` })).toBeFocused();
    // Every line removed by the keyboard alone, one Enter each, then the keyboard is on Add a line.
    for (let left = count - 1; left > 0; left--) {
      await page.keyboard.press('Enter');
      await expect(lines).toHaveCount(left - 1);
    }
    await expect(editor.getByRole('button', { name: 'Add a line' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toBeFocused();
    await editor.getByRole('button', { name: 'Add a line' }).press('Enter');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toBeFocused();
    await page.keyboard.type('audit_console_auditor');
    // Refused for the empty first line: nothing is sent, and the keyboard is taken to that line.
    await editor.getByRole('button', { name: 'Save role mapping' }).press('Enter');
    await expect(editor.getByRole('alert')).toHaveText('Fix the marked lines of the role mapping before saving.');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toBeFocused();
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveAccessibleDescription(
      'Name the cluster role.',
    );
    // A zero-width space: the line would read "superuser" and map nobody, so it is named at the line.
    await page.keyboard.type('superuser\u200B');
    await editor.getByRole('button', { name: 'Save role mapping' }).press('Enter');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toBeFocused();
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveAccessibleDescription(
      'The cluster role’s name cannot hold U+200B, an invisible character that changes how the text reads; type it again without it.',
    );
    await page.keyboard.press('Backspace');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).not.toHaveAttribute('aria-invalid', 'true');
    // A name no Elasticsearch role can have: spaces are fine, an emoji is not, and it is named at the line.
    const saves = requestsTo(page, ['access/roleMapping/save']);
    await editor.getByRole('textbox', { name: 'Cluster role 2' }).fill('😀 role with space');
    await editor.getByRole('button', { name: 'Save role mapping' }).press('Enter');
    await expect(editor.getByRole('alert')).toHaveText('Fix the marked lines of the role mapping before saving.');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toBeFocused();
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toHaveAccessibleDescription(
      'The cluster role’s name cannot hold “😀” (U+1F600); an Elasticsearch role name holds only letters, digits, spaces, punctuation and symbols of Basic Latin (ASCII).',
    );
    expect(saves).toEqual([]);
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toHaveValue(' role with space');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).not.toHaveAttribute('aria-invalid', 'true');
    // A dry run without a user is refused at the user's name.
    await editor.getByRole('button', { name: 'Dry run' }).press('Enter');
    await expect(editor.getByRole('textbox', { name: 'User name' })).toBeFocused();
    await expect(editor.getByRole('textbox', { name: 'User name' })).toHaveAccessibleDescription('Name the user.');
  });

  test('names a card number or token typed as a cluster role at its line, and sends nothing', async ({ app, page }) => {
    const card = '4111 1111 1111 1111';
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
    const sent = requestsTo(page, ['access/roleMapping/save', 'access/roleMapping/dryRun']);
    await app.open('/settings');
    const editor = page.getByRole('region', { name: 'Role mapping' });
    await expect(editor.getByRole('textbox', { name: 'Cluster role 1' })).toHaveValue('audit_console_admin');
    await editor.getByRole('textbox', { name: 'Cluster role 2' }).fill(card);
    await editor.getByRole('textbox', { name: 'Cluster role 3' }).fill(jwt);
    await editor.getByRole('textbox', { name: 'User name' }).fill('ac-auditor');
    await editor.getByRole('textbox', { name: /Their cluster roles/ }).fill('audit_console_auditor');
    await editor.getByRole('button', { name: 'Dry run' }).press('Enter');
    await expect(editor.getByRole('alert')).toHaveText('Fix the marked lines of the role mapping before a dry run.');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toBeFocused();
    await expect(editor.getByRole('textbox', { name: 'Cluster role 2' })).toHaveAccessibleDescription(
      'The cluster role’s name holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.',
    );
    await expect(editor.getByRole('textbox', { name: 'Cluster role 3' })).toHaveAccessibleDescription(
      'The cluster role’s name holds what looks like an access token; secrets are never sent or kept. Write it without the token.',
    );
    await editor.getByRole('button', { name: 'Save role mapping' }).press('Enter');
    await expect(editor.getByRole('alert')).toHaveText('Fix the marked lines of the role mapping before saving.');
    await expect(editor.getByTestId('dry-run-result')).toHaveCount(0);
    expect(sent).toEqual([]);
    // Mended, the lines' sentences go as they are typed, and the dry run runs.
    await editor.getByRole('textbox', { name: 'Cluster role 2' }).fill('superuser');
    await editor.getByRole('textbox', { name: 'Cluster role 3' }).fill('audit_console_investigator');
    await expect(editor.getByRole('textbox', { name: 'Cluster role 3' })).not.toHaveAttribute('aria-invalid', 'true');
    await editor.getByRole('button', { name: 'Dry run' }).press('Enter');
    await expect(editor.getByTestId('dry-run-result')).toContainText('User ac-auditor would be auditor');
  });

  test('looks a user up on the cluster by name and applies the unsaved mapping', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('region', { name: 'Role mapping' });
    await expect(editor.getByRole('textbox', { name: 'Cluster role 6' })).toHaveValue('audit_console_support_lead');
    await editor.getByRole('textbox', { name: 'User name' }).focus();
    await page.keyboard.type('ac-support-lead');
    await page.keyboard.press('Enter');
    const lead = editor.getByRole('definition');
    await expect(editor.getByTestId('dry-run-result')).toContainText(
      /User ac-support-lead would be support lead over these \d+ clients\./,
    );
    await expect(lead.nth(0)).toHaveText(/audit_console_desk_sales_en/);
    await expect(lead.nth(1)).toHaveText('Support lead');
    await expect(lead.nth(2)).toHaveText(/^\d+ clients$/);
    await expect(lead.nth(3)).toHaveText('asked as them (run_as), file realm');
    // The mapping as edited, not as saved: the auditors' line now says investigator.
    await editor.getByRole('combobox', { name: 'Console role 5' }).selectOption('investigator');
    await editor.getByRole('textbox', { name: 'User name' }).fill('ac-auditor');
    await editor.getByRole('button', { name: 'Dry run' }).press('Enter');
    await expect(editor.getByTestId('dry-run-result')).toContainText(
      'User ac-auditor would be investigator over every client.',
    );
    await expect(lead.nth(0)).toHaveText('audit_console_auditor');
    await expect(lead.nth(1)).toHaveText('Investigator');
    await expect(lead.nth(2)).toHaveText('every client');
    await editor.getByTestId('dry-run-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('role-mapping-looked-up.png') });
    await editor.getByRole('textbox', { name: 'User name' }).fill('elastic');
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('alert')).toContainText(
      'Your cluster user ac-admin may not look up elastic: that takes the run_as privilege for elastic',
    );
    await page.screenshot({ path: test.info().outputPath('role-mapping-lookup.png') });
  });
});
