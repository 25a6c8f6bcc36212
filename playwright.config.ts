import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright never downloads a browser on our machines. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-dev-shm-usage',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  /** The run ends naming the spec files that took over a minute, slowest first, so a slower suite shows where. */
  reportSlowTests: { max: 15, threshold: 60_000 },
  forbidOnly: Boolean(process.env['CI']),
  use: {
    headless: true,
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
  },
});
