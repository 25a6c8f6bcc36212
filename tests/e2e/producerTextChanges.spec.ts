import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { PLANTED, plantChanges } from './support/changePlants';
import { LONG_FIELD, LONG_VALUE, rawHiddenCharacters, shownText } from './support/hiddenText';
import { expectNoSidewaysScroll } from './support/walk';

const { client, clientName, employee, field, before } = PLANTED;
const RISK_TABLES = ['Edits before a withdrawal, ranked', 'Off-hours edits, ranked', 'Bulk operations, largest first'];

/** The text as a regular expression matches it, each character for itself. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literally = (text: string) => new RegExp(escaped(text));

/** Follows a link as a keyboard user does: the focus on it, then Enter. */
async function follow(page: Page, link: Locator): Promise<void> {
  await link.focus();
  await page.keyboard.press('Enter');
}

/**
 * Nothing on the page holds a raw hidden character and it stays within the window; a picture is kept with
 * each of `shown` in view (the top of the page when none is given).
 */
async function checkPage(page: Page, info: TestInfo, name: string, shown: Locator[] = []): Promise<void> {
  for (const [index, part] of (shown.length > 0 ? shown : [null]).entries()) {
    await part?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`${name}-${index + 1}.png`) });
  }
  expect(await rawHiddenCharacters(page), 'text, names and tooltips holding a raw hidden character').toEqual([]);
  await expectNoSidewaysScroll(page);
}

async function openRisk(page: Page, open: (route: string) => Promise<void>): Promise<void> {
  await open('/risk');
  for (const name of RISK_TABLES)
    await expect(page.getByRole('table', { name }).getByRole('row', { name: /^Rank 1:/ })).toBeVisible({
      timeout: 30_000,
    });
}

