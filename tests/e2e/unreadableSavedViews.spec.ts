import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { RLO, ZWSP, rawHiddenCharacters, shownText } from './support/hiddenText';
import { isFocused, tabTo } from './support/keyboard';
import { expectGoneWithFocusOn } from './support/savedViews';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

test.use({ consoleOptions: { name: 'e2e-unreadable-views' } });

const savedAt = '2026-11-02T09:00:00.000Z';
const stored = (id: string, name: string, query: Record<string, unknown>) => ({
  id,
  name,
  grid: 'operational',
  query: { family: 'operational', filters: {}, sort: { field: 'created', direction: 'desc' }, pageSize: 50, ...query },
  columns: [],
  savedAt,
});
/** A view naming a field the cluster's mapping no longer has. */
const BY_DESK = stored('bad-field', 'By desk', { filters: { action: ['update'], desk: ['Desk 9'] } });
/** A view a newer console wrote, with a setting this one cannot apply and junk in its name. */
const NEWER = stored('bad-operator', `Not gets ${RLO}steg${ZWSP}`, { notIn: { action: ['get'] } });
/** A view whose name is 5,000 characters, none of them a space, hidden characters among them. */
const LONG_NAME = `${RLO}${ZWSP}`.concat('Withdrawals'.repeat(500)).slice(0, 5000);
const TOO_LONG = stored('bad-name', LONG_NAME, { filters: { action: ['clone'] } });

/** The operator's file (the cluster user, elastic here) with two views this console opens and three it cannot. */
async function seedViews(dataDir: string): Promise<() => Promise<string>> {
  const operators = join(dataDir, 'operators');
  const file = join(operators, `${createHash('sha256').update('elastic').digest('hex').slice(0, 32)}.json`);
  const views = [
    stored('good-1', 'Deletes', { filters: { action: ['delete'] } }),
    BY_DESK,
    NEWER,
    TOO_LONG,
    stored('good-2', 'Errors', { filters: { status: ['error'] } }),
  ];
  await mkdir(operators, { recursive: true });
  await writeFile(file, JSON.stringify({ views }));
  return () => readFile(file, 'utf8');
}

const flaggedList = (page: Page) => page.getByRole('region', { name: 'Saved views that cannot be opened' });

test('views naming a field the cluster no longer has are flagged and kept; every other view works, by keyboard', async ({
  app,
  page,
  fixtureConsole,
}) => {
  const fileText = await seedViews(fixtureConsole.dataDir);
  await app.open();
  const views = page.getByRole('combobox', { name: 'Saved views' });
  await expect(views.getByRole('option', { name: 'Deletes' })).toBeEnabled();
  await expect(views.getByRole('option', { name: 'Errors' })).toBeEnabled();
  await expect(views.getByRole('option', { name: '“By desk” (cannot be opened: see below)' })).toBeDisabled();
  await expect(page.getByTestId('saved-views-error')).toHaveCount(0);
  const flagged = flaggedList(page);
  await expect(flagged.getByRole('listitem')).toHaveCount(3);
  await expect(flagged.getByRole('listitem').filter({ hasText: 'By desk' })).toContainText(
    '“By desk”: It names the field “desk”, which this cluster no longer has: delete it, or open it without the filter on “desk”',
  );
  await expect(flagged).toContainText(`“${shownText('Not gets ')}${shownText(`${RLO}steg${ZWSP}`)}”: It uses “notIn”`);
  await expect(flagged).toContainText('Its name has 5,000 characters, more than the 100 a view’s name may have');

  // A good view opens from the keyboard as ever.
  await tabTo(page, views);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('active-view')).toHaveText('View: Deletes');
  await expect(page.getByLabel('Active filters').getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();

  // The flagged one opens without the field, as a query shown, not saved.
  const open = flagged.getByRole('button', { name: 'Open “By desk” without the filter on “desk”' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Opened “By desk” without the filter on “desk”' }),
  ).toContainText('To keep it so, save it under a name');
  await expect(page.getByLabel('Active filters').getByRole('button', { name: 'Remove Action: update' })).toBeVisible();
  await expect(page.getByTestId('active-view')).toHaveCount(0);

  // Saving it as a new view keeps every flagged view in the file as it was written.
  await tabTo(page, page.getByRole('textbox', { name: 'View name' }));
  await page.keyboard.type('Updates');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-view')).toHaveText('View: Updates');
  for (const view of [BY_DESK, NEWER, TOO_LONG]) expect(await fileText()).toContain(JSON.stringify(view));

  // Deleting asks first; Escape keeps it and gives the focus back; Delete takes only that one out.
  const remove = flagged.getByRole('button', { name: 'Delete the view “By desk”' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  const question = flagged.getByRole('alertdialog', { name: 'Delete view' });
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expectGoneWithFocusOn(question, remove);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “By desk”' })).toBeVisible();
  await expect.poll(() => isFocused(views)).toBe(true);
  await expect(flagged.getByRole('listitem')).toHaveCount(2);
  expect(await fileText()).not.toContain(JSON.stringify(BY_DESK));
  for (const view of [NEWER, TOO_LONG]) expect(await fileText()).toContain(JSON.stringify(view));
  await app.reload();
  await expect(views.getByRole('option', { name: 'Updates' })).toBeEnabled();
  await expect(flaggedList(page).getByRole('listitem')).toHaveCount(2);
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    test('flagged views with junk names read safely and fit the page', async ({ app, page, fixtureConsole }, info) => {
      await seedViews(fixtureConsole.dataDir);
      await app.open();
      const flagged = flaggedList(page);
      await expect(flagged.getByRole('listitem')).toHaveCount(3);
      // A name past what the list shows is cut, and says it is; the file keeps it whole.
      await expect(flagged).toContainText(`“${shownText(LONG_NAME.slice(0, 120))}…”`);
      expect(await rawHiddenCharacters(page)).toEqual([]);
      const { violations } = await new AxeBuilder({ page }).include('.saved-views').analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await tabTo(page, flagged.getByRole('button', { name: /^Delete the view “⟨U\+202E⟩/ }));
      await page.screenshot({ path: info.outputPath(`unreadable-views-${width}-${colorScheme}.png`) });
    });
  });
}
