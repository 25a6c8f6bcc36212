import { expect, test } from './support/appDriver';
import { expectGridShows, ROWS } from './support/grid';

test.use({ consoleOptions: { role: 'investigator' } });

test('two starred events of the same summary each have an Unstar named by its event', async ({ app, page }) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Client look-ups');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Look-ups of one client through the open API');
  await form.getByRole('button', { name: 'Create case' }).press('Enter');
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Client look-ups' });
  await expect(card).toBeVisible();

  // The first two look-ups of the grid: two events, one summary.
  await app.goTo('/logs');
  await expectGridShows(page);
  const lookUps = page
    .locator(ROWS)
    .filter({ has: page.locator('[col-id="action"]', { hasText: /^get$/ }) })
    .locator('[col-id="action"]');
  const detail = page.getByTestId('log-detail');
  const headings: string[] = [];
  const chosen: string[] = [];
  for (const row of [0, 1]) {
    const id = (await lookUps.nth(row).locator('xpath=ancestor::*[@row-id][1]').getAttribute('row-id')) ?? '';
    expect(id).not.toBe('');
    chosen.push(id);
    await lookUps.nth(row).click();
    // The grid tells of the click after it: the panel shows this event once its id is under the heading.
    await expect(detail.locator(':scope > p.muted > code')).toHaveText(id);
    headings.push((await detail.getByRole('heading').first().textContent()) ?? '');
    await detail.getByRole('button', { name: 'Star in case…' }).click();
    const star = detail.getByRole('group', { name: 'Add this event to a case' });
    await star.getByRole('textbox', { name: 'Note' }).fill(`Look-up ${row + 1}`);
    await star.getByRole('button', { name: 'Star event' }).click();
    // The form closes once the star is kept.
    await expect(star).toBeHidden();
    await expect(detail.getByText('Added to “Client look-ups”.')).toBeVisible();
  }
  expect(chosen[0]).not.toBe(chosen[1]);
  expect(headings[0]).toBe(headings[1]);

  await app.goTo('/investigations');
  await card.getByRole('button', { name: 'Show evidence' }).press('Enter');
  const starred = card.getByRole('list', { name: 'Starred events' }).getByRole('listitem');
  await expect(starred).toHaveCount(2);
  const ids = await starred.locator('code').allTextContents();
  expect([...ids].sort()).toEqual([...chosen].sort());
  for (const [index, id] of ids.entries()) {
    const summary = (await starred.nth(index).textContent())?.split(` ${id}`)[0] ?? '';
    expect(summary).toBe(headings[0]);
    await expect(card.getByRole('button', { name: `Unstar “${summary}” (${id})`, exact: true })).toHaveCount(1);
  }
});
