import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { requestsTo } from './support/requestsTo';

const rows = (count: number) => count.toLocaleString('en-US');
const PURPOSE = 'Ticket INC-4711: every log of the fixture for the auditors';

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('as an investigator', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('previews, then writes every row the grid matches past 10,000, redacted, and asks before replacing', async ({
    app,
    page,
    fixtureConsole,
    cluster,
    folder,
  }) => {
    // Two exports of the whole fixture on two shared cores: minutes, not the default one.
    test.setTimeout(240_000);
    await app.open();
    const total = await cluster.count([]);
    expect(total).toBeGreaterThan(10_000);
    const planted = await cluster.plantedBearerToken();
    const dialog = await openExport(page);

    await expect(dialog.getByTestId('export-row-count')).toHaveText(`${rows(total)} rows will be exported.`);
    await expect(dialog.getByRole('list', { name: 'Redaction rules' }).getByRole('listitem').first()).toBeVisible();
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    // On offer before the purpose is typed: pressed, it says at the purpose that one is needed.
    await expect(exportButton).toBeEnabled();

    // A purpose past its limit is kept as typed and said beside the field; Export goes back to it until shortened.
    const purpose = dialog.getByRole('textbox', { name: 'Purpose' });
    await purpose.fill('p'.repeat(2_001));
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await dialog.getByRole('textbox', { name: 'File name' }).fill('fixture.csv');
    await expect(purpose).toHaveValue('p'.repeat(2_001));
    await expect(purpose).toHaveAccessibleDescription(
      /The purpose is too long: shorten it to at most 2,000 characters; this one has 2,001\./,
    );
    await exportButton.click();
    await expect(purpose).toBeFocused();
    await expect(purpose).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    await purpose.fill(PURPOSE);
    await expect(purpose).not.toHaveAttribute('aria-invalid', 'true');
    await exportButton.click();
    await expect(dialog.getByTestId('export-result')).toHaveText(
      `${rows(total)} of ${rows(total)} rows exported, complete.`,
      { timeout: 60_000 },
    );
    expect(await readdir(folder)).toEqual(['fixture.csv']);
    const csv = await readFile(join(folder, 'fixture.csv'), 'utf8');
    for (const id of await cluster.newestIds([], 20)) expect(csv).toContain(id);
    expect(csv).toContain(planted.id);
    const token = /Bearer\s+([\w.~+/-]+)/.exec(planted.error)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(8);
    expect(csv).not.toContain(token);

    // The same name again: asked first; keeping it leaves the file alone, replacing writes it anew.
    await exportButton.click();
    const confirm = dialog.getByRole('alertdialog', { name: 'Replace the file?' });
    await expect(confirm).toContainText('fixture.csv');
    // The question takes the focus on its harmless answer.
    await expect(confirm.getByRole('button', { name: 'Keep the existing file' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Keep the existing file' }).click();
    await expect(confirm).toBeHidden();
    // Kept: the focus goes to the name, where another is typed.
    await expect(dialog.getByRole('textbox', { name: 'File name' })).toBeFocused();
    // Escape at the question answers it the same way, and the dialog keeps what it holds.
    await exportButton.click();
    await expect(confirm.getByRole('button', { name: 'Keep the existing file' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(purpose).toHaveValue(PURPOSE);
    await expect(dialog.getByRole('textbox', { name: 'File name' })).toBeFocused();
    await exportButton.click();
    await confirm.getByRole('button', { name: 'Replace it' }).click();
    await expect(dialog.getByTestId('export-result')).toHaveText(
      `${rows(total)} of ${rows(total)} rows exported, complete.`,
      { timeout: 60_000 },
    );
    expect(await readdir(folder)).toEqual(['fixture.csv']);

    // Each export is journaled with its purpose and outcome, the refusals to overwrite included.
    const journal = (await readFile(join(fixtureConsole.dataDir, 'journal', 'operator-journal.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            channel?: string;
            outcome?: string;
            code?: string;
            rows?: number;
            request?: { purpose?: string };
          },
      )
      .filter((record) => record.channel === 'export/start');
    expect(journal.map((record) => [record.request?.purpose, record.outcome, record.code ?? record.rows])).toEqual([
      [PURPOSE, 'ok', total],
      [PURPOSE, 'failed', 'ALREADY_EXISTS'],
      [PURPOSE, 'failed', 'ALREADY_EXISTS'],
      [PURPOSE, 'failed', 'ALREADY_EXISTS'],
      [PURPOSE, 'ok', total],
    ]);
  });

  test('a folder that does not exist is refused at the folder and nothing is written', async ({
    app,
    page,
    folder,
  }) => {
    await app.open();
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: /^NDJSON/ }).check();
    await expect(dialog.getByRole('textbox', { name: 'File name' })).toHaveValue(/\.ndjson$/);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    const missing = join(folder, 'not-there');
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(missing);
    // Enter in a field exports; the refusal names the folder, which takes the focus, described by why.
    await dialog.getByRole('textbox', { name: 'File name' }).press('Enter');
    const folderField = dialog.getByRole('textbox', { name: 'Folder' });
    await expect(folderField).toBeFocused();
    await expect(folderField).toHaveAttribute('aria-invalid', 'true');
    await expect(folderField).toHaveAccessibleDescription(
      `The folder ${missing} does not exist; create it or choose another.`,
    );
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    expect(await readdir(folder)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Closed, the dialog gives the focus back to the button that opened it.
    await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
  });
});

test.describe('junk in the export dialog', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('a file name past the limit is said beside the field, and a refused search cannot be exported', async ({
    app,
    page,
    folder,
  }) => {
    await app.open();
    const dialog = await openExport(page);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    const name = dialog.getByRole('textbox', { name: 'File name' });
    await name.fill(`${'x'.repeat(300)}.csv`);
    // Kept as typed; said with its length in a sentence, not as the request schema's words.
    await expect(name).toHaveValue(`${'x'.repeat(300)}.csv`);
    await expect(name).toHaveAccessibleDescription(
      /^The file name is too long: shorten it to at most 200 bytes; this one has 304\./,
    );
    // Export goes back to the name instead of asking main.
    await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
    await expect(name).toBeFocused();
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    await name.fill('evidence.csv');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A search main refuses: the preview says nothing can be exported until it changes, and Export waits.
    await app.goTo('/logs?q=' + encodeURIComponent('transfer x'));
    const refused = await openExport(page);
    await expect(refused.getByRole('alert')).toHaveText(
      /^Nothing can be exported until the search is changed: "x" cannot be searched on its own/,
    );
    await refused.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    await refused.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await expect(refused.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    expect(await readdir(folder)).toEqual([]);
  });
});

test.describe('an export with nothing to write, or nowhere it can go', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('a folder past its limit is said at the folder as it is typed, in the sentence main refuses it with', async ({
    app,
    page,
    folder,
  }) => {
    await app.open();
    const dialog = await openExport(page);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    const folderField = dialog.getByRole('textbox', { name: 'Folder' });
    await folderField.fill(`${folder}/${'d'.repeat(5_000 - folder.length - 1)}`);
    const tooLong =
      'The folder path is too long: shorten it to at most 4,096 characters; this one has 5,000. Choose a folder with a shorter path.';
    await expect(folderField).toHaveAttribute('aria-invalid', 'true');
    await expect(folderField).toHaveAccessibleDescription(tooLong);
    // Export goes back to the folder instead of asking main, and nothing is written.
    await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
    await expect(folderField).toBeFocused();
    await expect(folderField).toHaveAccessibleDescription(tooLong);
    await expect(dialog.getByTestId('export-result')).toHaveCount(0);
    expect(await readdir(folder)).toEqual([]);
  });

  test('a search matching no rows says there is nothing to export and offers no empty file', async ({
    app,
    page,
    folder,
  }) => {
    await app.open(`/logs?client=${encodeURIComponent(`nobody-${Date.now().toString(36)}`)}`);
    const asked = requestsTo(page, ['export/start']);
    const empty = await openExport(page);
    const nothing =
      'Nothing to export: the search matches no rows. Change the search to export some; no empty file is written.';
    await expect(empty.getByTestId('export-row-count')).toHaveText(nothing);
    await empty.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    await empty.getByRole('textbox', { name: 'Folder' }).fill(folder);
    const exportButton = empty.getByRole('button', { name: 'Export', exact: true });
    await expect(exportButton).toBeDisabled();
    await expect(exportButton).toHaveAccessibleDescription(nothing);
    // Enter in a field exports nothing either; Close, still on offer, closes.
    await empty.getByRole('textbox', { name: 'File name' }).press('Enter');
    await empty.getByRole('button', { name: 'Close' }).press('Enter');
    await expect(empty).toBeHidden();
    expect(asked).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });
});

test.describe('as an auditor', () => {
  test.use({ consoleOptions: { role: 'auditor' } });

  test('may export CSV and NDJSON but is not offered a signed bundle', async ({ app, page }) => {
    await app.open();
    const dialog = await openExport(page);
    await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeEnabled();
    await expect(dialog.getByRole('radio', { name: /^Investigation bundle/ })).toBeDisabled();
  });
});
