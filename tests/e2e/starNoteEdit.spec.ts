import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { ROWS } from './support/grid';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

test.use({ consoleOptions: { role: 'investigator' } });

/** A case holding the grid's first event, starred with a typo in its note; its card with the evidence shown. */
async function caseWithAStar(app: AppDriver, page: Page) {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wallet drain');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  await app.goTo('/logs');
  await page.locator(`${ROWS} [col-id="action"]`).first().click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  await star.getByRole('textbox', { name: 'Note' }).fill('Chnaged before the withdrawal');
  await star.getByRole('button', { name: 'Star event' }).click();
  await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();
  await app.goTo('/investigations');
  return showEvidence(page);
}

async function showEvidence(page: Page) {
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  await card.getByRole('button', { name: 'Show evidence' }).press('Enter');
  const line = card.getByRole('list', { name: 'Starred events' }).getByRole('listitem');
  await expect(line).toHaveCount(1);
  return { card, line, editNote: line.getByRole('button', { name: /^Edit note of “.+” \(.+\)$/ }) };
}

/** Replaces the whole text of the focused field, as typed. */
async function retype(page: Page, field: Locator, text: string) {
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test("a star's note is corrected with the keyboard alone, kept across a reload, and the star keeps when it was starred", async ({
  app,
  page,
}) => {
  const { line, editNote } = await caseWithAStar(app, page);
  // Who starred it, and when: "(name, time)".
  const [, by, starredAt] = (await line.textContent())?.match(/\(([^,()]+), ([^()]+)\) Edit note/) ?? [];
  expect(by && starredAt).toBeTruthy();
  const asked = requestsTo(page, ['cases/editStarNote']);

  // Escape leaves the note as it was, and the focus on Edit note.
  await editNote.press('Enter');
  const editor = line.getByRole('form', { name: /^Edit the note of / });
  const note = editor.getByRole('textbox', { name: 'Note' });
  await expect(note).toHaveValue('Chnaged before the withdrawal');
  await retype(page, note, 'Something else entirely');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(editNote).toBeFocused();
  await expect(line).toContainText('Chnaged before the withdrawal');

  // Saved unchanged, nothing is written and the line says so.
  await page.keyboard.press('Enter');
  await expect(note).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(line.getByRole('status')).toHaveText('The note is as it was; nothing changed.');
  await expect(editNote).toBeFocused();

  await page.keyboard.press('Enter');
  await retype(page, note, 'Changed before the withdrawal');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(line.getByRole('status')).toHaveText('Note saved.');
  await expect(editNote).toBeFocused();
  await expect(line).toContainText('— Changed before the withdrawal');
  await expect(line).toContainText(`; note edited by ${by}, `);
  expect(asked).toEqual(['cases/editStarNote', 'cases/editStarNote']);

  await app.reload();
  const again = await showEvidence(page);
  await expect(again.line).toContainText('— Changed before the withdrawal');
  await expect(again.line).not.toContainText('Chnaged');
  await expect(again.line).toContainText(`(${by}, ${starredAt}; note edited by ${by}, `);
  expect(await app.fatal()).toBeUndefined();
});

test('a card number typed in a note is refused at its field, never shown back, and the text typed is kept', async ({
  app,
  page,
}) => {
  const { line, editNote } = await caseWithAStar(app, page);
  const asked = requestsTo(page, ['cases/editStarNote']);
  await editNote.press('Enter');
  const editor = line.getByRole('form', { name: /^Edit the note of / });
  const note = editor.getByRole('textbox', { name: 'Note' });
  const typed = `Paid with ${CARD_NUMBER} right after`;
  await retype(page, note, typed);
  const problem = editor.getByRole('alert');
  await expect(problem).toContainText(`The note holds what looks like ${CARD_NAMED}`);
  await expect(note).toHaveAccessibleDescription(/card number ending 1111.*last four digits are enough/);
  await expectMarkedInvalid(note);
  expect(await cardNumberShown(page)).toEqual([]);

  // Save sends nothing and leaves the focus in the field, the text as typed.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue(typed);
  expect(asked).toEqual([]);

  // Written with the last four digits only, it is saved.
  await retype(page, note, 'Paid with the card ending 1111 right after');
  await expect(problem).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(line.getByRole('status')).toHaveText('Note saved.');
  await expect(line).toContainText('— Paid with the card ending 1111 right after');
  expect(asked).toEqual(['cases/editStarNote']);
});

test("what came of a note's edit is said beside that note only, until the focus moves on to another star", async ({
  app,
  page,
}) => {
  await caseWithAStar(app, page);
  // A second event starred in the same case.
  await app.goTo('/logs');
  await page.locator(`${ROWS} [col-id="action"]`).nth(1).click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  await star.getByRole('textbox', { name: 'Note' }).fill('Second look');
  await star.getByRole('button', { name: 'Star event' }).click();
  await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();
  await app.goTo('/investigations');
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  await card.getByRole('button', { name: 'Show evidence' }).press('Enter');
  const lines = card.getByRole('list', { name: 'Starred events' }).getByRole('listitem');
  await expect(lines).toHaveCount(2);
  const [first, second] = [lines.nth(0), lines.nth(1)];
  const editNote = (line: Locator) => line.getByRole('button', { name: /^Edit note of / });

  await editNote(first).press('Enter');
  const note = first.getByRole('form', { name: /^Edit the note of / }).getByRole('textbox', { name: 'Note' });
  await retype(page, note, 'Noted again');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText('Note saved.');
  await expect(editNote(first)).toBeFocused();
  // Still said while the focus stays on the line (its Unstar).
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: /^Unstar / })).toBeFocused();
  await expect(first.getByRole('status')).toHaveText('Note saved.');
  // Moved on to the next star, it is no longer said: it would read as that star's.
  await page.keyboard.press('Tab');
  await expect(editNote(second)).toBeFocused();
  await expect(first.getByRole('status')).toHaveText('');
  await expect(card.getByText('Note saved.')).toHaveCount(0);

  // The next edit says its own outcome, beside its own note only.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(second.getByRole('status')).toHaveText('The note is as it was; nothing changed.');
  await expect(first.getByRole('status')).toHaveText('');
  // Editing again, what the last edit came to is no longer said.
  await page.keyboard.press('Enter');
  await expect(second.getByRole('status')).toHaveText('');
  await page.keyboard.press('Escape');
  await expect(editNote(second)).toBeFocused();
  // One live region per line, present before anything is said in it, so each outcome is announced once.
  await expect(card.getByRole('status')).toHaveCount(2);
  expect(await app.fatal()).toBeUndefined();
});

