import { test as base, expect, type Page } from '@playwright/test';

/** Drives the console like an operator: waits on the app's own signals, never on sleeps. */
export class AppDriver {
  constructor(readonly page: Page) {}

  async open(route = '/logs'): Promise<void> {
    const launchUrl = process.env['AUDIT_CONSOLE_URL'];
    if (!launchUrl) throw new Error('AUDIT_CONSOLE_URL is not set: the e2e global setup did not run');
    await this.page.goto(launchUrl);
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

export const test = base.extend<{ app: AppDriver }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The grid reports a missing module or a misused option on the console, not by throwing.
    page.on('console', (message) => {
      if (message.text().startsWith('AG Grid:')) errors.push(message.text());
    });
    const driver = new AppDriver(page);
    await use(driver);
    expect(await driver.fatal(), 'the renderer recorded a fatal error').toBeUndefined();
    expect(errors, 'uncaught errors and grid errors in the page').toEqual([]);
  },
});

export { expect };
