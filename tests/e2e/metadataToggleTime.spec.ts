import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

test.use({ timezoneId: 'Asia/Kolkata', consoleOptions: { role: 'riskOfficer' } });

test('an event’s metadata is named with its time as the row shows it, in the operator’s zone', async ({
  app,
  page,
  cluster,
}) => {
  await openBusyClient(app, cluster, 'events');
  const firstRow = page.getByTestId('log-grid').locator('.ag-row[row-index="0"]');
  const date = firstRow.locator('[col-id="createdAt"]');
  await expect(date).toHaveText(/\+05:30$/);
  const shownAt = (await date.textContent()) ?? '';
  const toggle = firstRow.locator('[col-id="metadata"]').getByRole('button', { name: /^Metadata of / });
  await expect(toggle).toHaveAccessibleName(new RegExp(`^Metadata of .+ at ${shownAt.replace('+', '\\+')}$`));

  // The panel it opens is called the same, so the time read out is the one the row shows.
  await toggle.click();
  await expect(page.getByRole('region', { name: `Metadata of` })).toHaveAccessibleName(
    (await toggle.getAttribute('aria-label')) ?? '',
  );
});
