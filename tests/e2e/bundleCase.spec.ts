import { expect, test } from './support/appDriver';
import { showCarriedCase } from './support/bundleOpener';
import { expectNoSidewaysScroll } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';

/** When the notes of a test bundle's case were written. */
const NOTE_AT = '2026-11-30T09:15:00.000Z';

test.describe('an investigator reading the case a reopened bundle carries', () => {
  test.use({
    consoleOptions: { name: 'e2e-bundle', source: 'demo', role: 'investigator', demoDataset: { clients: 5, days: 2 } },
  });

  test('shows the case a bundle carries, read-only and as exported: its notes with their lines, its stars', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }, info) => {
    const at = '2026-11-30T09:15:00.000Z';
    const path = await writeTestBundle(
      fixtureConsole.dataDir,
      folder,
      'case.acbundle',
      {},
      {
        title: 'Wallet freeze \u202Ereview',
        reference: 'INC-77',
        notes: [{ at, author: 'Ivy Investigator', text: `First line\nsecond line ${'x'.repeat(300)}` }],
        stars: [{ family: 'operational', recordId: 'evidence-0', note: 'Frozen before the withdrawal', at }],
      },
    );
    const carried = await showCarriedCase(app, path);
    await expect(carried).toContainText('Wallet freeze ⟨U+202E⟩review · reference INC-77 · read-only, as exported');
    await expect(carried.getByRole('heading', { name: 'Notes (1 note)' })).toBeVisible();
    const note = carried.getByRole('list', { name: 'Case notes' }).getByRole('listitem');
    expect(await note.innerText()).toMatch(/^First line\nsecond line x+/);
    await expect(note).toContainText('(Ivy Investigator, 2026-11-30');
    await expect(carried.getByRole('heading', { name: 'Starred events (1 event)' })).toBeVisible();
    await expect(carried.getByRole('list', { name: 'Case starred events' }).getByRole('listitem')).toContainText(
      'update · Clients / Wallets evidence-0 — Frozen before the withdrawal (starred 2026-11-30',
    );
    // Nothing in it can be changed: it offers no control but the links of the page around it.
    await expect(carried.getByRole('button')).toHaveCount(0);
    await expect(carried.getByRole('textbox')).toHaveCount(0);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSidewaysScroll(page);
    await carried.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('bundle-case-1024-dark.png') });
    expect(await app.fatal()).toBeUndefined();
  });

  test('shows a long note by its opening, unfolded whole and folded again from the keyboard', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }, info) => {
    // As long as a note may be.
    const long = `Long note opening ${'word '.repeat(3_993)}long note end`.padEnd(20_000, '.');
    const path = await writeTestBundle(
      fixtureConsole.dataDir,
      folder,
      'long-note.acbundle',
      {},
      {
        title: 'Wallet freeze',
        notes: [
          { at: NOTE_AT, author: 'Ivy Investigator', text: long },
          { at: NOTE_AT, author: 'Ivy Investigator', text: 'Short note' },
        ],
        stars: [{ family: 'operational', recordId: 'evidence-0', note: long, at: NOTE_AT }],
      },
    );
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const carried = await showCarriedCase(app, path);
    const notes = carried.getByRole('list', { name: 'Case notes' }).getByRole('listitem');
    const first = notes.nth(0);
    await expect(first).toContainText('Long note opening word word');
    await expect(first).not.toContainText('long note end');
    // Folded, the note takes a few lines: the rest of the case follows close below it.
    expect((await first.boundingBox())?.height).toBeLessThan(200);
    const unfold = first.getByRole('button', { name: 'Show the whole note' });
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await expect(notes.nth(1)).toContainText('Short note (Ivy Investigator');
    await expect(notes.nth(1).getByRole('button')).toHaveCount(0);
    // A star's long note is folded the same way.
    const star = carried.getByRole('list', { name: 'Case starred events' }).getByRole('listitem');
    await expect(star).not.toContainText('long note end');
    await expect(star.getByRole('button', { name: 'Show the whole note' })).toHaveAttribute('aria-expanded', 'false');
    await expectNoSidewaysScroll(page);
    await carried.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('bundle-case-long-note-1024-dark.png') });

    // Enter unfolds it whole, Space folds it again, the focus staying on the button.
    await unfold.focus();
    await page.keyboard.press('Enter');
    const fold = first.getByRole('button', { name: 'Show less of the note' });
    await expect(fold).toBeFocused();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    expect(await first.innerText()).toContain(long);
    await expectNoSidewaysScroll(page);
    await page.keyboard.press('Space');
    await expect(unfold).toBeFocused();
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await expect(first).not.toContainText('long note end');
    // Folded from the end of the note, the button is back in the window.
    await expect(unfold).toBeInViewport();
    expect(await app.fatal()).toBeUndefined();
  });

  test('says a note of spaces only is empty, and shows a star with such a note as one without', async ({
    app,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(
      fixtureConsole.dataDir,
      folder,
      'blank-note.acbundle',
      {},
      {
        title: 'Wallet freeze',
        notes: [{ at: NOTE_AT, author: 'Ivy Investigator', text: '     ' }],
        stars: [{ family: 'operational', recordId: 'evidence-0', note: ' \n ', at: NOTE_AT }],
      },
    );
    const carried = await showCarriedCase(app, path);
    const note = carried.getByRole('list', { name: 'Case notes' }).getByRole('listitem');
    expect(await note.innerText()).toMatch(/^\(an empty note\) \(Ivy Investigator, 2026-11-30/);
    const star = carried.getByRole('list', { name: 'Case starred events' }).getByRole('listitem');
    // The star is named in the bundle's words once its record is read from the bundle.
    await expect.poll(() => star.innerText()).toMatch(/^update · Clients \/ Wallets evidence-0 \(starred 2026-11-30/);
    expect(await app.fatal()).toBeUndefined();
  });
});
