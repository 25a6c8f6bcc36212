import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { expectTabGoesRound, retype, tabTo } from './support/keyboard';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';
import { recordRequestsTo } from './support/requestsTo';

const PURPOSE = 'Ticket INC-4711: wallet changes before a withdrawal';

/** Opens the export dialog from the logs with the keyboard: Tab to "Export…", then Enter. */
async function openExportByKeyboard(page: Page) {
  const opener = page.getByRole('button', { name: 'Export…' });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-row-count')).toContainText('rows will be exported.');
  return {
    dialog,
    purpose: dialog.getByRole('textbox', { name: 'Purpose' }),
    folder: dialog.getByRole('textbox', { name: 'Folder' }),
    name: dialog.getByRole('textbox', { name: 'File name' }),
    exportButton: dialog.getByRole('button', { name: 'Export', exact: true }),
  };
}

/** The exports the console was asked for. */
function exportsAsked(page: Page): unknown[] {
  return recordRequestsTo(page, ['export/start'], ({ json }) => json());
}

/** The field has the focus, within the dialog's visible part, marked invalid and described by `why`. */
async function expectAtFault(field: Locator, why: RegExp): Promise<void> {
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expectMarkedInvalid(field);
  await expect(field).toHaveAccessibleDescription(why);
}

test.describe('the export dialog, with the keyboard', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('says at each field what is wrong with it, as it is left or on Export, and goes there; nothing is sent', async ({
    app,
    page,
    folder,
  }, info) => {
    const asked = exportsAsked(page);
    await app.open();
    const { dialog, purpose, folder: folderField, name, exportButton } = await openExportByKeyboard(page);

    // A relative folder is said once the field is left, not while it is typed.
    await expect(exportButton).toBeEnabled();
    await tabTo(page, folderField);
    await page.keyboard.type('evidence');
    await expect(folderField).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Tab');
    await expect(name).toBeFocused();
    await expectMarkedInvalid(folderField);
    await expect(folderField).toHaveAccessibleDescription(/^Choose a folder by its full path.*"evidence"/);
    await tabTo(page, folderField, { backwards: true });
    await retype(page, '');
    await expect(folderField).toHaveAccessibleDescription(/^Choose the folder to export to, by its full path/);

    // No purpose yet: Export is still on offer, and Enter in a field says what is missing where it is missing.
    await tabTo(page, name);
    await page.keyboard.press('Enter');
    await expectAtFault(
      purpose,
      /^The purpose is empty; say why you export.*Required; it goes into the operator journal/,
    );
    await expectMarkedInvalid(folderField);
    await expect(dialog.getByRole('alert')).toHaveCount(0);

    // Blank is no purpose either.
    await page.keyboard.type('   ');
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    await expectAtFault(purpose, /^The purpose is empty/);
    await retype(page, PURPOSE);
    await expect(purpose).not.toHaveAttribute('aria-invalid', 'true');

    // The first field at fault takes the focus: now the folder.
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    await expectAtFault(folderField, /^Choose the folder to export to/);
    await retype(page, folder);
    await expect(folderField).not.toHaveAttribute('aria-invalid', 'true');

    // Names main would refuse are said at the name, before anything is asked of it.
    await page.keyboard.press('Tab');
    for (const [junk, why] of [
      ['../../etc/passwd', /^The file name cannot hold "\/"/],
      ['.a.csv', /^A name starting with "\." makes a hidden file/],
      ['evidence\u202Etxt.csv', /^The file name cannot hold U\+202E/],
      [
        `${'x'.repeat(300)}.csv`,
        /^The file name is too long: shorten it to at most 200 bytes; this one has 304\. Letters beyond a-z take two or more\.$/,
      ],
      ['evidence.txt', /^Name the file so it ends with \.csv\.$/],
    ] as const) {
      await retype(page, junk);
      await page.keyboard.press('Enter');
      await expectAtFault(name, why);
      await expect(name).toHaveValue(junk);
    }
    await page.screenshot({ path: info.outputPath('name-refused.png') });
    expect(asked).toEqual([]);

    // A folder only main can tell is missing: its refusal is said at the folder, which takes the focus.
    await retype(page, 'evidence.csv');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    const missing = join(folder, 'not-there');
    await tabTo(page, folderField, { backwards: true });
    await retype(page, missing);
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    await expectAtFault(folderField, /^The folder .*not-there does not exist; create it or choose another\.$/);
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    expect(asked).toHaveLength(1);
    await page.screenshot({ path: info.outputPath('folder-refused.png') });

    // Mended, the mark goes as it is typed, and Export writes the file.
    await retype(page, folder);
    await expect(folderField).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('export-result')).toHaveText(/rows exported, complete\.$/, { timeout: 60_000 });
    expect(await readdir(folder)).toEqual(['evidence.csv']);
  });
});

