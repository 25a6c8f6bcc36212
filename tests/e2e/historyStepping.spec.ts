import { expect, test } from './support/appDriver';

const WALLET = 'e2e-stepping-wallet';
/** Longer than a cell carries: main sends its first 4,000 characters and its length. */
const LONG = 'lorem ipsum dolor sit amet '.repeat(400);

/** Three edits of one wallet's memo, the first setting it to a long value. */
function edit(index: number, before: string, after: string) {
  return {
    id: `e2e-stepping-edit-${index}`,
    clientId: 'e2e-stepping-client',
    actorType: 'manager',
    actorId: 'e2e-stepping-manager',
    actorName: 'Stepping Manager',
    sourceApp: 'crm',
    eventName: 'manager.entity_updated',
    message: 'Stepping Manager updated a wallet',
    metadata: {},
    createdAt: `2026-11-0${index}T10:00:00.000Z`,
    change: {
      actionType: 'update',
      target: { type: 'wallet', id: WALLET },
      changedFields: ['memo'],
      before: { memo: before },
      after: { memo: after },
      bulkId: null,
      bulkSize: null,
    },
  };
}

let remove: (() => Promise<void>) | undefined;
test.beforeEach(async ({ cluster }) => {
  remove = await cluster.plantDocuments('activity', [edit(1, 'a', LONG), edit(2, LONG, 'b'), edit(3, 'b', 'c')]);
});
test.afterEach(async () => {
  await remove?.();
  remove = undefined;
});

test.describe('an entity history, for a risk officer at 1024x700', () => {
  test.use({
    viewport: { width: 1024, height: 700 },
    consoleOptions: { role: 'riskOfficer' },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  test('an arrow key pressed within the edit shown steps and leaves the focus on the stepping button', async ({
    app,
    page,
  }) => {
    await app.open(`/history/wallet/${WALLET}?event=e2e-stepping-edit-1`);
    const position = page.getByText(/^Edit \d+ of \d+$/);
    await expect(position).toHaveText('Edit 1 of 3');
    await page.getByRole('region', { name: 'memo, after (a long value; it scrolls)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Edit 2 of 3');
    await expect(page.getByRole('button', { name: 'Next edit' })).toBeFocused();

    await page.getByRole('button', { name: 'Star in case…' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Edit 3 of 3');
    // Next edit is disabled at the last edit: the other button takes the focus.
    await expect(page.getByRole('button', { name: 'Previous edit' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(position).toHaveText('Edit 2 of 3');
  });

  test('an arrow key pressed on Show unchanged values steps too, the box staying ticked', async ({ app, page }) => {
    await app.open(`/history/wallet/${WALLET}?event=e2e-stepping-edit-1`);
    const position = page.getByText(/^Edit \d+ of \d+$/);
    await expect(position).toHaveText('Edit 1 of 3');
    const unchanged = page.getByRole('checkbox', { name: 'Show unchanged values' });
    await unchanged.focus();
    await page.keyboard.press('Space');
    await expect(unchanged).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Edit 2 of 3');
    await expect(page.getByRole('button', { name: 'Next edit' })).toBeFocused();
    await expect(unchanged).toBeChecked();
  });

  test('a copy is said of the edit it was made from, not of the next one', async ({ app, page }) => {
    await app.open(`/history/wallet/${WALLET}?event=e2e-stepping-edit-2`);
    await page.getByRole('button', { name: 'Copy before (redacted)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Before copied.' })).toBeVisible();
    await page.getByRole('button', { name: 'Next edit' }).click();
    await expect(page.getByRole('row', { name: 'memo: changed from b to c' })).toBeVisible();
    await expect(page.getByText('Before copied.')).toHaveCount(0);
  });

  test('a long value in the state after an edit scrolls in its own box, cut as the diff cuts it', async ({
    app,
    page,
  }) => {
    await app.open(`/history/wallet/${WALLET}?event=e2e-stepping-edit-1`);
    const state = page.getByRole('table', { name: 'State after edit 1' });
    const value = state.getByRole('region', { name: 'memo, after this edit (a long value; it scrolls)' });
    await expect(value).toHaveText(`${LONG.slice(0, 4_000)}… (the first 4,000 of 10,800 characters)`);
    expect((await state.boundingBox())?.height ?? Infinity, 'the table stays within the window').toBeLessThan(350);
  });
});

test.describe('an entity history, for an investigator starring an edit', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('an arrow key pressed on an open star form keeps the note typed there and the edit shown', async ({
    app,
    page,
  }) => {
    await app.open('/investigations');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Wallet memo edits');
    await form.getByRole('textbox', { name: 'Purpose' }).fill('Edits of one wallet memo by a manager');
    await form.getByRole('button', { name: 'Create case' }).press('Enter');
    await expect(
      page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet memo edits' }),
    ).toBeVisible();

    await app.goTo(`/history/wallet/${WALLET}?event=e2e-stepping-edit-2`);
    const position = page.getByText(/^Edit \d+ of \d+$/);
    await expect(position).toHaveText('Edit 2 of 3');
    const star = page.getByRole('button', { name: 'Star in case…' });
    await star.focus();
    await page.keyboard.press('Enter');
    const note = page.getByRole('textbox', { name: 'Note' });
    await note.fill('memo emptied before the withdrawal');
    await star.focus();
    await page.keyboard.press('ArrowRight');
    await expect(note).toHaveValue('memo emptied before the withdrawal');
    await expect(position).toHaveText('Edit 2 of 3');
    // Nor does an arrow key pressed on the form's own button, outside any field.
    await page
      .getByRole('group', { name: 'Add this event to a case' })
      .getByRole('button', { name: 'Star event' })
      .focus();
    await page.keyboard.press('ArrowLeft');
    await expect(note).toHaveValue('memo emptied before the withdrawal');
    await expect(position).toHaveText('Edit 2 of 3');
    // Closed, the form no longer holds anything typed: the arrow keys step again.
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);
    await star.focus();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText('Edit 3 of 3');
  });
});
