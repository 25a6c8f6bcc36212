import { expect, test } from './support/appDriver';

test.describe('a case pinning operational and activity queries, exported by an investigator', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('opens on the bundle, and says why CSV cannot hold it and what to choose instead', async ({
    app,
    page,
    cluster,
  }) => {
    test.setTimeout(120_000);
    const title = 'Both families';
    await app.open('/investigations');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'Purpose' }).fill('Logins and edits before a withdrawal');
    await form.getByRole('button', { name: 'Create case' }).click();
    const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title });
    await expect(card).toBeVisible();

    // An operational query from the logs, and a client's activity from the client page.
    const client = await cluster.busyTerminalClient();
    for (const route of ['/logs?last=30d', `/clients/${client.id}`]) {
      await app.goTo(route);
      await page.getByRole('button', { name: 'Add to case…' }).click();
      await page
        .getByRole('group', { name: 'Add this query to a case' })
        .getByRole('button', { name: 'Pin query' })
        .click();
      await expect(page.getByRole('status').filter({ hasText: `Added to “${title}”.` })).toBeVisible();
    }

    await app.goTo('/investigations');
    await expect(card).toContainText('2 pinned queries');
    await card.getByRole('button', { name: 'Export case…' }).click();
    const dialog = page.getByRole('dialog', { name: `Export case “${title}”` });
    await expect(dialog.getByRole('radio', { name: /^Investigation bundle/ })).toBeChecked();
    const csv = dialog.getByRole('radio', { name: /^CSV/ });
    await expect(csv).toBeDisabled();
    await expect(csv).toHaveAccessibleName(
      'CSV (spreadsheets; UTC and local time columns) — cannot hold operational and activity logs in one file: choose NDJSON or an investigation bundle',
    );
    await expect(dialog.getByTestId('export-row-count')).toContainText('from 2 queries.');
    await expect(dialog.getByRole('group', { name: 'Format' })).toHaveAccessibleDescription(
      'Only an investigation bundle carries the case’s stars and notes; NDJSON holds the records its pinned queries match.',
    );
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('textbox', { name: 'File name' })).toHaveValue(
      /^case-both-families-\d{8}-\d{4}Z\.acbundle$/,
    );
  });
});