test.describe('the export dialog, given a card number as purpose', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('says so at the purpose as it is typed, never shows the number back, and exports nothing until it is gone', async ({
    app,
    page,
    folder,
  }) => {
    const asked = exportsAsked(page);
    await app.open();
    const { dialog, purpose, folder: folderField, exportButton } = await openExportByKeyboard(page);
    const refusal = new RegExp(
      `^The purpose holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never sent or kept\\. Write it without the number.*Required; it goes into the operator journal`,
    );
    await tabTo(page, purpose);
    await page.keyboard.type(`Dispute on ${CARD_NUMBER}`);
    await expectMarkedInvalid(purpose);
    await expect(purpose).toHaveAccessibleDescription(refusal);
    await tabTo(page, folderField);
    await page.keyboard.type(folder);
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    await expectAtFault(purpose, refusal);
    expect(await cardNumberShown(page)).toEqual([]);
    expect(asked).toEqual([]);

    await retype(page, 'Dispute on the card ending 1111');
    await expect(purpose).not.toHaveAttribute('aria-invalid', 'true');
    await tabTo(page, exportButton);
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('export-result')).toHaveText(/rows exported, complete\.$/, { timeout: 60_000 });
    expect(asked).toHaveLength(1);
    expect(await readdir(folder)).toHaveLength(1);
  });
});

test.describe('the export dialog, given a folder with right-to-left text', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  // A folder holding quotes of its own is isolated whole all the same, not up to its first quote.
  for (const typed of ['%E0%A4%Aمجلد الأدلة', 'مجلد "الأدلة" 2026']) {
    test(`quotes ${typed} isolated, so the closing quote stays after it`, async ({ app, page }) => {
      await app.open();
      const { folder: folderField } = await openExportByKeyboard(page);
      await tabTo(page, folderField);
      await page.keyboard.type(typed);
      await page.keyboard.press('Enter');
      // The empty purpose takes the focus; the folder is said at its field all the same.
      await expectMarkedInvalid(folderField);
      await expect(folderField).toHaveAccessibleDescription(
        `Choose a folder by its full path, from / (or a drive such as C:\\), not "${typed}".`,
      );
      // The value sits in an isolate of its own: its direction cannot move the quote or the full stop.
      const isolated = await folderField.evaluate((field) =>
        (field.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .flatMap((id) => [...(document.getElementById(id)?.querySelectorAll('bdi') ?? [])])
          .map((element) => element.textContent),
      );
      expect(isolated).toEqual([typed]);
    });
  }
});

test.describe('the export dialog, asked whether to replace a file', () => {
  test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

  test('keeps Tab between its two answers, starts no second export, and Escape keeps the file', async ({
    app,
    page,
    folder,
  }) => {
    await writeFile(join(folder, 'exists.csv'), 'kept as it was\n');
    const asked = exportsAsked(page);
    await app.open();
    const { dialog, purpose, folder: folderField, name, exportButton } = await openExportByKeyboard(page);
    await tabTo(page, purpose);
    await page.keyboard.type(PURPOSE);
    await tabTo(page, folderField);
    await page.keyboard.type(folder);
    await tabTo(page, name);
    await retype(page, 'exists.csv');
    await page.keyboard.press('Enter');
    const question = dialog.getByRole('alertdialog', { name: 'Replace the file?' });
    const replace = question.getByRole('button', { name: 'Replace it' });
    const keep = question.getByRole('button', { name: 'Keep the existing file' });
    await expect(keep).toBeFocused();
    expect(asked).toHaveLength(1);

    // Tab and Shift+Tab go from one answer to the other and nowhere else.
    await expectTabGoesRound(page, [keep, replace], 3);
    // The dialog's own Export waits for the answer.
    await expect(exportButton).toBeDisabled();
    await page.keyboard.press('Enter');
    await expect(question).toBeHidden();
    await expect(name).toBeFocused();
    expect(asked).toHaveLength(1);
    await expect(exportButton).toBeEnabled();

    // Escape keeps the file too, and goes back to its name.
    await page.keyboard.press('Enter');
    await expect(keep).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(name).toBeFocused();
    expect(asked).toHaveLength(2);
    expect(await readFile(join(folder, 'exists.csv'), 'utf8')).toBe('kept as it was\n');
  });
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the export dialog at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme, consoleOptions: { role: 'investigator' } });

    test('wraps what each field says and never scrolls sideways', async ({ app, page, folder }, info) => {
      await app.open();
      const { dialog, purpose, folder: folderField, name } = await openExportByKeyboard(page);
      await tabTo(page, purpose);
      await page.keyboard.type('ok');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`relative/${'f'.repeat(300)}`);
      await page.keyboard.press('Tab');
      await retype(page, `${'n'.repeat(300)}.csv`);
      await page.keyboard.press('Enter');
      await expectAtFault(purpose, /at least 3 characters/);
      await expectMarkedInvalid(folderField);
      await expectMarkedInvalid(name);
      await expectNoSidewaysScroll(page);
      const sideways = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(sideways, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath('fields-refused.png') });

      // A long path main refuses wraps inside the dialog too.
      await retype(page, PURPOSE);
      await tabTo(page, folderField);
      await retype(page, join(folder, 'm'.repeat(200)));
      await tabTo(page, name);
      await retype(page, 'evidence.csv');
      await page.keyboard.press('Enter');
      await expectAtFault(folderField, /does not exist/);
      expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath('folder-refused.png') });
    });
  });
}
