import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

test.use({ consoleOptions: { role: 'riskOfficer' } });

/** The notice a page shows under its title for what of its address it does not use. */
const linkProblems = (page: Page) => page.getByRole('alert', { name: 'Link problems' });

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test.describe(`what a page leaves out of its address, at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the Risk page names a path below it, and its button goes to #/risk with the focus on the hours', async ({
      app,
      page,
    }) => {
      await app.open('/risk/extra?hours=24');
      await expect(page.getByRole('heading', { level: 1, name: 'Risk' })).toBeVisible();
      await expect(linkProblems(page).getByRole('listitem')).toHaveText([
        '/extra: the Risk page has no pages below it; its address is #/risk',
      ]);
      const button = page.getByRole('button', { name: 'Show the risk views without /extra' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/risk\?hours=24$/);
      await expect(linkProblems(page)).toHaveCount(0);
      await expect(page.getByLabel('Hours before the withdrawal')).toBeFocused();
    });

    test('the Risk page names a junk path below it as its text, each hidden character named', async ({ app, page }) => {
      await app.open('/risk/%E2%80%AEevil%20path');
      await expect(linkProblems(page).getByRole('listitem')).toHaveText([
        '/⟨U+202E⟩evil path: the Risk page has no pages below it; its address is #/risk',
      ]);
      await page.screenshot({ path: test.info().outputPath(`risk-junk-path-${viewport.width}.png`) });
      await page.getByRole('button', { name: 'Show the risk views without /⟨U+202E⟩evil path' }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/risk$/);
      await expect(linkProblems(page)).toHaveCount(0);
    });

    test('an unknown client’s page names the parameters its view would not use, and drops them', async ({
      app,
      page,
    }) => {
      await app.open('/clients/no-such-client-e2e?junk=1&last=7d');
      await expect(page.getByRole('heading', { level: 1, name: 'Client no-such-client-e2e' })).toBeVisible();
      await expect(linkProblems(page).getByRole('listitem')).toHaveText(['junk=1: this page has no such parameter']);
      await page.screenshot({ path: test.info().outputPath(`unknown-client-${viewport.width}.png`) });
      await page.getByRole('button', { name: 'Show this page without junk' }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/clients\/no-such-client-e2e\?last=7d$/);
      await expect(linkProblems(page)).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });
  });
}

test('a diff with a hidden value counts it among the changed ones, plainly', async ({ app, page, cluster }) => {
  const event = 'e2e-hidden-among-changed';
  const remove = await cluster.plantDocuments('activity', [
    {
      id: event,
      clientId: 'e2e-hidden-among-changed-client',
      actorType: 'manager',
      actorId: await cluster.busiestManager(),
      actorName: 'Hidden Value Manager',
      sourceApp: 'crm',
      eventName: 'manager.entity_updated',
      message: 'Hidden Value Manager updated a wallet',
      metadata: {},
      createdAt: '2026-11-02T10:00:00.000Z',
      change: {
        actionType: 'update',
        target: { type: 'wallet', id: 'e2e-hidden-among-changed-wallet' },
        changedFields: ['label', 'limit', 'password'],
        before: { label: 'Old', limit: 100, password: 'old-secret-1' },
        after: { label: 'New', limit: 200, password: 'new-secret-2' },
        bulkId: null,
        bulkSize: null,
      },
    },
  ]);
  try {
    await app.open(`/diff/${event}`);
    const summary = page.getByLabel('Summary of the change: 3 changed (1 of them hidden)');
    await expect(summary).toHaveText('3 changed (1 of them hidden)');
    await expect(page.getByRole('row', { name: 'password: changed, value hidden' })).toBeVisible();
  } finally {
    await remove();
  }
});
