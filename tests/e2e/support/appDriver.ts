import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { BrowserMode } from '../../../src/main/browser/startBrowserMode';
import { FixtureCluster } from './fixtureCluster';
import { startFixtureConsole, type FixtureConsole, type FixtureConsoleOptions } from './startFixtureConsole';

/** Drives the console like an operator: waits on the app's own signals, never on sleeps. */
export class AppDriver {
  constructor(
    readonly page: Page,
    private readonly mode: BrowserMode,
  ) {}

  /** Opens the console through a fresh single-use launch address, as an operator would. */
  async open(route = '/logs'): Promise<void> {
    await this.page.goto(this.mode.issueLaunchUrl());
    await this.page.waitForSelector('html[data-app-state="loaded"]');
    if (route !== '/logs') await this.goTo(route);
  }

  async goTo(route: string): Promise<void> {
    await this.page.evaluate((hash) => (window.location.hash = hash), route);
    await this.page.waitForFunction((hash) => window.location.hash === `#${hash}`, route);
  }

  /** Reloads the page and waits for the console to be up again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector('html[data-app-state="loaded"]');
  }

  /** A renderer fault the error boundary caught, if any. */
  fatal(): Promise<string | undefined> {
    return this.page.evaluate(() => window.__auditConsoleFatal);
  }
}

/**
 * Every spec enters here. Each test gets browser mode of its own (`fixtureConsole`), over the seeded
 * fixture unless the spec's `consoleOptions` say otherwise, and an `app` driving it; a fatal renderer
 * error or an uncaught page error fails the test. A test that asks for them also gets `folder`, an
 * empty folder of its own removed after it, and `cluster`, the seeded fixture read straight from the
 * cluster (one connection a worker).
 */
export const test = base.extend<
  {
    consoleOptions: FixtureConsoleOptions;
    fixtureConsole: FixtureConsole;
    app: AppDriver;
    folder: string;
  },
  { cluster: FixtureCluster }
>({
  consoleOptions: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
  folder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  cluster: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
    async ({}, use) => {
      const cluster = new FixtureCluster();
      await use(cluster);
      await cluster.close();
    },
    { scope: 'worker' },
  ],
  fixtureConsole: async ({ consoleOptions }, use) => {
    const started = await startFixtureConsole(consoleOptions);
    await use(started);
    await started.close();
  },
  app: async ({ page, fixtureConsole }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The grid reports a missing module or a misused option on the console, not by throwing.
    page.on('console', (message) => {
      if (message.text().startsWith('AG Grid:')) errors.push(message.text());
    });
    const driver = new AppDriver(page, fixtureConsole.mode);
    await use(driver);
    expect(await driver.fatal(), 'the renderer recorded a fatal error').toBeUndefined();
    expect(errors, 'uncaught errors and grid errors in the page').toEqual([]);
  },
});

export { expect };
