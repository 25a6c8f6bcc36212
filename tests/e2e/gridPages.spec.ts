import { expect, test } from './support/appDriver';
import { ROWS, renderedIds, rowOf } from './support/grid';
import { recordRequestsTo } from './support/requestsTo';

const n = (value: number) => value.toLocaleString('en-US');

test('numbered pages hold exactly the page size, step and jump deep in cluster order, and survive a reload', async ({
  app,
  page,
  cluster,
}) => {
  const total = await cluster.count([]);
  const lastPage = Math.ceil(total / 10);
  expect(total).toBeGreaterThan(10_000);
  await app.open();
  const pages = page.getByRole('group', { name: 'Pages' });
  await pages.getByRole('button', { name: 'Pages' }).click();
  await page.getByLabel('Page size').selectOption('10');
  await expect(page).toHaveURL(/size=10&mode=pages$/);
  const rows = page.getByTestId('page-rows');
  await expect(rows).toHaveText(`Rows 1–10 of ${n(total)}`);
  await expect.poll(() => renderedIds(page)).toEqual(await cluster.idsFrom([], 0, 10));

  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(rows).toHaveText(`Rows 11–20 of ${n(total)}`);
  await expect(page).toHaveURL(/page=2$/);
  await expect.poll(() => renderedIds(page)).toEqual(await cluster.idsFrom([], 10, 10));

  // A page past the 10,000th row: main walks there on the point in time with search_after.
  const deep = 1_234;
  await pages.getByRole('textbox', { name: 'Page number' }).fill(String(deep));
  await pages.getByRole('textbox', { name: 'Page number' }).press('Enter');
  await expect(rows).toHaveText(`Rows ${n(12_331)}–${n(12_340)} of ${n(total)}`);
  const deepIds = await cluster.idsFrom([], 12_330, 10);
  await expect.poll(() => renderedIds(page)).toEqual(deepIds);

  await app.reload();
  await expect(page.getByTestId('page-rows')).toHaveText(`Rows ${n(12_331)}–${n(12_340)} of ${n(total)}`);
  await expect.poll(() => renderedIds(page)).toEqual(deepIds);

  await pages.getByRole('button', { name: 'Previous page' }).click();
  await expect.poll(() => renderedIds(page)).toEqual(await cluster.idsFrom([], 12_320, 10));
  await pages.getByRole('button', { name: 'Last page' }).click();
  await expect(rows).toHaveText(`Rows ${n((lastPage - 1) * 10 + 1)}–${n(total)} of ${n(total)}`);
  await expect.poll(() => renderedIds(page)).toEqual(await cluster.idsFrom([], (lastPage - 1) * 10, 10));
  await expect(pages.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await pages.getByRole('button', { name: 'First page' }).click();
  await expect(rows).toHaveText(`Rows 1–10 of ${n(total)}`);

  await pages.getByRole('button', { name: 'Scroll' }).click();
  await expect(rows).toHaveCount(0);
  await expect(page).not.toHaveURL(/mode=/);
});

test('a jump to a time shows the page holding the first log at or before it', async ({ app, page, cluster }) => {
  const [target] = await cluster.idsFrom([], 4_321, 1);
  const { created } = await cluster.newestLog([{ term: { id: target } }]);
  const atSecond = new Date(Math.floor(Date.parse(created) / 1000) * 1000);
  const before = await cluster.count([{ range: { created: { gt: atSecond.toISOString() } } }]);
  const [first] = await cluster.idsFrom([], before, 1);
  await app.open('/logs?mode=pages&size=25');
  // The time as the operator types it: in the console's zone (the workstation's own here).
  const typed = await page.evaluate((ms) => {
    const at = new Date(ms);
    const two = (value: number) => String(value).padStart(2, '0');
    return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  }, atSecond.getTime());
  const pages = page.getByRole('group', { name: 'Pages' });
  await pages.getByLabel('Jump to created time').fill(typed);
  await pages.getByRole('button', { name: 'Jump' }).click();
  const pageNumber = Math.floor(before / 25) + 1;
  await expect(page).toHaveURL(new RegExp(`page=${pageNumber}$`));
  await expect(page.locator(rowOf(first ?? '')).first()).toBeAttached();
});

test('a link to a page that cannot be, or is past the end, says so and shows no rows from elsewhere', async ({
  app,
  page,
  cluster,
}) => {
  await app.open('/logs?mode=pages&page=-3');
  const problems = page.getByRole('alert', { name: 'Link problems' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'page=-3' })).toContainText('a page is a whole number');
  await expect(page.getByTestId('log-grid')).toHaveCount(0);

  const total = await cluster.count([]);
  await app.goTo('/logs?mode=pages&page=999999');
  const pastEnd = page.getByTestId('past-end');
  await expect(pastEnd).toContainText(`the ${n(total)} matches fill ${n(Math.ceil(total / 50))} pages`);
  await expect(page.locator(ROWS)).toHaveCount(0);
  await pastEnd.getByRole('button', { name: 'Go to the last page' }).click();
  await expect(page.getByTestId('page-rows')).toHaveText(
    `Rows ${n((Math.ceil(total / 50) - 1) * 50 + 1)}–${n(total)} of ${n(total)}`,
  );
});

test.describe('a jump to a time the clocks skip, typed in Europe/Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('is refused at the time field, as typed, and nothing is searched for it', async ({ app, page }) => {
    await app.open('/logs?mode=pages&size=25');
    const pages = page.getByRole('group', { name: 'Pages' });
    await expect(page.getByTestId('page-rows')).toHaveText(/^Rows 1–25 of/);
    const address = page.url();
    const searched = recordRequestsTo(page, ['logs/search'], ({ body }) => body);
    const time = pages.getByLabel('Jump to created time');
    // 02:30 on the night Berlin goes from 02:00 to 03:00 names no instant: said, never moved to 03:30.
    await time.fill('2026-03-29T02:30');
    await pages.getByRole('button', { name: 'Jump' }).click();
    const sentence =
      'The time to jump to, 02:30 on 29 March 2026, does not exist in Europe/Berlin: the clocks went forward ' +
      'from 02:00 to 03:00. Type a time before 02:00, or 03:00 or later.';
    await expect(pages.getByRole('alert')).toHaveText(sentence);
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(time).toHaveAccessibleDescription(sentence);
    await expect(time).toHaveValue('2026-03-29T02:30');
    await page.waitForTimeout(500);
    expect(searched).toEqual([]);
    expect(page.url()).toBe(address);

    // Typed again, the sentence goes; the first minute after the gap is a time like any other.
    await time.fill('2026-03-29T03:00');
    await expect(pages.getByRole('alert')).toHaveCount(0);
    await expect(time).not.toHaveAttribute('aria-invalid', 'true');
    await pages.getByRole('button', { name: 'Jump' }).click();
    await expect.poll(() => searched.length).toBeGreaterThan(0);
    await expect(pages.getByRole('alert').filter({ hasText: 'does not exist' })).toHaveCount(0);
    expect(await app.fatal()).toBeUndefined();
  });
});
