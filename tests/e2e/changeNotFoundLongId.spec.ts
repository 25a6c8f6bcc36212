import { expect, test } from './support/appDriver';

/** An id as long as a link may hold one: 200 characters. */
const LONG_ID = `evt-${'a1'.repeat(98)}`;
/** The same id as the page's heading shows it: its first 63 characters and "…". */
const CUT = `${LONG_ID.slice(0, 63)}…`;

test.describe('a link to a change no log holds, by an id of 200 characters', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('the diff page says no event has that id, cut as its heading cuts it', async ({ app, page }) => {
    await app.open(`/diff/${LONG_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: `Change of event ${CUT}` })).toBeVisible();
    const problem = page.getByRole('alert');
    await expect(problem).toContainText(`No event with id ${CUT} is in the log you can see`);
    await expect(problem).not.toContainText(LONG_ID);
  });

  test('the bulk operation page says no operation has that id, cut as its heading cuts it', async ({ app, page }) => {
    await app.open(`/bulk/${LONG_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: `Bulk operation ${CUT}` })).toBeVisible();
    const problem = page.getByRole('alert');
    await expect(problem).toContainText(`No bulk operation ${CUT} is in the log you can see`);
    await expect(problem).not.toContainText(LONG_ID);
  });

  test('the history page says no edit is of that entity, cut as its heading cuts it', async ({ app, page }) => {
    await app.open(`/history/client/${LONG_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: `Edit history of client ${CUT}` })).toBeVisible();
    const problem = page.getByRole('alert');
    await expect(problem).toContainText(`No edits of client ${CUT} are in the log you can see`);
    await expect(problem).not.toContainText(LONG_ID);
  });
});
