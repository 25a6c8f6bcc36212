import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll } from './support/walk';

test.describe("a case's export, as an investigator at 1024x700", () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('is titled with the case, cut when long, and says that only a bundle carries its stars and notes', async ({
    app,
    page,
  }) => {
    const title = `Wallet drain ${'W'.repeat(120)}`;
    await app.open('/investigations');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
    await form.getByRole('button', { name: 'Create case' }).click();
    const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title });
    await expect(card).toBeVisible();

    await app.goTo('/logs?last=7d');
    await page.getByRole('button', { name: 'Add to case…' }).click();
    await page
      .getByRole('group', { name: 'Add this query to a case' })
      .getByRole('button', { name: 'Pin query' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toBeVisible();

    await app.goTo('/investigations');
    await card.getByRole('button', { name: 'Export case…' }).click();
    const named = `Export case “${title.slice(0, 59)}…”`;
    const dialog = page.getByRole('dialog', { name: named, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2, name: named, exact: true })).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Format' })).toHaveAccessibleDescription(
      'Only an investigation bundle carries the case’s stars and notes; CSV and NDJSON hold the records its pinned queries match.',
    );
    // The title's long word wraps inside the dialog.
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expectNoSidewaysScroll(page);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByRole('button', { name: 'Export case…' })).toBeFocused();
  });
});

test.describe('an export of a view, as a risk officer', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('is titled Export alone, and says who may sign a bundle and how to get that role', async ({ app, page }) => {
    await app.open('/logs');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    await expect(dialog.getByRole('group', { name: 'Format' })).not.toHaveAccessibleDescription(/./);
    const bundle = dialog.getByRole('radio', { name: /^Investigation bundle/ });
    await expect(bundle).toBeDisabled();
    await expect(bundle).toHaveAccessibleName(
      'Investigation bundle (signed, verifiable) — needs the Investigator role: ask a console admin for it',
    );
  });
});

test.describe('a role that keeps no cases', () => {
  test.use({ consoleOptions: { role: 'supportLead' } });

  test('is told on the Investigations page whom to ask', async ({ app, page }) => {
    await app.open('/investigations');
    await expect(page.getByRole('note').filter({ hasText: 'Cases are kept' })).toHaveText(
      'Cases are kept by the Auditor, Risk officer and Investigator roles; yours (Support lead) keeps none: ask a console admin for one of them.',
    );
  });
});
