import { test as base, expect, type Page } from '@playwright/test';
import { readLocalConnection } from '../../../scripts/elasticsearch/connection';
import type { BrowserMode } from '../../../src/main/browser/startBrowserMode';
import { startFixtureConsole, type FixtureConsole } from './startFixtureConsole';

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

  /** A renderer fault the error boundary caught, if any. */
  fatal(): Promise<string | undefined> {
    return this.page.evaluate(() => window.__auditConsoleFatal);
  }
}

/** Browser mode over the seeded fixture, started once per worker (the global setup seeded it). */
async function startSharedConsole(): Promise<FixtureConsole> {
  const local = readLocalConnection();
  if (!local?.username) throw new Error('No local cluster recorded: the e2e global setup should have started one');
  return startFixtureConsole({ url: local.url, username: local.username, password: local.password ?? '', name: 'e2e' });
}

export const test = base.extend<{ app: AppDriver }, { fixtureConsole: FixtureConsole }>({
  fixtureConsole: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none.
    async ({}, use) => {
      const started = await startSharedConsole();
      await use(started);
      await started.close();
    },
    { scope: 'worker' },
  ],
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
