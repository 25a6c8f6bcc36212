import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { accountUpdateLog } from './support/accountUpdateLog';
import { openBundle } from './support/bundleOpener';
import { WALK_VIEWPORTS } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';
import type { ClientActivity } from '../../src/shared/domain/clientActivity';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** An operational log of client c-other: the source holds it, the bundle's query (of c-evidence) did not ask for it. */
const OTHER_LOG = accountUpdateLog('other-0', { id: 'c-other', name: 'Otto Other' }, 'Other: limit lowered');

/** A manager's edit of wallet W-1 of client c-other, the only one the activity query (of the last hour) reached. */
const EDIT: ClientActivity = {
  id: 'edit-w1-2',
  clientId: 'c-other',
  actorType: 'manager',
  actorId: 'm-1',
  actorName: 'Mona Manager',
  sourceApp: 'crm',
  eventName: 'manager.wallet_updated',
  message: 'Wallet updated',
  metadata: {},
  createdAt: minutesAgo(10),
  change: {
    actionType: 'update',
    target: { type: 'wallet', id: 'W-1' },
    changedFields: ['status'],
    before: { status: 'active' },
    after: { status: 'frozen' },
    bulkId: null,
    bulkSize: null,
  },
};

/** The header's value beside `term` among the client's facts. */
const factOf = (page: Page, term: string) =>
  page
    .getByLabel('Client summary')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

test.describe('an investigator reading a bundle whose queries covered part of the logs', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-bundle-coverage',
      source: 'demo',
      role: 'investigator',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  test('each view says what the queries did not cover instead of a 0, and a true 0 inside them stays a 0', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'scoped.acbundle', {}, undefined, undefined, {
      queries: [
        { family: 'operational', filters: { clientId: ['c-evidence'] } },
        { family: 'activity', timeRange: { kind: 'relative', last: '1h' } },
      ],
      more: [OTHER_LOG, EDIT],
    });
    await openBundle(app, path);
    const note = page.getByRole('note').filter({ hasText: /^This bundle’s / });

    // The grid shows what the query asked for, and says it asked for one client only.
    await expect(page.locator(ROWS)).toHaveCount(3);
    await expect(note).toHaveText(
      'This bundle’s operational log query covered only client c-evidence: nothing outside that is shown here, which does not mean there was nothing.',
    );

    // A client the operational query never named: not "0 operational logs", not "No logs to show".
    await app.goTo('/clients/c-other/logs');
    await expect(note).toHaveText(
      'This bundle’s operational log query covered client c-evidence only: it holds nothing on client c-other, which does not mean there was nothing. No logs of this client can be shown from it.',
    );
    await expect(page.getByText('No logs to show')).toHaveCount(0);
    await expect(factOf(page, 'Operational logs')).toHaveText('not in this bundle');
    // Its name is in the operational logs the bundle does not hold: said so, rather than "Unnamed client".
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client (c-other)');
    await expect(page.getByLabel('Client summary')).toContainText(
      'Name not in this bundle: a client’s name is read from its operational logs, and this bundle holds none of this client’s.',
    );
    await expect(page.getByText('Unnamed client')).toHaveCount(0);

    // The activity query covered every client over its hour: a client with no event there is a true 0,
    // with the hour it covered said above it.
    await app.goTo('/clients/c-evidence/events');
    await expect(page.getByText('No logs to show')).toBeVisible();
    await expect(note).toContainText('This bundle’s activity event query covered only ');
    await expect(note).toContainText(
      ' UTC: nothing outside that is shown here, which does not mean there was nothing.',
    );

    // A client no query of the bundle holds a record of: the bundle's words, not the live console's.
    await app.goTo('/clients/c-nobody/logs');
    await expect(page.getByRole('alert')).toHaveText(
      new RegExp(
        '^No record in the reopened bundle scoped.acbundle names client c-nobody. This bundle’s operational log query ' +
          'covered client c-evidence only: it holds nothing on client c-nobody, which does not mean there was nothing. ' +
          'This bundle’s activity event query covered only .+ UTC to .+ UTC, and found no record of this client there. ' +
          'Check the id, or close the bundle to look the client up on the cluster.$',
      ),
    );

    // The risk views read every client's activity: over the one hour the bundle covered, and say so.
    await app.goTo('/risk');
    await expect(note).toContainText('This bundle’s activity event query covered only ');

    // The edit history holds only the edits the bundle holds.
    await app.goTo('/history/wallet/W-1');
    await expect(page.getByRole('navigation', { name: 'Step through the edits' })).toContainText('Edit 1 of 1');
    await expect(page.getByRole('note').filter({ hasText: 'The edit history is limited to' })).toContainText(
      'The edit history is limited to the reopened bundle scoped.acbundle: an edit it does not hold, an earlier one included, is not listed, which does not mean there was none. This bundle’s activity event query covered only ',
    );
    await app.goTo('/diff/edit-w1-2');
    await expect(page.getByRole('note').filter({ hasText: 'The edit history is limited to' })).toBeVisible();
    expect(await app.fatal()).toBeUndefined();
  });
});

