import { expect, test } from './support/appDriver';

// Both ends of a range are inclusive, so a range that starts and ends at the same instant is valid and
// names one millisecond: an empty result says why instead of passing for a quiet time.

const SAID =
  'The range starts and ends at the same instant, 2026-12-06 00:00:00 UTC: only what was logged at that very ' +
  'millisecond is shown. Widen the range to see more.';

test('a link whose range starts and ends at the same instant says so on the logs page and the journal', async ({
  app,
  page,
}) => {
  await app.open('/logs?from=2026-12-06T00:00:00Z&to=2026-12-06T00:00:00Z');
  await expect(page.getByTestId('match-total')).toHaveText(/^0 matches/);
  await expect(page.getByRole('note').filter({ hasText: 'same instant' })).toHaveText(SAID);

  // A range one millisecond wider is an ordinary range.
  await app.goTo('/logs?from=2026-12-06T00:00:00Z&to=2026-12-06T00:00:00.001Z');
  await expect(page.getByTestId('match-total')).toHaveText(/^0 matches/);
  await expect(page.getByText('same instant')).toHaveCount(0);

  await app.goTo('/journal?from=2026-12-06T00:00:00Z&to=2026-12-06T00:00:00Z');
  await expect(page.getByTestId('journal-origin')).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'same instant' })).toHaveText(SAID);
});