/** The row of a ranked table holding a link named `link`. */
const rowWith = (page: Page, table: string, link: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    // The link's name, then what it shows (a time) after a colon: "…of event X" is not "…of event X2".
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${escaped(link)}(: |$)`) }) });

/** Each test plants the changes and takes them out again: a worker that starts after a failure has them too. */
let remove: (() => Promise<void>) | undefined;
test.beforeEach(async ({ cluster }) => {
  remove = await plantChanges(cluster);
});
test.afterEach(async () => {
  await remove?.();
  remove = undefined;
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`text a producer logged, in the change views at 1440x900, ${colorScheme}`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, colorScheme, consoleOptions: { role: 'riskOfficer' } });

    test('the Risk page, a change and its entity history name every hidden character', async ({
      app,
      page,
      context,
      cluster,
    }, info) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // A manager is named "Name (id)" wherever an edit is shown.
      const manager = `${shownText(employee)} (${(await cluster.activity(PLANTED.edit)).actorId ?? ''})`;
      await openRisk(page, (route) => app.open(route));
      const change = `Show the change of event ${PLANTED.edit}`;
      const withdrawal = rowWith(page, RISK_TABLES[0] ?? '', change);
      await expect(withdrawal).toHaveAccessibleName(
        literally(`client ${shownText(clientName)} (${client}), walletAddress`),
      );
      await expect(
        withdrawal.getByRole('link', { name: `Open the client page of ${shownText(clientName)} (${client})` }),
      ).toHaveText(shownText(clientName));
      await expect(withdrawal.getByRole('cell', { name: manager, exact: true })).toBeVisible();
      const offHours = rowWith(page, RISK_TABLES[1] ?? '', change);
      await expect(offHours).toHaveAccessibleName(
        literally(`: ${manager} at 2:00 UTC, client ${shownText(clientName)}`),
      );
      await expect(offHours.getByRole('rowheader')).toHaveText(manager);
      // A 300-character field name is cut in the narrow cell; its tooltip holds it whole, as does the change.
      await expect(offHours).toContainText(`walletAddress, ${shownText(field)}, remark_⟨U+202E⟩producer`);
      await expect(offHours.getByTitle(shownText(LONG_FIELD), { exact: true })).toBeVisible();
      const bulk = rowWith(page, RISK_TABLES[2] ?? '', `Show bulk operation ${PLANTED.bulk}`);
      await expect(bulk).toContainText(`${shownText(employee)}`);
      await expect(bulk).toContainText(shownText(field));
      await checkPage(page, info, 'risk', [withdrawal, offHours, bulk]);

      await follow(page, offHours.getByRole('link', { name: change }));
      await expect(page.getByRole('heading', { name: `Change of event ${PLANTED.edit}`, level: 1 })).toBeVisible();
      const diff = page.getByRole('table', { name: 'Before and after' });
      await expect(
        diff.getByRole('row', {
          name: `${shownText(field)}: changed from ${shownText(before)} to ${shownText(LONG_VALUE)}`,
        }),
      ).toBeVisible();
      await expect(diff.getByRole('rowheader', { name: shownText(LONG_FIELD) })).toBeVisible();
      await expect(page.getByRole('definition').filter({ hasText: shownText(employee) })).toBeVisible();
      await page.getByRole('button', { name: 'Copy after (redacted)' }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toContain(JSON.stringify(LONG_VALUE));
      await checkPage(page, info, 'diff', [diff]);

      await follow(page, page.getByRole('link', { name: `Show the edit history of wallet ${PLANTED.wallet}` }));
      await expect(page.getByRole('heading', { name: `Edit history of wallet ${PLANTED.wallet}` })).toBeVisible();
      const steps = page.getByRole('list', { name: 'Edits, oldest first' });
      // Its name is what it shows (a time, then the fields), then its place and author.
      await expect(steps.getByRole('link').first()).toHaveAccessibleName(
        new RegExp(`— ${escaped(shownText(field))} \\(edit 1 by ${escaped(manager)}\\)$`),
      );
      await expect(page.getByRole('note').filter({ hasText: shownText(before) })).toContainText(shownText(field));
      const state = page.getByRole('table', { name: 'State after edit 2' });
      await expect(state.getByRole('row', { name: new RegExp(`^${escaped(shownText(field))}`) })).toContainText(
        shownText(LONG_VALUE),
      );
      await checkPage(page, info, 'history', [steps, state]);
    });

    test('a bulk operation names every hidden character of its fields, values, people and differences', async ({
      app,
      page,
    }, info) => {
      await openRisk(page, (route) => app.open(route));
      const bulk = rowWith(page, RISK_TABLES[2] ?? '', `Show bulk operation ${PLANTED.bulk}`);
      await follow(page, bulk.getByRole('link', { name: `Show bulk operation ${PLANTED.bulk}` }));
      await expect(page.getByRole('heading', { name: `Bulk operation ${PLANTED.bulk}` })).toBeVisible();
      await expect(page.getByText(`by ${shownText(employee)}`)).toBeVisible();
      const fields = page.getByRole('table', { name: 'Fields the operation changed' });
      const row = fields.getByRole('row').filter({ has: page.getByRole('rowheader', { name: shownText(field) }) });
      await expect(row).toContainText(`${shownText(before)} (100)`);
      await expect(row).toContainText(shownText(LONG_VALUE));
      const members = page.getByRole('table', { name: 'Clients in the operation' });
      await expect(members.getByRole('row').filter({ hasText: shownText(PLANTED.outlier) })).toHaveCount(1);
      await checkPage(page, info, 'bulk', [
        fields,
        members.getByRole('row').filter({ hasText: shownText(PLANTED.outlier) }),
      ]);
    });

    test('the client page and its coverage name every hidden character of the client and their events', async ({
      app,
      page,
    }, info) => {
      await openRisk(page, (route) => app.open(route));
      const withdrawal = rowWith(page, RISK_TABLES[0] ?? '', `Show the change of event ${PLANTED.edit}`);
      await follow(page, withdrawal.getByRole('link', { name: /^Open the client page of / }));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(shownText(clientName));
      await page.getByRole('tab', { selected: true }).focus();
      await page.keyboard.press('End');
      await expect(page.getByRole('tab', { name: 'Coverage' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('list', { name: 'Events not in the catalog' })).toContainText(
        shownText(PLANTED.oddEvent),
      );
      await checkPage(page, info, 'coverage', [page.getByRole('list', { name: 'Events not in the catalog' })]);
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByRole('tab', { name: 'Logs' })).toHaveAttribute('aria-selected', 'true');
      const logRow = page.locator('[data-testid="log-grid"] .ag-row[row-id="e2e-hidden-client-log"]').first();
      await expect(logRow.locator('[col-id="employee.name"]')).toHaveText(shownText(employee));
      await logRow.locator('[col-id="action"]').click();
      await expect(page.getByTestId('log-detail').getByRole('heading', { level: 2 })).toContainText(
        shownText(PLANTED.businessModel),
      );
      await checkPage(page, info, 'client-logs', [logRow]);
    });
  });
}
