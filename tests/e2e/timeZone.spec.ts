import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { rowOf } from './support/grid';

// Berlin left summer time at 01:00 UTC on 2026-10-25, inside the fixture's October.
test.use({ timezoneId: 'Europe/Berlin' });
const CLOCKS_WENT_BACK = '2026-10-25T01:00:00.000Z';

/** "2026-10-20 14:05:09": the instant's wall clock at a whole-hour offset, worked out without Intl. */
const wallClock = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** A range bound as its chip shows it in UTC: to the second, and the milliseconds it holds. */
const boundClock = (iso: string) => {
  const millis = Date.parse(iso) % 1000;
  return `${wallClock(iso, 0)}${millis > 0 ? `.${String(millis).padStart(3, '0')}` : ''}`;
};

const createdCell = (page: Page, id: string): Locator => page.locator(`${rowOf(id)} [col-id="created"]`).first();

async function choose(page: Page, zone: Locator, choice: 'local' | 'utc'): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/prefs/display/save') && response.ok()),
    zone.selectOption(choice),
  ]);
}

test('times show in local time with the offset each instant had, or in UTC, and the choice is kept', async ({
  app,
  page,
  cluster,
}) => {
  const winter = await cluster.newestLog([]);
  const summer = await cluster.newestLog([{ range: { created: { lt: CLOCKS_WENT_BACK } } }]);
  expect(Date.parse(winter.created)).toBeGreaterThan(Date.parse(CLOCKS_WENT_BACK));
  await app.open();
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await choose(page, zone, 'local');
  try {
    await expect(page.getByRole('columnheader', { name: 'Created (Europe/Berlin)' })).toBeVisible();
    await expect(createdCell(page, winter.id)).toHaveText(`${wallClock(winter.created, 1)} UTC+01:00`);
    await app.goTo(`/logs?${new URLSearchParams({ to: summer.created }).toString()}`);
    await expect(createdCell(page, summer.id)).toHaveText(`${wallClock(summer.created, 2)} UTC+02:00`);

    await choose(page, zone, 'utc');
    await expect(page.getByRole('columnheader', { name: 'Created (UTC)' })).toBeVisible();
    await expect(createdCell(page, summer.id)).toHaveText(`${wallClock(summer.created, 0)} UTC`);
    await expect(
      page.getByLabel('Active filters').getByText(`Created: … → ${boundClock(summer.created)} UTC`),
    ).toBeVisible();

    await page.reload();
    await page.waitForSelector('html[data-app-state="loaded"]');
    await expect(zone).toHaveValue('utc');
    await expect(createdCell(page, summer.id)).toHaveText(`${wallClock(summer.created, 0)} UTC`);
  } finally {
    await choose(page, zone, 'local');
  }
});
