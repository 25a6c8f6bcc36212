import type { Page } from '@playwright/test';
import { expect } from './appDriver';

/** The window sizes and colour schemes every view is walked at. */
export const WALK_VIEWPORTS = [
  { width: 1024, height: 700, colorScheme: 'light' },
  { width: 1024, height: 700, colorScheme: 'dark' },
  { width: 1440, height: 900, colorScheme: 'light' },
  { width: 1440, height: 900, colorScheme: 'dark' },
] as const;

/** The page never scrolls sideways: every control stays within the window's width. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
}
