import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { tabTo } from './support/keyboard';
import { rowOf } from './support/grid';

/** Whether a click at the middle of `control` lands on it, not on something drawn over it. */
const onTop = (control: Locator): Promise<boolean> =>
  control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });

// A small window, where the page's tools wrap onto two lines.
test.use({ viewport: { width: 1024, height: 700 } });

test('the detail popped out floats over the grid alone: every tool above it stays in reach', async ({
  app,
  page,
  cluster,
}) => {
  await app.open();
  const [newest] = await cluster.newestIds([], 1);
  await page
    .locator(`${rowOf(newest ?? '')} [col-id="action"]`)
    .first()
    .click();
  const detail = page.getByTestId('log-detail');
  await detail.getByRole('button', { name: 'Pop out' }).click();
  await expect(detail.getByRole('button', { name: 'Dock beside the grid' })).toBeVisible();

  const tools = [
    page.getByRole('button', { name: 'Client', exact: true }),
    page.getByRole('button', { name: 'Employee', exact: true }),
    page.getByRole('button', { name: 'Filters', exact: true }),
    page.getByRole('combobox', { name: 'Page size' }),
    page.getByRole('button', { name: 'Columns', exact: true }),
    page.getByRole('combobox', { name: 'Saved views' }),
    page.getByRole('textbox', { name: 'View name' }),
    page.getByRole('button', { name: 'Save view', exact: true }),
    page.getByRole('button', { name: 'Refresh', exact: true }),
    page
      .getByRole('group', { name: /^Matches over time/ })
      .getByRole('button')
      .last(),
  ];
  const covered: string[] = [];
  for (const tool of tools) {
    if (!(await onTop(tool))) covered.push(String(tool));
  }
  expect(covered, 'tools the popped-out detail covers').toEqual([]);

  // The keyboard reaches the views menu, and a click there lands on it, not on the detail.
  const views = page.getByRole('combobox', { name: 'Saved views' });
  await page.getByRole('button', { name: 'Columns', exact: true }).focus();
  await tabTo(page, views);
  await views.click({ trial: true, timeout: 2_000 });
});
