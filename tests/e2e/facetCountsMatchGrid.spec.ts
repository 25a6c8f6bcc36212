import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows, matches } from './support/grid';

/** The number a total or a count reads: "10,926 matches" → 10926. */
const countIn = (text: string): number =>
  Number((/^([\d,]+) match(es)?$/.exec(text.trim())?.[1] ?? 'NaN').replaceAll(',', ''));

/** Each option of a filter panel group and the count it is described by ("1,234 matches"), once all are counted. */
async function optionCounts(group: Locator): Promise<Map<string, number>> {
  const options = group.getByRole('checkbox');
  await expect(options.first()).toBeVisible({ timeout: 30_000 });
  const read = () =>
    options.evaluateAll((boxes) =>
      boxes.map((box) => [
        box.closest('label')?.querySelector('.option-label')?.textContent ?? '',
        document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      ]),
    );
  await expect
    .poll(async () => (await read()).every(([, count]) => /^[\d,]+ match(es)?$/.test(count ?? '')))
    .toBe(true);
  return new Map((await read()).map(([value, count]) => [value ?? '', countIn(count ?? '')]));
}

const CASES = [
  { link: 'not.action=get', group: 'Action', excluded: 'get', ticked: 'create' },
  { link: 'not.businessModel=Clients', group: 'Business model', excluded: 'Clients', ticked: 'Transactions' },
] as const;

for (const { link, group, excluded, ticked } of CASES) {
  test(`with ${link}, each ${group} count is the rows the grid shows once it is ticked, the excluded one none`, async ({
    app,
    page,
  }) => {
    await app.open(`/logs?${link}`);
    await expectGridShows(page);
    const total = countIn((await page.getByTestId('match-total').textContent()) ?? '');
    await page.getByRole('button', { name: 'Filters', exact: true }).focus();
    await page.keyboard.press('Enter');
    const filters = page.getByRole('form', { name: 'Filters' });
    const counts = await optionCounts(filters.getByRole('group', { name: group, exact: true }));
    // The value the link leaves out is counted as the grid would show it ticked: no row.
    expect(counts.get(excluded)).toBe(0);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(total);
    const expected = counts.get(ticked) ?? -1;
    expect(expected).toBeGreaterThan(0);

    await filters.getByRole('checkbox', { name: ticked, exact: true }).focus();
    await page.keyboard.press('Space');
    await filters.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await expectGridShows(page, matches(expected));
  });
}