/** Right-to-left words among left-to-right ones, with digits: Arabic and Hebrew, as an investigator may paste. */
const BIDI = 'تم تغيير البيانات المصرفية 12:05 then שונו פרטי הבנק before the withdrawal';

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`a star's note edited at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test('a note of 5,000 characters and one of mixed directions stay inside the card', async ({ app, page }, info) => {
      test.setTimeout(120_000);
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
      const { line, editNote } = await caseWithAStar(app, page);
      await editNote.press('Enter');
      const editor = line.getByRole('form', { name: /^Edit the note of / });
      const note = editor.getByRole('textbox', { name: 'Note' });
      const long = `${'Seen twice in the session. '.repeat(185)}${'x'.repeat(5_000 - 27 * 185)}`;
      await retype(page, note, long);
      await expect(note).toHaveValue(long);
      await expectNoSidewaysScroll(page);
      await shot('1-long-note-editing');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(line.getByRole('status')).toHaveText('Note saved.');
      await expectNoSidewaysScroll(page);
      await shot('2-long-note-saved');

      await editNote.press('Enter');
      await retype(page, note, `${BIDI}\n${'W'.repeat(20_001)}`);
      await expect(editor.getByRole('alert')).toHaveText(
        `The note is too long: shorten it to at most 20,000 characters; this one has ${(BIDI.length + 20_002).toLocaleString('en')}.`,
      );
      await expectNoSidewaysScroll(page);
      await shot('3-too-long');
      await retype(page, note, BIDI);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(line).toContainText(BIDI);
      await expect(editNote).toBeFocused();
      await expectNoSidewaysScroll(page);
      await shot('4-bidi-saved');
      await line.screenshot({ path: info.outputPath('5-bidi-line.png') });
    });
  });
}
