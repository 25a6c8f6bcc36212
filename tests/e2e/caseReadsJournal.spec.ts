import { expect, test } from './support/appDriver';
import { expectGridShows, ROWS } from './support/grid';
import { requestsTo } from './support/requestsTo';

test.use({ consoleOptions: { name: 'case-reads-journal', clusterUser: 'ac-auditor' } });

test("the journal holds a line for each case opened and each star, none for the star form's questions or the list of cases", async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  // The cluster's journal holds other consoles' lines too: only this test's are counted.
  const since = new Date().toISOString();
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Wallet drain');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Withdrawals after a password reset');
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' })).toBeVisible();

  await app.goTo('/logs');
  await expectGridShows(page);
  await page.locator(`${ROWS} [col-id="action"]`).first().click();
  const detail = page.getByTestId('log-detail');
  const opener = detail.getByRole('button', { name: 'Star in case…' });
  const starForm = detail.getByRole('group', { name: 'Add this event to a case' });
  const asked = requestsTo(page, ['cases/keptStar']);
  // Opened and closed from the keyboard three times, then starred.
  for (let opened = 1; opened <= 3; opened += 1) {
    await opener.press('Enter');
    await expect(starForm.getByRole('combobox', { name: 'Case' })).toBeVisible();
    await expect.poll(() => asked.length).toBe(opened);
    await page.keyboard.press('Escape');
    await expect(starForm).toBeHidden();
    await expect(opener).toBeFocused();
  }
  await opener.press('Enter');
  await starForm.getByRole('textbox', { name: 'Note' }).fill('Changed before the withdrawal');
  await starForm.getByRole('button', { name: 'Star event' }).press('Enter');
  await expect(detail.getByText('Added to “Wallet drain”.')).toBeVisible();
  // Opened again, the form still says the event is starred, as the case told it.
  await opener.press('Enter');
  await expect(starForm.getByText('Starred in this case already: your note will be added to its note.')).toBeVisible();
  await page.keyboard.press('Escape');

  // The case is read when its evidence is shown, not when it is only listed.
  const reads = requestsTo(page, ['cases/get']);
  await app.goTo('/investigations');
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet drain' });
  await expect(card).toContainText('1 starred event');
  expect(reads).toEqual([]);
  await card.getByRole('button', { name: 'Show evidence' }).press('Enter');
  await expect(card.getByRole('list', { name: 'Starred events' }).getByRole('listitem')).toHaveCount(1);
  expect(reads).toEqual(['cases/get']);

  await app.goTo(`/journal?from=${encodeURIComponent(since)}`);
  const lines = page.getByRole('table', { name: 'Journal lines' });
  const ofChannel = (channel: string) => lines.getByRole('row', { name: new RegExp(` ${channel} `) });
  await expect(async () => {
    await page.getByRole('button', { name: 'Apply filters' }).press('Enter');
    await expect(ofChannel('cases/get')).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await expect(ofChannel('cases/star')).toHaveCount(1);
  await expect(ofChannel('cases/create')).toHaveCount(1);
  await expect(ofChannel('cases/list')).toHaveCount(0);
  await expect(ofChannel('cases/keptStar')).toHaveCount(0);
});
