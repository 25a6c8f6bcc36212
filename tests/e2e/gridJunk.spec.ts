import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { gridRows } from './support/grid';
import { WALK_VIEWPORTS } from './support/walk';

// What a keyboard-only walk through the grid with junk in its fields and its URL turned up.

test('showing the logs without a bad link’s parameters leaves focus on Filters', async ({ app, page }) => {
  await app.open();
  await app.goTo(`/logs?from=2026-10-20T00:00:00Z&to=2026-10-01T00:00:00Z&size=7&zzz=1&q=${'x'.repeat(620)}`);
  const problems = page.getByRole('alert', { name: 'Link problems' });
  await expect(problems).toContainText('the start is after the end');
  // A reversed range says what to do, as the filters say of one typed.
  await expect(problems).toContainText(
    'Swap the two dates so the start comes first, or show the logs without them and choose a preset.',
  );
  await problems.getByRole('button', { name: 'Show the logs without these 5 parameters' }).focus();
  await page.keyboard.press('Enter');
  await expect(problems).toHaveCount(0);
  await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ matches$/);
  await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
});

test('a link that gives one parameter twice shows nothing until it is mended, naming both values', async ({
  app,
  page,
}) => {
  await app.open();
  await app.goTo('/logs?last=7d&last=forever&q=a&q=b');
  const problems = page.getByRole('alert', { name: 'Link problems' });
  for (const given of ['last=7d', 'last=forever', 'q=a', 'q=b']) await expect(problems).toContainText(given);
  await expect(problems).toContainText('the link gives it more than once, so neither value is used');
  await expect(gridRows(page)).toHaveCount(0);
  await problems.getByRole('button', { name: 'Show the logs without q and last' }).press('Enter');
  await expect(problems).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&](last|q)=/);
  await expect(page.getByTestId('match-total')).toHaveText(/^[\d,]+ matches$/);
});

test('Filters opens its panel with the focus in it, and Escape closes it back on Filters', async ({ app, page }) => {
  await app.open();
  const button = page.getByRole('button', { name: 'Filters' });
  const filters = page.getByRole('form', { name: 'Filters' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(filters).toBeVisible();
  // The panel shows below the toolbar: the keyboard lands in it, not on the toolbar's next control.
  await expect(filters.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(filters).toHaveCount(0);
  await expect(button).toBeFocused();
  // Open, the button's Escape closes it too.
  await page.keyboard.press('Enter');
  await expect(filters.locator(':focus')).toHaveCount(1);
  await button.focus();
  await page.keyboard.press('Escape');
  await expect(filters).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('a link’s range to the second or millisecond shows as it is applied, and Save keeps it', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.open('/logs?from=2026-10-01T10:15:30Z&to=2026-10-20T08:00:00.250Z');
  await page.getByRole('button', { name: 'Filters' }).press('Enter');
  const from = page.getByRole('textbox', { name: 'Created from' });
  const to = page.getByRole('textbox', { name: 'Created to' });
  await expect(from).toHaveValue('2026-10-01T10:15:30');
  await expect(to).toHaveValue('2026-10-20T08:00:00.25');
  for (const input of [from, to]) await expect(input).toHaveJSProperty('validity.valid', true);
  await expect(page.getByRole('button', { name: /^Remove Created:/ })).toHaveAccessibleName(
    'Remove Created: 2026-10-01 10:15:30 UTC → 2026-10-20 08:00:00.250 UTC',
  );
  // The inputs, seconds and milliseconds included, stay inside the filter column.
  const column = await page.getByRole('group', { name: 'Created' }).boundingBox();
  for (const input of [from, to]) {
    const box = await input.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0));
  }
  await to.scrollIntoViewIfNeeded();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('range-to-the-millisecond-1024-dark.png') });
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Save' }).press('Enter');
  await expect(page).toHaveURL(/from=2026-10-01T10%3A15%3A30(\.000)?Z&to=2026-10-20T08%3A00%3A00\.250Z/);
});

test('Enter in the view name asks before it replaces a view of that name', async ({ app, page }) => {
  await app.open();
  const name = page.getByLabel('View name');
  await name.fill('Month end');
  await name.press('Enter');
  await expect(page.getByText('Saved “Month end”')).toBeVisible();
  await name.fill('Month end');
  await name.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Replace view' });
  await expect(confirm).toBeVisible();
  // The question starts on what keeps the view: the same Enter replaces nothing, nor would a second one.
  const cancel = confirm.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await expect(page.getByText('Replaced “Month end”')).toHaveCount(0);
  await cancel.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText('Replaced “Month end”')).toHaveCount(0);
});

