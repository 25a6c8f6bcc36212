import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';
import { expectKeptUntilEscape, saveDeletes, typeViewName } from './support/savedViews';

test.use({ consoleOptions: { name: 'e2e-view-questions' } });

// Each question that would delete or overwrite the view starts on what keeps it: Enter by mistake changes nothing.
for (const { asker, question, answers } of [
  { asker: 'Delete view', question: 'Delete view', answers: ['Cancel', 'Delete'] },
  { asker: 'Save to view', question: 'Save view', answers: ['Cancel', 'Replace'] },
] as const) {
  test(`the ${question} question asked by ${asker} starts on Cancel, keeps Tab within it, and Escape gives the focus back`, async ({
    app,
    page,
  }) => {
    await saveDeletes(app, page);
    const opener = page.getByRole('button', { name: asker });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    await expectKeptUntilEscape(page, page.getByRole('alertdialog', { name: question }), answers, opener);
    await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
    expect(await app.fatal()).toBeUndefined();
  });
}

test('the Replace view question starts on Cancel, keeps Tab within it, and Escape gives the focus back to the name', async ({
  app,
  page,
}) => {
  await saveDeletes(app, page);
  await typeViewName(page, 'Deletes');
  const name = page.getByRole('textbox', { name: 'View name' });
  await expectKeptUntilEscape(
    page,
    page.getByRole('alertdialog', { name: 'Replace view' }),
    ['Cancel', 'Replace'],
    name,
  );
  await expect(name).toHaveValue('Deletes');
  expect(await app.fatal()).toBeUndefined();
});
