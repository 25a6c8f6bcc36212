import { randomUUID } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PIN_LABEL_EMPTY, type InvestigationCase } from '../../src/shared/domain/investigationCase';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

test.use({ consoleOptions: { role: 'investigator' } });

/** Creates a case on the Investigations page, which is open. */
async function createCase(page: Page, title: string, reference = ''): Promise<void> {
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('textbox', { name: 'Reference' }).fill(reference);
  await form.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title })).toBeVisible();
}

const casesList = (page: Page) => page.getByRole('list', { name: 'Cases' });

test("a star's note holding a card number or a token is refused at the field, never shown back, and nothing is sent", async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Wallet drain');
  const asked = requestsTo(page, ['cases/star']);
  await app.goTo('/logs');
  await page.locator(`${ROWS} [col-id="action"]`).first().click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Star in case…' }).click();
  const star = detail.getByRole('group', { name: 'Add this event to a case' });
  const note = star.getByRole('textbox', { name: 'Note' });
  const starEvent = star.getByRole('button', { name: 'Star event' });

  await note.fill(`Paid with ${CARD_NUMBER} minutes before`);
  await expectMarkedInvalid(note);
  await expect(note).toHaveAccessibleDescription(
    new RegExp(`^The note holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never sent or kept\\.`),
  );
  await expect(star.getByRole('alert')).toHaveText(/^The note holds what looks like/);
  await expect(starEvent).toBeDisabled();
  expect(await cardNumberShown(page)).toEqual([]);

  await note.fill(`Session token ${JWT}`);
  await expect(note).toHaveAccessibleDescription(/^The note holds what looks like an access token; .*Write it without/);
  await expect(starEvent).toBeDisabled();
  // Only the field itself holds what was typed.
  await expect(page.getByText(/eyJhbGci/).and(page.locator(':not(textarea)'))).toHaveCount(0);
  expect(asked).toEqual([]);

  await note.fill('Paid with the card ending 1111');
  await expect(note).not.toHaveAttribute('aria-invalid', 'true');
  await starEvent.click();
  await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();
  expect(asked).toEqual(['cases/star']);
});

test('a case is edited in the form that created it, filled; Escape and Cancel keep it, and the focus goes back to Edit case', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Wallet drain', 'INC-42');
  const asked = requestsTo(page, ['cases/edit']);
  const card = casesList(page).getByRole('listitem', { name: 'Wallet drain' });
  const edit = card.getByRole('button', { name: 'Edit case' });
  await edit.click();
  const form = card.getByRole('form', { name: 'Edit case' });
  const title = form.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Wallet drain');
  await expect(form.getByRole('textbox', { name: 'Purpose' })).toHaveValue('Withdrawals after a password reset');
  await expect(form.getByRole('textbox', { name: 'Reference' })).toHaveValue('INC-42');

  await title.fill('Changed, then kept');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('Wallet drain');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  expect(asked).toEqual([]);

  await edit.press('Enter');
  await title.fill('Wallet drain, second wave');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after two password resets');
  await form.getByRole('textbox', { name: 'Reference' }).fill('INC-43');
  await form.getByRole('button', { name: 'Save' }).click();
  const edited = casesList(page).getByRole('listitem', { name: 'Wallet drain, second wave' });
  await expect(edited).toContainText('INC-43 · Withdrawals after two password resets');
  await expect(form).toBeHidden();
  await expect(edited.getByRole('button', { name: 'Edit case' })).toBeFocused();
  expect(asked).toEqual(['cases/edit']);
  await app.goTo('/logs');
  await app.goTo('/investigations');
  await expect(casesList(page).getByRole('heading', { level: 3 })).toHaveText(['Wallet drain, second wave']);
});

test('a title another case has is refused at its field, naming that case; a case keeps its own title', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Wallet drain', 'INC-42');
  const asked = requestsTo(page, ['cases/create', 'cases/edit']);
  const taken = /^A case is already titled “Wallet drain” \(INC-42\); give this one another title/;

  const form = page.getByRole('form', { name: 'New case' });
  const title = form.getByRole('textbox', { name: 'Title' });
  await title.fill('  wallet DRAIN ');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Another look at the same withdrawals');
  await form.getByRole('button', { name: 'Create case' }).click();
  await expectMarkedInvalid(title);
  await expect(title).toHaveAccessibleDescription(taken);
  await expect(form.getByRole('alert')).toHaveText(taken);
  expect(asked).toEqual([]);
  await title.fill('Card testing');
  await form.getByRole('button', { name: 'Create case' }).click();
  const second = casesList(page).getByRole('listitem', { name: 'Card testing' });
  await expect(second).toBeVisible();

  await second.getByRole('button', { name: 'Edit case' }).click();
  const editForm = second.getByRole('form', { name: 'Edit case' });
  const editTitle = editForm.getByRole('textbox', { name: 'Title' });
  await editTitle.fill('WALLET DRAIN');
  await editTitle.press('Enter');
  await expect(editTitle).toHaveAccessibleDescription(taken);
  expect(asked).toEqual(['cases/create']);
  await editForm.getByRole('button', { name: 'Cancel' }).click();

  const first = casesList(page).getByRole('listitem', { name: 'Wallet drain' });
  await first.getByRole('button', { name: 'Edit case' }).click();
  const own = first.getByRole('form', { name: 'Edit case' });
  await own.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset, and refunds');
  await own.getByRole('button', { name: 'Save' }).click();
  await expect(own).toBeHidden();
  await expect(first).toContainText('Withdrawals after a password reset, and refunds');
  expect(asked).toEqual(['cases/create', 'cases/edit']);
});