test('a view with a long name keeps the toolbar inside a 1024x700 window', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.open();
  const long = 'N'.repeat(100);
  const name = page.getByLabel('View name');
  await name.fill(long);
  await name.press('Enter');
  await expect(page.getByText(`Saved “${long}”`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  // Every toolbar button keeps its label on one line, as tall as Filters.
  const oneLine = (await page.getByRole('button', { name: 'Filters' }).boundingBox())?.height ?? 0;
  for (const label of ['Save to view', 'Rename view…', 'Delete view', 'Save as new view']) {
    const box = await page.getByRole('button', { name: label }).boundingBox();
    expect(box?.height, label).toBeLessThanOrEqual(oneLine + 1);
    expect((box?.x ?? 0) + (box?.width ?? 0), label).toBeLessThanOrEqual(1024);
  }
});

test('a client search longer than any name says so and chooses nothing', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Client', exact: true }).click();
  const filters = page.getByRole('form', { name: 'Filters' });
  const search = filters.getByLabel('Search client');
  await search.fill(`%_*( 😀 ${'ü'.repeat(150)}`);
  await expect(filters.getByRole('alert')).toContainText(
    'Text in the client field is too long: shorten it to at most 100 characters',
  );
  await expect(filters.getByText(/Invalid request/)).toHaveCount(0);
  await expect(filters.getByRole('listbox', { name: 'Client suggestions' }).getByRole('option')).toHaveCount(0);
  await search.press('Enter');
  await expect(filters.locator('.party-picker .chips').first().getByRole('button')).toHaveCount(0);
  await expect(search).toHaveAttribute('aria-invalid', 'true');
});

test('a view name past 100 characters is kept as typed, and the field says to shorten it', async ({ app, page }) => {
  await app.open();
  const name = page.getByRole('textbox', { name: 'View name' });
  const long = `Quarter close ${'x'.repeat(116)}`;
  await name.fill(long);
  await expect(name).toHaveValue(long);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'The view name is too long: shorten it to at most 100 characters; this one has 130.' }),
  ).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Save view' })).toBeDisabled();
  await name.press('Enter');
  await expect(page.getByText(/^Saved “/)).toHaveCount(0);
  // Near the limit the field counts; at it, the name saves whole.
  await name.fill(long.slice(0, 100));
  await expect(page.getByText('100/100')).toBeVisible();
  await name.press('Enter');
  await expect(page.getByText(`Saved “${long.slice(0, 100)}”`)).toBeVisible();
});

/** The bound a refused Save put the focus on: marked, described by why, in view and ringed; the other is not marked. */
async function expectAtFault(bound: Locator, other: Locator, why: string): Promise<void> {
  await expect(bound).toBeFocused();
  await expect(bound).toHaveAttribute('aria-invalid', 'true');
  await expect(bound).toHaveAccessibleDescription(why);
  await expect(bound).toBeInViewport({ ratio: 1 });
  expect(await bound.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
  await expect(other).not.toHaveAttribute('aria-invalid', 'true');
}

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`a refused range puts the focus on the bound at fault, at ${width}x${height} ${colorScheme}`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await app.open();
    await page.getByRole('button', { name: 'Filters' }).press('Enter');
    const filters = page.getByRole('form', { name: 'Filters' });
    const from = filters.getByRole('textbox', { name: 'Created from' });
    const to = filters.getByRole('textbox', { name: 'Created to' });
    const save = filters.getByRole('button', { name: 'Save' });
    const reversed =
      'The start of the time range is after its end. Swap the two dates so the start comes first, or choose a preset.';

    // Reversed, the bound typed last is the one got wrong: here the end.
    await from.fill('2026-11-02T00:00');
    await to.fill('2026-11-01T00:00');
    await save.press('Enter');
    await expectAtFault(to, from, reversed);
    await page.screenshot({ path: test.info().outputPath(`range-reversed-${width}-${colorScheme}.png`) });
    // The start moved further past the end: now the start.
    await from.fill('2026-11-05T00:00');
    await save.press('Enter');
    await expectAtFault(from, to, reversed);

    // A year the console cannot hold is that bound's fault, whichever was typed last.
    await from.fill('0999-10-01T00:00');
    await to.fill('2026-11-03T00:00');
    await save.press('Enter');
    await expectAtFault(
      from,
      to,
      'The start of the time range is before 1000-01-01T00:00:00Z, outside the years 1000 to 9999 (UTC) the console supports; change the start or the end.',
    );
    await from.fill('2026-10-01T00:00');
    await to.fill('0999-12-31T00:00');
    await save.press('Enter');
    await expectAtFault(
      to,
      from,
      'The end of the time range is before 1000-01-01T00:00:00Z, outside the years 1000 to 9999 (UTC) the console supports; change the start or the end.',
    );
    await page.screenshot({ path: test.info().outputPath(`range-year-${width}-${colorScheme}.png`) });
    // A day the month lacks, typed into the start: the field holds no date, and Save says so at that field
    // in the console's words, not the browser's.
    await to.fill('2026-11-01T00:00');
    await from.fill('2026-02-28T10:30');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('30');
    await expect(from).toHaveJSProperty('validity.badInput', true);
    await save.press('Enter');
    await expectAtFault(
      from,
      to,
      'Created from is not a whole date and time: a part of it is empty, or the month has no such day.',
    );
    await expect(filters).toBeVisible();
    // Mended, Save applies it and the panel closes.
    await from.fill('2026-10-01T00:00');
    await save.press('Enter');
    await expect(filters).toBeHidden();
    await expect(page.getByRole('button', { name: /^Remove Created:/ })).toBeVisible();
  });
}
