import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/appDriver';
import { CARD_NAMED, CARD_NUMBER, cardNumberShown } from './support/cardNumber';
import { expectMarkedInvalid } from './support/invalidField';
import { requestsTo } from './support/requestsTo';

test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'investigator' } });

test('a card number in the folder or the file name is refused at its field, never shown back, and nothing is written', async ({
  app,
  page,
  folder,
}) => {
  const asked = requestsTo(page, ['export/start']);
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export-row-count')).toContainText('rows will be exported.');
  await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Ticket INC-5: evidence of a wallet change');
  const folderField = dialog.getByRole('textbox', { name: 'Folder' });
  const name = dialog.getByRole('textbox', { name: 'File name' });
  const refusal = (what: string) =>
    `${what} holds what looks like ${CARD_NAMED}; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.`;

  // Said as it is typed, and on Export the first field at fault takes the focus; nothing is sent.
  await folderField.fill(join(folder, CARD_NUMBER));
  await name.fill(`${CARD_NUMBER}.csv`);
  await expect(folderField).toHaveAccessibleDescription(refusal('The folder path'));
  await expect(name).toHaveAccessibleDescription(refusal('The file name'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
  await expect(folderField).toBeFocused();
  await expectMarkedInvalid(folderField);
  await expectMarkedInvalid(name);

  // A folder that is not a full path is not quoted back when it holds the number: both problems are said.
  await folderField.fill(CARD_NUMBER);
  await folderField.press('Tab');
  await expect(folderField).toHaveAccessibleDescription(
    `${refusal('The folder path')} Choose a folder by its full path, from / (or a drive such as C:\\).`,
  );

  await folderField.fill(folder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
  await expect(name).toBeFocused();
  expect(await cardNumberShown(page)).toEqual([]);
  expect(asked).toEqual([]);
  expect(await readdir(folder)).toEqual([]);
});