test('the delete question names the case by its title and reference and counts the evidence lost', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Wallet drain', 'INC-42');
  await app.goTo('/logs');
  await page.getByRole('button', { name: 'Add to case…' }).click();
  await page
    .getByRole('group', { name: 'Add this query to a case' })
    .getByRole('button', { name: 'Pin query' })
    .click();
  await expect(page.getByText('Added to “Wallet drain”.')).toBeVisible();
  for (const row of [0, 1]) {
    await page.locator(`${ROWS} [col-id="action"]`).nth(row).click();
    const detail = page.getByTestId('log-detail');
    await detail.getByRole('button', { name: 'Star in case…' }).click();
    await detail
      .getByRole('group', { name: 'Add this event to a case' })
      .getByRole('button', { name: 'Star event' })
      .click();
    await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();
  }
  await app.goTo('/investigations');
  await createCase(page, 'Empty case');

  const question = async (title: string) => {
    const card = casesList(page).getByRole('listitem', { name: title });
    await card.getByRole('button', { name: 'Delete…' }).click();
    return card.getByRole('alertdialog', { name: `Delete “${title}”?` });
  };
  await expect(await question('Wallet drain')).toHaveAccessibleDescription(
    'Delete the case “Wallet drain” (INC-42)? It holds 1 pinned query and 2 starred events, which will be lost with it. This cannot be undone.',
  );
  await expect(await question('Empty case')).toHaveAccessibleDescription(
    'Delete the case “Empty case”? It holds no pinned query and no starred event. This cannot be undone.',
  );
});

test("Enter in a pinned query's label pins it as the button does; an empty label is said at the field in main's words", async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Wallet drain');
  const asked = requestsTo(page, ['cases/pin']);
  await app.goTo('/logs');
  await page.getByRole('button', { name: 'Add to case…' }).click();
  const pin = page.getByRole('group', { name: 'Add this query to a case' });
  const label = pin.getByRole('textbox', { name: 'Label' });
  await label.fill('   ');
  await expectMarkedInvalid(label);
  await expect(label).toHaveAccessibleDescription(PIN_LABEL_EMPTY);
  await expect(pin.getByRole('alert')).toHaveText(PIN_LABEL_EMPTY);
  await label.press('Enter');
  await expect(pin).toBeVisible();
  expect(asked).toEqual([]);

  await label.fill('Resets before withdrawals');
  await label.press('Enter');
  await expect(page.getByText('Added to “Wallet drain”.')).toBeVisible();
  await expect(pin).toBeHidden();
  expect(asked).toEqual(['cases/pin']);
  await app.goTo('/investigations');
  await casesList(page).getByRole('button', { name: 'Show evidence' }).click();
  await expect(page.getByRole('list', { name: 'Pinned queries' })).toContainText('Resets before withdrawals — ');
});

test('a case an earlier console saved with a card number and a token in its title, purpose and star note shows neither', async ({
  app,
  page,
  fixtureConsole,
}) => {
  await app.open('/investigations');
  await createCase(page, 'Chargeback review');
  const folder = join(fixtureConsole.dataDir, 'cases');
  const [name] = await readdir(folder);
  const file = join(folder, name ?? '');
  const kept = JSON.parse(await readFile(file, 'utf8')) as InvestigationCase;
  const star = { family: 'operational', recordId: 'op-1', summary: 'wallet update by Ann', starredBy: 'Ivy' };
  const older = {
    ...kept,
    title: `Chargeback on ${CARD_NUMBER}`,
    purpose: `Replayed session ${JWT}`,
    starred: [
      { ...star, id: randomUUID(), note: `Paid with ${CARD_NUMBER}, session ${JWT}`, starredAt: kept.createdAt },
    ],
  };
  await writeFile(file, JSON.stringify(older));

  await app.open('/investigations');
  const card = casesList(page).getByRole('listitem', { name: /^Chargeback on / });
  await expect(card).toContainText('1 starred event');
  await card.getByRole('button', { name: 'Show evidence' }).click();
  await expect(card.getByRole('list', { name: 'Starred events' })).toContainText('Paid with');
  await card.getByRole('button', { name: 'Edit case' }).click();
  const edit = card.getByRole('form', { name: 'Edit case' });
  for (const field of ['Title', 'Purpose']) {
    expect(await edit.getByRole('textbox', { name: field }).inputValue()).not.toMatch(/4111 ?1111|eyJhbGci/);
  }
  expect(await cardNumberShown(page)).toEqual([]);
  expect(await page.content()).not.toMatch(/eyJhbGci|eyJzdWIi/);
});
