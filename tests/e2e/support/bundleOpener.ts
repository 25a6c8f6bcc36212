import type { Page } from '@playwright/test';

/** The banner's heading, which takes the focus when a bundle opens: what is open now, the way to close it next. */
export const bannerHeading = (page: Page, file: string) =>
  page.getByRole('region', { name: 'Reopened bundle' }).getByRole('heading', { name: `Read-only bundle ${file}` });

/** Opens the bundle at `path` with the Investigations page's form, from the keyboard. */
export async function openFromInvestigations(page: Page, path: string) {
  const form = page.getByRole('form', { name: 'Open a bundle' });
  await form.getByRole('textbox', { name: 'Bundle file path' }).fill(path);
  await form.getByRole('button', { name: 'Verify and open' }).press('Enter');
}
