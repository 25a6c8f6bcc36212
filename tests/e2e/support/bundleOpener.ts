import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, type AppDriver } from './appDriver';

/** The banner's heading, which takes the focus when a bundle opens: what is open now, the way to close it next. */
export const bannerHeading = (page: Page, file: string) =>
  page.getByRole('region', { name: 'Reopened bundle' }).getByRole('heading', { name: `Read-only bundle ${file}` });

/** Opens the bundle at `path` with the Investigations page's form, from the keyboard. */
export async function openFromInvestigations(page: Page, path: string) {
  const form = page.getByRole('form', { name: 'Open a bundle' });
  await form.getByRole('textbox', { name: 'Bundle file path' }).fill(path);
  await form.getByRole('button', { name: 'Verify and open' }).press('Enter');
}

/** Opens the bundle at `path` from the Investigations page and waits for its banner's heading to take the focus. */
export async function openBundle(app: AppDriver, path: string): Promise<void> {
  await app.open('/investigations');
  await openFromInvestigations(app.page, path);
  await expect(bannerHeading(app.page, basename(path))).toBeFocused();
}

/** Opens the bundle at `path` from the Investigations page and goes back there: the case it carries, as the page shows it. */
export async function showCarriedCase(app: AppDriver, path: string): Promise<Locator> {
  await openBundle(app, path);
  await app.goTo('/investigations');
  return app.page.getByRole('region', { name: 'The bundle’s case' });
}
