import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';
import { expectNoSidewaysScroll } from './support/walk';

test.use({ consoleOptions: { role: 'investigator' } });

test('a case holds a pinned query frozen to UTC and a starred event with its note, and is deleted only when confirmed', async ({
  app,
  page,
  fixtureConsole,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wallet drain');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('textbox', { name: 'Reference' }).fill('INC-42');
  await form.getByRole('button', { name: 'Create case' }).click();
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  await expect(card).toContainText('0 pinned queries, 0 starred events');
  // Nothing to export yet: the button says so by looking it, beside the ones that work.
  const exportCase = card.getByRole('button', { name: 'Export case…' });
  await expect(exportCase).toBeDisabled();
  const look = (name: string) =>
    card.getByRole('button', { name }).evaluate((button) => getComputedStyle(button).opacity);
  expect(Number(await look('Export case…'))).toBeLessThan(Number(await look('Show evidence')));

  // The last 7 days of the grid, pinned: kept as the absolute UTC range it meant then.
  await app.goTo('/logs?last=7d');
  const addToCase = page.getByRole('button', { name: 'Add to case…' });
  await addToCase.click();
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  // Escape closes it and gives the focus back to its button.
  await pin.getByRole('combobox', { name: 'Case' }).press('Escape');
  await expect(pin).toBeHidden();
  await expect(addToCase).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pin.getByRole('combobox', { name: 'Case' })).toHaveText(/Wallet drain \(INC-42\)/);
  await pin.getByRole('button', { name: 'Pin query' }).click();
  await expect(page.getByText('Added to “Wallet drain”.')).toBeVisible();

  // Any event of the fixture, starred from its detail with a note.
  await app.goTo('/logs');
  const first = page.locator(`${ROWS} [col-id="action"]`).first();
  await first.click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  await star.getByRole('textbox', { name: 'Note' }).fill('Changed minutes before the withdrawal');
  await star.getByRole('button', { name: 'Star event' }).click();
  await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();

  await app.goTo('/investigations');
  await expect(card).toContainText('1 pinned query, 1 starred event');
  await card.getByRole('button', { name: 'Show evidence' }).click();
  const pinned = card.getByRole('list', { name: 'Pinned queries' }).getByRole('listitem');
  const bound = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{3})? UTC([+-]\d\d:\d\d)?`;
  await expect(pinned).toHaveText(new RegExp(`^Operational logs — no filter · Created: ${bound} → ${bound} `));
  await expect(card.getByRole('list', { name: 'Starred events' })).toContainText(
    'Changed minutes before the withdrawal',
  );
  expect(await readdir(join(fixtureConsole.dataDir, 'cases'))).toHaveLength(1);

  await card.getByRole('button', { name: 'Delete…' }).click();
  const confirm = card.getByRole('alertdialog', { name: 'Delete “Wallet drain”?' });
  // The harmless answer has the focus; Escape keeps the case, and the focus goes back to Delete….
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  // Until it is answered, Tab and Shift+Tab go round its answers and never leave it.
  for (const name of ['Delete case', 'Keep it', 'Delete case']) {
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name })).toBeFocused();
  }
  for (const name of ['Keep it', 'Delete case']) {
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete case' }).click();
  await expect(card).toBeHidden();
  await expect(page.getByText('No case yet.')).toBeVisible();
  expect(await readdir(join(fixtureConsole.dataDir, 'cases'))).toEqual([]);
});

test('a button that cannot act yet is reached by Tab and says why and what to do; pressed, it does nothing', async ({
  app,
  page,
}) => {
  const asked = requestsTo(page, ['cases/pin', 'cases/star']);
  await app.open('/logs');
  const addToCase = page.getByRole('button', { name: 'Add to case…' });
  await addToCase.click();
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  await expect(pin).toContainText('No case yet. Create a case on the Investigations page first.');
  const pinQuery = pin.getByRole('button', { name: 'Pin query' });
  await expect(pinQuery).toBeDisabled();
  await expect(pinQuery).toHaveAccessibleDescription('No case yet. Create a case on the Investigations page first.');
  await expect(addToCase).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(pin.getByRole('link', { name: 'Investigations page' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(pinQuery).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pin).toBeVisible();

  await app.goTo('/investigations');
  await createCase(page, 'Wallet drain');
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  const exportCase = card.getByRole('button', { name: 'Export case…' });
  await card.getByRole('button', { name: 'Edit case' }).focus();
  await page.keyboard.press('Tab');
  await expect(exportCase).toBeFocused();
  await expect(exportCase).toHaveAccessibleDescription(
    /^Nothing to export yet: use “Add to case…” on a view to pin a query/,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);

  await app.goTo('/logs');
  await page.locator(`${ROWS} [col-id="action"]`).first().click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  const note = star.getByRole('textbox', { name: 'Note' });
  await note.fill('Line one \u202Ereversed');
  const starEvent = star.getByRole('button', { name: 'Star event' });
  await expect(starEvent).toBeDisabled();
  await expect(starEvent).toHaveAccessibleDescription(/^The note cannot hold U\+202E, .*type it again without it\.$/);
  await note.press('Tab');
  await expect(starEvent).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(star).toBeVisible();
  expect(asked).toEqual([]);
});

test('with no case yet, the star form links to the Investigations page, where one is created', async ({
  app,
  page,
}) => {
  await app.open('/logs');
  await page.locator(`${ROWS} [col-id="action"]`).first().click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  const link = star.getByRole('link', { name: 'Investigations page' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/investigations$/);
  await expect(page.getByRole('form', { name: 'New case' })).toBeVisible();
});

/** Creates a case on the Investigations page, which is open. */
async function createCase(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title })).toBeVisible();
}

/** Stars the grid's `row`th event, on the Operational logs page, in the case the form offers first. */
async function starRow(page: Page, row: number, note: string): Promise<void> {
  await page.locator(`${ROWS} [col-id="action"]`).nth(row).click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  await star.getByRole('textbox', { name: 'Note' }).fill(note);
  await star.getByRole('button', { name: 'Star event' }).click();
  await expect(detail.getByText(/^Added to “/)).toBeVisible();
}

test('removing evidence or deleting a case with the keyboard leaves the focus in the list, not on the page', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  for (const title of ['First', 'Second', 'Third']) await createCase(page, title);
  // Two stars and a pin, each in the case changed last: "Third".
  await app.goTo('/logs');
  await page.getByRole('button', { name: 'Add to case…' }).click();
  await page
    .getByRole('group', { name: 'Add this query to a case' })
    .getByRole('button', { name: 'Pin query' })
    .click();
  await expect(page.getByText('Added to “Third”.')).toBeVisible();
  await starRow(page, 0, 'The first');
  await starRow(page, 1, 'The second');

  await app.goTo('/investigations');
  const list = page.getByRole('list', { name: 'Cases' });
  const card = list.getByRole('listitem', { name: 'Third' });
  await expect(card).toContainText('1 pinned query, 2 starred events');
  await card.getByRole('button', { name: 'Show evidence' }).press('Enter');
  const starred = card.getByRole('list', { name: 'Starred events' });
  const unstar = starred.getByRole('button', { name: /^Unstar / });
  await expect(unstar).toHaveCount(2);
  // The next line's Unstar takes the focus; when none is left, the list's heading.
  await unstar.first().press('Enter');
  await expect(starred.getByRole('listitem')).toHaveCount(1);
  await expect(unstar).toBeFocused();
  await unstar.press('Enter');
  await expect(card.getByRole('heading', { name: 'Starred events' })).toBeFocused();
  await card.getByRole('button', { name: /^Unpin / }).press('Enter');
  await expect(card.getByRole('heading', { name: 'Pinned queries' })).toBeFocused();
  await expect(card).toContainText('0 pinned queries, 0 starred events');

  const remove = async (title: string) => {
    const each = list.getByRole('listitem', { name: title });
    await each.getByRole('button', { name: 'Delete…' }).press('Enter');
    await each
      .getByRole('alertdialog', { name: `Delete “${title}”?` })
      .getByRole('button', { name: 'Delete case' })
      .press('Enter');
    await expect(each).toBeHidden();
  };
  // Third, Second, First: the case after the one deleted takes the focus, the one before when it was the last.
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['Third', 'Second', 'First']);
  await remove('Second');
  await expect(list.getByRole('heading', { name: 'First' })).toBeFocused();
  await remove('First');
  await expect(list.getByRole('heading', { name: 'Third' })).toBeFocused();
  await remove('Third');
  await expect(page.getByRole('heading', { level: 2, name: 'Cases' })).toBeFocused();
  await expect(page.getByText('No case yet.')).toBeVisible();
  expect(await app.fatal()).toBeUndefined();
});

test('a title or a view name holding a character that reorders text is refused at its field, naming it', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  const title = form.getByRole('textbox', { name: 'Title' });
  // Shown as "Withdrawals LIVE" while it holds "EVIL": a right-to-left override reverses what follows it.
  await title.fill('Withdrawals \u202eEVIL');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  // Said once, as one sentence: the schema's message already ends it.
  await expect(form.getByRole('alert')).toHaveText(
    'The title cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(page.getByText('No case yet.')).toBeVisible();

  await app.goTo('/logs');
  const name = page.getByLabel('View name');
  await name.fill('deletes \u202eEVIL');
  await expect(page.getByRole('button', { name: 'Save view' })).toBeDisabled();
  await expect(page.getByRole('alert').filter({ hasText: 'The view name cannot hold U+202E' })).toBeVisible();
  await name.fill('deletes');
  await expect(page.getByRole('button', { name: 'Save view' })).toBeEnabled();
});

test('a card number typed in a case or in the label of a pinned query is refused at its field, never shown back, and nothing is sent', async ({
  app,
  page,
}) => {
  const asked = requestsTo(page, ['cases/create', 'cases/pin']);
  const refusal = (what: string) =>
    new RegExp(
      `^${what} holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never sent or kept\\. Write it without the number`,
    );
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  const title = form.getByRole('textbox', { name: 'Title' });
  const purpose = form.getByRole('textbox', { name: 'Purpose' });
  const reference = form.getByRole('textbox', { name: 'Reference' });
  await title.fill(`Chargeback ${CARD_NUMBER}`);
  await purpose.fill(`Disputed payments on ${CARD_NUMBER}`);
  await reference.fill(CARD_NUMBER);
  await reference.press('Enter');
  // Each field says it, in main's words; the first takes the focus.
  await expect(title).toBeFocused();
  for (const [field, what] of [
    [title, 'The title'],
    [purpose, 'The purpose'],
    [reference, 'The reference'],
  ] as const) {
    await expectMarkedInvalid(field);
    await expect(field).toHaveAccessibleDescription(refusal(what));
  }
  expect(await cardNumberShown(page)).toEqual([]);
  expect(asked).toEqual([]);
  await expect(page.getByText('No case yet.')).toBeVisible();

  await title.fill('Chargeback on the card ending 1111');
  await purpose.fill('Disputed payments on the card ending 1111');
  await reference.fill('INC-77');
  await reference.press('Enter');
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem')).toHaveAccessibleName(
    'Chargeback on the card ending 1111',
  );
  expect(asked).toEqual(['cases/create']);

  // A pinned query's label starts as the view's name and is the operator's to change.
  await app.goTo('/logs');
  await page.getByRole('button', { name: 'Add to case…' }).click();
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  const label = pin.getByRole('textbox', { name: 'Label' });
  await expect(label).toHaveValue('Operational logs');
  await label.fill(`Logins with ${CARD_NUMBER}`);
  await expectMarkedInvalid(label);
  await expect(label).toHaveAccessibleDescription(refusal('The label'));
  await expect(pin.getByRole('button', { name: 'Pin query' })).toBeDisabled();
  await label.press('Enter');
  expect(await cardNumberShown(page)).toEqual([]);
  expect(asked).toEqual(['cases/create']);

  await label.fill('Logins on the card ending 1111');
  await expect(label).not.toHaveAttribute('aria-invalid', 'true');
  await pin.getByRole('button', { name: 'Pin query' }).click();
  await expect(page.getByText('Added to “Chargeback on the card ending 1111”.')).toBeVisible();
  expect(asked).toEqual(['cases/create', 'cases/pin']);
  await app.goTo('/investigations');
  await page.getByRole('button', { name: 'Show evidence' }).click();
  await expect(page.getByRole('list', { name: 'Pinned queries' })).toContainText('Logins on the card ending 1111 — ');
});

test.describe('in a 1024x700 window', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('a title, reference and purpose typed without spaces wrap inside the card, and the confirmation names the title cut', async ({
    app,
    page,
  }) => {
    const title = `Drain${'W'.repeat(190)}`;
    await app.open('/investigations');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('textbox', { name: 'Purpose' }).fill('P'.repeat(900));
    await form.getByRole('textbox', { name: 'Reference' }).fill('R'.repeat(190));
    await form.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title })).toBeVisible();
    await expectNoSidewaysScroll(page);

    await app.goTo('/logs');
    const addToCase = page.getByRole('button', { name: 'Add to case…' });
    await addToCase.click();
    // The list of cases keeps its width whatever the length of a title; the page does not scroll sideways.
    const list = page.getByRole('combobox', { name: 'Case' });
    expect((await list.boundingBox())?.width).toBeLessThan(400);
    await expectNoSidewaysScroll(page);
    await page
      .getByRole('group', { name: 'Add this query to a case' })
      .getByRole('button', { name: 'Pin query' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toHaveText(
      // The cut title's "…" ends the sentence: no full stop after it.
      `Added to “${title.slice(0, 59)}…”`,
    );
    // The button keeps its words on one line beside the confirmation.
    expect((await addToCase.boundingBox())?.height).toBeLessThan(40);
    await expectNoSidewaysScroll(page);
  });

  test("a star's note shows the lines it was typed in, and a long word in it wraps inside the card", async ({
    app,
    page,
  }, info) => {
    await app.open('/investigations');
    await createCase(page, 'Wallet drain');
    await app.goTo('/logs');
    await starRow(page, 0, `Starred\nwith two lines ${'W'.repeat(300)}`);
    await app.goTo('/investigations');
    const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
    await card.getByRole('button', { name: 'Show evidence' }).click();
    const line = card.getByRole('list', { name: 'Starred events' }).getByRole('listitem');
    // What is rendered, line ends included: a note folded onto one line would read "Starred with two lines".
    expect(await line.evaluate((element) => (element as HTMLElement).innerText)).toContain('Starred\nwith two lines W');
    await expectNoSidewaysScroll(page);
    expect(await line.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await line.screenshot({ path: info.outputPath('star-note.png') });
    await page.screenshot({ path: info.outputPath('investigations-star-note.png') });
  });

  test('a long star note shows its opening until unfolded, and a note of spaces shows none', async ({ app, page }) => {
    await app.open('/investigations');
    await createCase(page, 'Long notes');
    await app.goTo('/logs');
    await starRow(page, 0, `Opening words ${'word '.repeat(1_000)}closing words`);
    await starRow(page, 1, '     ');
    await app.goTo('/investigations');
    const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Long notes' });
    await card.getByRole('button', { name: 'Show evidence' }).click();
    const stars = card.getByRole('list', { name: 'Starred events' }).getByRole('listitem');
    await expect(stars).toHaveCount(2);
    const long = stars.filter({ hasText: 'Opening words' });
    await expect(long).not.toContainText('closing words');
    const unfold = long.getByRole('button', { name: 'Show the whole note' });
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await unfold.press('Enter');
    await expect(long).toContainText('closing words');
    await expect(long.getByRole('button', { name: 'Show less of the note' })).toBeFocused();
    // The star with a note of spaces reads as one without a note: no dash before nothing.
    const blank = stars.filter({ hasNotText: 'Opening words' });
    expect(await blank.evaluate((element) => (element as HTMLElement).innerText)).not.toContain('—');
  });
});
