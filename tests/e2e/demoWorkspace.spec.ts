import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../../src/main/browser/startBrowserMode';
import { MemorySecretStore } from '../../src/main/settings/MemorySecretStore';
import type { DemoWorkspaceOptions } from '../../src/main/workspace/DemoWorkspace';
import { expect, test } from './support/appDriver';

/** Builds of the full demo workspace (over 100,000 events) take seconds; leave room on a busy machine. */
const BUILD_TIMEOUT = 90_000;
test.describe.configure({ mode: 'serial', timeout: 3 * BUILD_TIMEOUT });

interface Instance {
  mode: BrowserMode;
  dataDir: string;
}

/** Browser mode with no cluster at all: the demo workspace in a fresh data folder is the only source. */
async function startWithoutCluster(prepare?: (dataDir: string) => Promise<void>, options?: DemoWorkspaceOptions) {
  const dataDir = await mkdtemp(join(tmpdir(), 'audit-console-demo-e2e-'));
  await prepare?.(dataDir);
  const mode = await startBrowserMode({
    port: 0,
    dataDir,
    rendererDir: join(resolve(import.meta.dirname, '../..'), 'out', 'renderer'),
    version: 'e2e-demo',
    secretStore: new MemorySecretStore(),
    ...(options ? { demoWorkspace: options } : {}),
    user: { id: 'demo-admin', name: 'Demo Admin' },
  });
  return { mode, dataDir };
}

async function stop(instance: Instance | undefined): Promise<void> {
  if (!instance) return;
  await instance.mode.close();
  await rm(instance.dataDir, { recursive: true, force: true });
}

async function openConsole(page: Page, { mode }: Instance, route = '/logs'): Promise<void> {
  await page.goto(`${mode.issueLaunchUrl()}#${route}`);
  await page.waitForSelector('html[data-app-state="loaded"]');
}

async function expectDemoRows(page: Page): Promise<void> {
  await expect(page.getByTestId('workspace-progress')).toHaveCount(0, { timeout: BUILD_TIMEOUT });
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
  await expect(page.getByTestId('match-total')).toHaveText(/[\d,]+ matches/);
}

test.describe('demo workspace, first start', () => {
  let instance: Instance | undefined;
  test.beforeAll(async () => {
    instance = await startWithoutCluster();
  });
  test.afterAll(() => stop(instance));

  test('shows the build progress, then the demo data in the grid', async ({ app, page }) => {
    if (!instance) throw new Error('browser mode did not start');
    await openConsole(page, instance);
    await expect(page.getByRole('progressbar', { name: 'Building the demo workspace' }).first()).toBeVisible();
    await expect(page.getByTestId('status-source')).toContainText('Demo data');
    await expectDemoRows(page);
    await expect(page.getByTestId('status-source')).toHaveText(/^Demo data · generated, no cluster$/);
    expect(await app.fatal()).toBeUndefined();
  });

  test('filters the demo data with facet counts from the embedded store', async ({ page }) => {
    if (!instance) throw new Error('browser mode did not start');
    await openConsole(page, instance);
    await expectDemoRows(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('form', { name: 'Filters' });
    const deletes = filters.getByRole('group', { name: 'Action' }).getByRole('checkbox', { name: /^delete/ });
    // The count arrives with the facets, from the embedded store.
    const option = deletes.locator('xpath=ancestor::label[1]');
    await expect(option).toHaveText(/^delete\s*[\d,]+$/);
    const count = Number(((await option.textContent()) ?? '').replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await deletes.check();
    await filters.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Active filters').getByText('Action: delete')).toBeVisible();
    await expect(page.getByTestId('match-total')).toHaveText(`${count.toLocaleString('en-US')} matches`);
    await expect(page.getByRole('grid').getByRole('gridcell', { name: 'delete', exact: true }).first()).toBeVisible();
  });

  test('Reset from Settings rebuilds the workspace', async ({ app, page }) => {
    if (!instance) throw new Error('browser mode did not start');
    await openConsole(page, instance, '/settings');
    await expect(page.getByTestId('demo-callout')).toContainText('generated demo data');
    await expect(page.getByRole('button', { name: 'Connect a cluster' })).toBeVisible();
    const summary = page.getByTestId('demo-workspace-summary');
    await expect(summary).toContainText('500 clients');
    const events = Number(
      (/^([\d,]+) generated events/.exec((await summary.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''),
    );
    expect(events).toBeGreaterThanOrEqual(100_000);
    const builtAt = await summary.textContent();

    await page.getByRole('button', { name: 'Reset demo workspace' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm reset' });
    await expect(confirm).toContainText('Delete the demo workspace and generate it again?');
    await confirm.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByTestId('workspace-progress').first()).toBeVisible();
    await expect(summary).toBeVisible({ timeout: BUILD_TIMEOUT });
    await expect(summary).not.toHaveText(builtAt ?? '');

    await app.goTo('/logs');
    await expectDemoRows(page);
  });
});

test.describe('demo workspace, damaged file', () => {
  let instance: Instance | undefined;
  test.beforeAll(async () => {
    const garbage = async (dataDir: string) => {
      await mkdir(join(dataDir, 'workspace'));
      await writeFile(join(dataDir, 'workspace', 'demo-workspace.duckdb'), 'not a database '.repeat(500));
    };
    instance = await startWithoutCluster(garbage, { dataset: { clients: 20, days: 3 } });
  });
  test.afterAll(() => stop(instance));

  test('says the file is damaged and recreates it on request', async ({ page }) => {
    if (!instance) throw new Error('browser mode did not start');
    await openConsole(page, instance);
    const problem = page.getByTestId('workspace-problem');
    await expect(problem).toContainText('The demo workspace is damaged');
    await expect(problem).toContainText('demo-workspace.duckdb is damaged; Reset recreates it.');
    await page.getByRole('button', { name: 'Recreate demo workspace' }).click();
    await expect(problem).toHaveCount(0);
    await expectDemoRows(page);
  });
});
