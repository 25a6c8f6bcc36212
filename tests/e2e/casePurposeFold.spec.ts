import { expect, test } from './support/appDriver';
import { WALK_VIEWPORTS } from './support/walk';

// A case's purpose holds up to 2,000 characters: a long one shows its opening on the card, unfolded on demand.

test.use({ consoleOptions: { role: 'investigator' } });

const PURPOSE = `Opening words ${'word '.repeat(390)}closing words`;

test("a long purpose shows its opening on the case's card until unfolded, by keyboard, and folds again", async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Long purpose');
  await form.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
  await form.getByRole('button', { name: 'Create case' }).click();
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Long purpose' });
  for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await expect(card).toContainText('Opening words');
    await expect(card).not.toContainText('closing words');
    // Folded, the purpose takes a few lines: the card's buttons stay near its title.
    const showEvidence = card.getByRole('button', { name: 'Show evidence' });
    const title = await card.getByRole('heading', { name: 'Long purpose' }).boundingBox();
    const buttons = await showEvidence.boundingBox();
    expect((buttons?.y ?? Infinity) - (title?.y ?? 0)).toBeLessThan(260);

    // Reached by Tab, just before the card's first button.
    const unfold = card.getByRole('button', { name: 'Show the whole purpose' });
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await showEvidence.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(unfold).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toContainText('closing words');
    const fold = card.getByRole('button', { name: 'Show less of the purpose' });
    await expect(fold).toBeFocused();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: test.info().outputPath(`unfolded-${width}-${colorScheme}.png`) });
    await page.keyboard.press('Enter');
    await expect(card).not.toContainText('closing words');
    await expect(unfold).toBeFocused();
    await expect(unfold).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`folded-${width}-${colorScheme}.png`) });
  }
});