/** A client id and an event name a producer logged with a right-to-left override, longer than a sentence names. */
const BIDI_CLIENT = `c-\u202E${'7'.repeat(60)}`;
const BIDI_EVENT = `manager.\u202Ewallet_${'x'.repeat(80)}`;

test.describe('an investigator reading a bundle whose queries named a long bidi client id and event name', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-bundle-words',
      source: 'demo',
      role: 'investigator',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  for (const { width, height, colorScheme } of WALK_VIEWPORTS.filter((viewport) => viewport.width === 1024)) {
    test(`the notes name the filters as the filter panel does, values quoted and cut, at ${width}x${height} ${colorScheme}`, async ({
      app,
      page,
      fixtureConsole,
      folder,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'bidi.acbundle', {}, undefined, undefined, {
        queries: [
          { family: 'operational', filters: { clientId: [BIDI_CLIENT] } },
          { family: 'activity', filters: { eventName: [BIDI_EVENT] }, exclude: { sourceApp: ['crm'] } },
        ],
        more: [OTHER_LOG, EDIT],
      });
      await openBundle(app, path);
      const note = page.getByRole('note').filter({ hasText: /^This bundle’s / });
      const shownClient = `c-⟨U+202E⟩${'7'.repeat(36)}…`;
      await expect(note).toHaveText(
        `This bundle’s operational log query covered only client ${shownClient}: nothing outside that is shown here, which does not mean there was nothing.`,
      );
      await page.screenshot({ path: test.info().outputPath(`grid-note-${width}-${colorScheme}.png`) });

      const narrowed = `records where Event is “manager.⟨U+202E⟩wallet_${'x'.repeat(43)}…” and Source app is not “crm”`;
      // The risk views read every client's activity: over the records the event filter let through, and say which.
      // Reached by keyboard alone: back from the banner to the sections, onto Risk.
      const risk = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Risk' });
      for (let step = 0; step < 8 && !(await risk.evaluate((link) => link === document.activeElement)); step++) {
        await page.keyboard.press('Shift+Tab');
      }
      await expect(risk).toBeFocused();
      await risk.press('Enter');
      await expect(note).toHaveText(
        `This bundle’s activity event query covered only ${narrowed}: nothing outside that is shown here, which does not mean there was nothing.`,
      );
      await expect(note).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath(`risk-note-${width}-${colorScheme}.png`) });

      // A deep link to a long bidi id no query named: the alert names both ids as the notes do.
      const asked = `z-⟨U+202E⟩${'8'.repeat(36)}…`;
      await app.goTo(`/clients/${encodeURIComponent(`z-\u202E${'8'.repeat(60)}`)}/logs`);
      await expect(page.getByRole('alert')).toContainText(
        `No record in the reopened bundle bidi.acbundle names client ${asked} This bundle’s operational log query covered client ${shownClient} only: it holds nothing on client ${asked}, which does not mean there was nothing. This bundle’s activity event query covered only ${narrowed}, and found no record of this client there.`,
      );
      await page.screenshot({ path: test.info().outputPath(`unknown-client-${width}-${colorScheme}.png`) });
      expect(await app.fatal()).toBeUndefined();
    });
  }
});
