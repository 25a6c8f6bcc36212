import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

const REVERSED = 'from=2026-10-30T00:00:00Z&to=2026-10-01T00:00:00Z';

/** A refused range is said next to its control, whose fields keep the bounds as written. */
async function expectReversedRangeAtControl(page: Page): Promise<void> {
  const control = page.getByRole('group', { name: 'Period' });
  await expect(control.getByRole('alert')).toContainText('the start is after the end');
  await expect(control.getByLabel('Date from')).toHaveValue('2026-10-30T00:00');
  await expect(control.getByLabel('Date to')).toHaveValue('2026-10-01T00:00');
}

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the client page at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme, consoleOptions: { role: 'riskOfficer' } });

    test('walked with the keyboard, with junk in the address and the fields', async ({ app, page, cluster }, info) => {
      test.setTimeout(180_000);
      const client = await cluster.busyTerminalClient();
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`) });
      const junkText = encodeURIComponent('<b>x</b>'.repeat(30));
      await app.open(`/clients/${client.id}/events?last=forever&q=${junkText}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(client.name);
      // A junk preset is said at the range's control, not only further down in the grid.
      await expect(page.getByRole('group', { name: 'Period' }).getByRole('alert')).toContainText(
        'last “forever”: a relative range is one of',
      );
      await expectNoSidewaysScroll(page);
      await shot('1-junk');

      await app.goTo(`/clients/${client.id}/events`);
      // The rows of this route, as an operator waits for them: counted, and the first one drawn.
      await expect(page.getByTestId('match-total')).toHaveText(/\d match/);
      const firstRow = page.getByTestId('log-grid').locator('.ag-row[row-index="0"]');
      const firstDate = firstRow.locator('[col-id="createdAt"]');
      await expect(firstDate).toHaveText(/\d\d:\d\d/);
      await firstDate.focus();
      for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight');
      // Moving in the row shows its detail beside the grid; the keyboard stays in the grid.
      await expect(firstRow.locator('[col-id="metadata"]')).toBeFocused();
      await expect(page.getByTestId('log-detail')).toBeVisible();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('region', { name: /^Metadata of / });
      await expect(panel).toBeFocused();
      const box = await panel.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= height).toBe(true);
      await shot('2-metadata');
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);

      // From the range's preset, Tab reaches the chosen tab (past each part of both date fields): the tabs
      // are one Tab stop, and arrows choose among them.
      await page.getByRole('combobox', { name: 'Date preset' }).focus();
      const chosenTab = page.getByRole('tab', { selected: true });
      for (let step = 0; step < 30 && !(await chosenTab.evaluate((tab) => tab === document.activeElement)); step += 1)
        await page.keyboard.press('Tab');
      await expect(chosenTab).toHaveText('Sessions');
      await expect(chosenTab).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/logs`));
      const coverageTab = page.getByRole('tab', { name: 'Coverage' });
      await page.keyboard.press('End');
      await expect(coverageTab).toBeFocused();
      await expect(coverageTab).toHaveAttribute('aria-selected', 'true');
      await expect(page).toHaveURL(new RegExp(`#/clients/${client.id}/coverage$`));
      await expect(page.getByRole('region', { name: 'Logging coverage of this client' })).toBeVisible();

      await app.goTo(`/clients/${client.id}/sessions?gap=abc`);
      await expect(
        page.getByText('The address’s inactivity gap cannot be used: “abc” is not a plain whole number.'),
      ).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot('3-sessions-junk');
      await app.goTo(`/clients/${client.id}/sessions`);
      await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)).toBeVisible();
      // The address no longer holds the junk gap: the field shows the gap the list uses, with no complaint.
      await expect(page.getByLabel('Inactivity gap (minutes)')).toHaveValue('30');
      await expect(page.getByRole('form', { name: 'Session grouping' }).getByRole('alert')).toHaveCount(0);
      // A risk officer is told in one line that the journal's viewers are not theirs to see, and the
      // header leaves the tabs in the upper 60% of the window (they started at 75% of 700 pixels).
      await expect(page.getByRole('note')).toHaveText(
        'Who looked at this client: only auditors and console admins see it.',
      );
      // Ten columns, the last of them buttons: none is cut off at a 1024-pixel window's edge, and the
      // table does not hide it in a sideways scroll of its own either.
      await expectNoSidewaysScroll(page);
      const lastButton = await page
        .getByRole('table', { name: 'Sessions' })
        .getByRole('row')
        .nth(1)
        .getByRole('button')
        .last()
        .boundingBox();
      expect(lastButton && lastButton.x + lastButton.width <= width).toBe(true);
      await shot('3-sessions');
      const tabs = await page.getByRole('tablist', { name: 'Client views' }).boundingBox();
      expect(tabs && tabs.y < height * 0.6).toBe(true);

      await app.goTo(`/clients/${client.id}/coverage?${REVERSED}`);
      await expectReversedRangeAtControl(page);
      await shot('4-coverage-reversed');

      await app.goTo(`/clients?${REVERSED}`);
      await expectReversedRangeAtControl(page);
      await expect(page.getByRole('table', { name: 'Catalog events and their counts' })).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await shot('5-all-reversed');

      // An id no log names, long and without a break: said, cut in the heading, wrapped in the message.
      await app.goTo(`/clients/${'y'.repeat(150)}/events`);
      await expect(page.getByRole('alert')).toContainText('No logs name client yyy');
      expect(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').length).toBeLessThan(80);
      await expectNoSidewaysScroll(page);
      await app.goTo('/clients');

      // A search past its limit is kept as typed and said to be too long, never cut.
      const finder = page.getByRole('combobox', { name: 'Find a client by id, name or e-mail' });
      const longSearch = 'Müller '.repeat(21).trim();
      await finder.fill(longSearch);
      await expect(finder).toHaveValue(longSearch);
      await expect(page.locator('#client-search-hint')).toHaveText(
        `The client search is too long: shorten it to at most 100 characters; this one has ${longSearch.length}.`,
      );
      await expectNoSidewaysScroll(page);
    });
  });
}
