import type { Page } from '@playwright/test';
import { expect } from './appDriver';

/** The window sizes and colour schemes every view is walked at. */
export const WALK_VIEWPORTS = [
  { width: 1024, height: 700, colorScheme: 'light' },
  { width: 1024, height: 700, colorScheme: 'dark' },
  { width: 1440, height: 900, colorScheme: 'light' },
  { width: 1440, height: 900, colorScheme: 'dark' },
] as const;

/**
 * The page never scrolls sideways: every control stays within the window's width. The content pane
 * scrolls on its own, so it is measured too: a table too wide for it would make it scroll sideways and
 * cut the last columns off at the window's edge while the window itself does not scroll.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const pane = document.querySelector('main');
    return {
      window: [document.documentElement.scrollWidth, window.innerWidth],
      pane: pane ? [pane.scrollWidth, pane.clientWidth] : [0, 0],
    };
  });
  expect(widths.window[0]).toBeLessThanOrEqual(widths.window[1] ?? 0);
  expect(widths.pane[0], 'the content pane scrolls sideways').toBeLessThanOrEqual(widths.pane[1] ?? 0);
}
