import { expect, test } from './support/appDriver';
import { rawHiddenCharacters, RLO, ZWSP } from './support/hiddenText';

test.describe('the journal of a client whose id holds characters that cannot be seen, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-hidden-client', clusterUser: 'ac-auditor' } });

  test('the client page leads to the journal lines about that client, each character named', async ({
    app,
    page,
    cluster,
  }) => {
    // A producer logged this client's id with a right-to-left override and a zero-width space. The cluster's
    // journal keeps the lines of earlier runs: this run's client id is its own.
    const run = Date.now().toString(36);
    const client = { id: `c-${RLO}77${ZWSP}-${run}`, name: 'Ada Lovelace' };
    const shown = `c-⟨U+202E⟩77⟨U+200B⟩-${run}`;
    const newest = await cluster.newestLog([]);
    const base = await cluster.log(newest.id);
    const remove = await cluster.plantLog({
      ...base,
      id: `e2e-hidden-client-${run}`,
      created: new Date(Date.parse(newest.created) + 1).toISOString(),
      client,
    });
    try {
      await app.open(`/clients/${encodeURIComponent(client.id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ada Lovelace (${shown})`);
      await page.getByRole('link', { name: 'Every journal line about this client' }).click();

      await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
      const field = page.getByRole('textbox', { name: 'Client id' });
      await expect(field).toHaveValue(client.id);
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect(field).toHaveAccessibleDescription(
        `This client id holds U+202E and U+200B, characters that cannot be seen: it reads ${shown}.`,
      );
      const lines = page.getByRole('table', { name: 'Journal lines' });
      const apply = page.getByRole('button', { name: 'Apply filters', exact: true });
      // The journal is read from the cluster's copy, which shows a line once the index has refreshed.
      await expect(async () => {
        await apply.press('Enter');
        await expect(lines.getByRole('row').filter({ hasText: shown }).first()).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(await rawHiddenCharacters(page)).toEqual([]);
      expect(await app.fatal()).toBeUndefined();
    } finally {
      await remove();
    }
  });
});
