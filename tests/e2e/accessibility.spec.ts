import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

/**
 * Every view, as axe-core checks it against WCAG 2.1 A and AA and its own best practices: names, roles,
 * contrast, focusable scrolling regions, nested controls, labels in names. Any violation fails, with
 * where it is and how to fix it.
 */
async function expectNoViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (violation) =>
      `${view}: ${violation.id} (${violation.impact ?? '?'}) ${violation.help}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('; ')}`,
  );
  expect(found, `${view}: axe-core violations`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every view passes axe-core, ${colorScheme}`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, colorScheme, consoleOptions: { role: 'admin' } });

    test(`in the ${colorScheme} theme`, async ({ app, page, cluster }) => {
      test.setTimeout(240_000);
      const client = await cluster.busyTerminalClient();
      await app.open();
      await expect(page.getByTestId('match-total')).toBeVisible();
      await expectNoViolations(page, 'operational logs');
      await page.locator('[data-testid="log-grid"] .ag-row [col-id="action"]').first().click();
      await expect(page.getByTestId('log-detail')).toBeVisible();
      await expectNoViolations(page, 'a log in the detail panel');
      await page.getByRole('button', { name: 'Filters' }).click();
      const filters = page.getByRole('form', { name: 'Filters' });
      await filters.getByLabel('Search client').fill('Kumar');
      await expect(
        filters.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option').first(),
      ).toBeVisible();
      await expectNoViolations(page, 'the filter panel with suggestions');

      await app.goTo('/clients');
      await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
      await expectNoViolations(page, 'clients');
      await app.goTo(`/clients/${client.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
      await expect(page.getByTestId('match-total')).toBeVisible();
      await expectNoViolations(page, 'a client, Sessions');
      for (const tab of ['Logs', 'Coverage']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
        await expectNoViolations(page, `a client, ${tab}`);
      }

      await app.goTo('/risk');
      await expect(page.getByRole('row', { name: /^Rank 1:/ }).first()).toBeVisible({ timeout: 30_000 });
      await expectNoViolations(page, 'risk');
      await page
        .getByRole('link', { name: /^Show the change of event / })
        .first()
        .click();
      await expect(page.getByRole('heading', { name: /^Change of event/ })).toBeVisible();
      await expectNoViolations(page, 'a change');

      await app.goTo('/investigations');
      await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
      await expectNoViolations(page, 'investigations');
      await app.goTo('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expectNoViolations(page, 'settings');
      await app.goTo('/journal');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, 'journal');
      // In a narrow window the journal's table is wider than its box: the box's own sideways scroll then
      // takes a Tab stop, so the keyboard reaches the columns on the right.
      await page.setViewportSize({ width: 640, height: 700 });
      const wide = page.getByRole('region', { name: 'Journal lines, scrolls sideways' });
      await expect(wide).toBeVisible();
      await expectNoViolations(page, 'journal in a narrow window');
      await wide.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => wide.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    });

    test(`the Clients finder with an option highlighted, in the ${colorScheme} theme`, async ({ app, page }) => {
      await app.open('/clients');
      const finder = page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' });
      await finder.fill('Kumar');
      const options = page.getByRole('listbox', { name: 'Matching clients' }).getByRole('option');
      await expect(options.first()).toBeVisible();
      await finder.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expectNoViolations(page, 'the Clients finder with an option highlighted');
    });
  });
}
