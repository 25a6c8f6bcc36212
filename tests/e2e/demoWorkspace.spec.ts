import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';

/** Builds of the full demo workspace (over 100,000 events) take seconds; leave room on a busy machine. */
const BUILD_TIMEOUT = 90_000;
test.describe.configure({ timeout: 2 * BUILD_TIMEOUT });

/** A small generated workspace: every catalog event, built in a second or two. */
const SMALL = { clients: 50, days: 5 };

async function expectDemoRows(page: Page): Promise<void> {
  await expect(page.getByTestId('workspace-progress')).toHaveCount(0, { timeout: BUILD_TIMEOUT });
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
  await expect(page.getByTestId('match-total')).toHaveText(/[\d,]+ matches/);
}

test.describe('demo workspace, first start with no cluster', () => {
  test.use({ consoleOptions: { name: 'e2e-demo', source: 'demo' } });

  test('shows the build progress, then the demo data in the grid and its size in Settings', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('progressbar', { name: 'Building the demo workspace' }).first()).toBeVisible();
    await expect(page.getByTestId('status-source')).toContainText('Demo data');
    await expectDemoRows(page);
    await expect(page.getByTestId('status-source')).toHaveText(/^Demo data · generated, no cluster$/);

    await app.goTo('/settings');
    await expect(page.getByTestId('demo-callout')).toContainText('generated demo data');
    await expect(page.getByRole('button', { name: 'Connect a cluster' })).toBeVisible();
    const summary = page.getByTestId('demo-workspace-summary');
    await expect(summary).toContainText('500 clients');
    const events = Number(
      (/^([\d,]+) generated events/.exec((await summary.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''),
    );
    expect(events).toBeGreaterThanOrEqual(100_000);
  });
});

test.describe('demo workspace, small', () => {
  test.use({ consoleOptions: { name: 'e2e-demo', source: 'demo', demoDataset: SMALL } });

  test('filters the demo data with facet counts from the embedded store', async ({ app, page }) => {
    await app.open();
    await expectDemoRows(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const deletes = filters.getByRole('group', { name: 'Action' }).getByRole('checkbox', { name: 'delete' });
    // The count arrives with the facets, from the embedded store, as the box's description.
    await expect(deletes).toHaveAccessibleDescription(/^[\d,]+ match(es)?$/);
    const description = (await deletes.getAttribute('aria-describedby')) ?? '';
    const count = Number(((await page.locator(`[id="${description}"]`).textContent()) ?? '').replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await deletes.check();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Active filters').getByText('Action: delete')).toBeVisible();
    await expect(page.getByTestId('match-total')).toHaveText(`${count.toLocaleString('en-US')} matches`);
    await expect(page.getByRole('grid').getByRole('gridcell', { name: 'delete', exact: true }).first()).toBeVisible();
  });

  test('Reset from Settings rebuilds the workspace', async ({ app, page }) => {
    await app.open('/settings');
    const summary = page.getByTestId('demo-workspace-summary');
    await expect(summary).toContainText('50 clients over 5 days', { timeout: BUILD_TIMEOUT });

    await page.getByRole('button', { name: 'Reset demo workspace' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm reset' });
    await expect(confirm).toContainText('Delete the demo workspace and generate it again?');
    await confirm.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByTestId('workspace-progress').first()).toBeVisible();
    await expect(summary).toContainText('50 clients over 5 days', { timeout: BUILD_TIMEOUT });

    await app.goTo('/logs');
    await expectDemoRows(page);
  });
});

test.describe('demo workspace, damaged file', () => {
  test.use({ consoleOptions: { name: 'e2e-demo', source: 'demo', demoDataset: SMALL, damagedWorkspace: true } });

  test('says the file is damaged and recreates it on request', async ({ app, page }) => {
    await app.open();
    const problem = page.getByTestId('workspace-problem');
    await expect(problem).toContainText('The demo workspace is damaged');
    await expect(problem).toContainText('demo-workspace.duckdb is damaged; Reset recreates it.');
    await page.getByRole('button', { name: 'Recreate demo workspace' }).click();
    await expect(problem).toHaveCount(0);
    await expectDemoRows(page);
  });
});
