import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { LONG_VALUE, RLO, ZWSP, rawHiddenCharacters, shownText } from './support/hiddenText';
import { expectNoSidewaysScroll } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';

/** The operator of this workstation, as its settings name them. */
const OPERATOR = `Ana ${RLO}ateB${ZWSP}`;
/** Who opened the case kept from before, and starred its event. */
const KEEPER = `Ivo ${RLO}vonavI${ZWSP}`;

/** Follows a link or presses a button as a keyboard user does: the focus on it, then Enter. */
async function press(page: Page, control: Locator): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** Nothing on the page holds a raw hidden character and it stays within the window; its picture is kept. */
async function checkPage(page: Page, info: TestInfo, name: string, shown?: Locator): Promise<void> {
  await shown?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
  expect(await rawHiddenCharacters(page), 'text, names and tooltips holding a raw hidden character').toEqual([]);
  await expectNoSidewaysScroll(page);
}

/** A case file written before such characters were refused where operators type them. */
async function keepCase(dataDir: string): Promise<string> {
  const at = '2026-11-01T10:00:00.000Z';
  const title = `Payout ${RLO}review${ZWSP}`;
  const kept = {
    v: 1,
    id: randomUUID(),
    title,
    purpose: `Edits of ${RLO}bank details\nbefore withdrawals`,
    reference: `INC-${RLO}42`,
    createdAt: at,
    createdBy: KEEPER,
    updatedAt: at,
    pinned: [
      {
        id: randomUUID(),
        label: `Client ${RLO}x · Logs`,
        query: { family: 'operational', text: `refund ${RLO}tsrif` },
        pinnedAt: at,
        pinnedBy: KEEPER,
      },
    ],
    starred: [
      {
        id: randomUUID(),
        family: 'operational',
        recordId: `r-${RLO}1`,
        summary: `Payout to ${RLO}tneilc`,
        note: `checked ${RLO}by phone`,
        starredAt: at,
        starredBy: KEEPER,
      },
    ],
  };
  await mkdir(join(dataDir, 'cases'), { recursive: true });
  await writeFile(join(dataDir, 'cases', `${kept.id}.json`), JSON.stringify(kept));
  return title;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`text from producers and files, in investigations and the journal at 1440x900, ${colorScheme}`, () => {
    test.use({
      viewport: { width: 1440, height: 900 },
      colorScheme,
      consoleOptions: {
        name: 'e2e-hidden',
        source: 'demo',
        role: 'auditor',
        operatorName: OPERATOR,
        demoDataset: { clients: 5, days: 2 },
      },
    });

    test('a case kept from before, the journal and who looked at a client name every hidden character', async ({
      app,
      page,
      fixtureConsole,
    }, info) => {
      const title = await keepCase(fixtureConsole.dataDir);
      await app.open('/investigations');
      const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: shownText(title) });
      await expect(card).toContainText(`INC-⟨U+202E⟩42 · Edits of ⟨U+202E⟩bank details`);
      await expect(card).toContainText(`opened by ${shownText(KEEPER)}`);
      await press(page, card.getByRole('button', { name: 'Show evidence' }));
      await expect(card.getByRole('list', { name: 'Pinned queries' })).toContainText('Client ⟨U+202E⟩x · Logs');
      const starred = card.getByRole('list', { name: 'Starred events' });
      await expect(starred).toContainText(`checked ⟨U+202E⟩by phone (${shownText(KEEPER)}, `);
      await expect(
        starred.getByRole('button', { name: 'Unstar “Payout to ⟨U+202E⟩tneilc” (r-⟨U+202E⟩1)' }),
      ).toBeVisible();
      await expect(page.getByTestId('status-operator')).toContainText(shownText(OPERATOR));
      await checkPage(page, info, 'case', card);

      // The operator looks at a client, then sees their own look in the journal and on the client's page.
      // The newest change to a client: at some hours of the day the demo's newest rows are all operations
      // on no client (report pulls, exports), so the grid is asked for client records.
      await app.goTo('/logs?businessModel=Clients');
      const client = page
        .locator(ROWS)
        .getByRole('link', { name: /^Open the client page of / })
        .first();
      await press(page, client);
      await expect(page.getByRole('heading', { name: 'Who looked at this client' })).toBeVisible();
      await press(page, page.getByRole('link', { name: 'Every journal line about this client' }));
      const lines = page.getByRole('table', { name: 'Journal lines' });
      await expect(
        lines.getByRole('row', { name: new RegExp(`^${shownText(OPERATOR).replace(/[+()]/g, '\\$&')} `) }).first(),
      ).toBeVisible();
      await checkPage(page, info, 'journal');
      await page.goBack();
      const viewers = page.getByRole('list', { name: 'Operators who looked at this client' });
      await expect(viewers).toContainText(`${shownText(OPERATOR)} (Auditor): `);
      await checkPage(page, info, 'client-viewers', viewers);
    });

    test('a reopened bundle names every hidden character of its file name and custody record', async ({
      app,
      page,
      fixtureConsole,
      folder,
    }, info) => {
      const file = `case ${RLO}77${ZWSP}.acbundle`;
      const written = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle', {
        operator: { id: `ivy${ZWSP}`, name: `Ivy ${RLO}rotagitsevnI`, role: 'investigator', scope: null },
        purpose: `Ticket ${RLO}77-CNI: ${LONG_VALUE}`,
        source: {
          kind: 'elasticsearch',
          url: 'https://es.example:9200',
          clusterName: `prod${RLO}-eu`,
          clusterUuid: 'u-1',
          version: '9.4.3',
          indexPatterns: { operational: `ops-${RLO}*`, activity: `act-${ZWSP}*` },
          authenticatedAs: { username: 'ivy', realm: 'native', apiKeyId: null, apiKeyName: null },
        },
      });
      // The console names its exports plainly; a file received from elsewhere may be named anything.
      const path = join(folder, file);
      await rename(written, path);
      await app.open('/investigations');
      const form = page.getByRole('form', { name: 'Open a bundle' });
      const pathField = form.getByRole('textbox', { name: 'Bundle file path' });
      // A path to no file: the verdict quotes it.
      await pathField.fill(join(folder, `missing ${RLO}evil.acbundle`));
      await pathField.press('Enter');
      const verdict = page.getByRole('alert', { name: 'Bundle verdict' });
      await expect(verdict).toContainText('missing ⟨U+202E⟩evil.acbundle cannot be checked: there is no such file.');
      await checkPage(page, info, 'bundle-verdict', verdict);

      await pathField.fill(path);
      await pathField.press('Enter');
      const banner = page.getByRole('region', { name: 'Reopened bundle' });
      await expect(banner.getByRole('heading', { name: `Read-only bundle ${shownText(file)}` })).toBeVisible();
      await expect(banner.getByTestId('bundle-custody')).toContainText(
        'Exported by Ivy ⟨U+202E⟩rotagitsevnI (ivy⟨U+200B⟩, Investigator) on ',
      );
      // A long purpose is cut on the banner and said whole in its tooltip.
      const custody = banner.getByTestId('bundle-custody');
      await expect(custody).toContainText(
        'from cluster prod⟨U+202E⟩-eu (uuid u-1), indices ops-⟨U+202E⟩* and act-⟨U+200B⟩* · purpose: “Ticket ⟨U+202E⟩77-CNI: Payout',
      );
      await expect(custody).toContainText('…” · key');
      expect(await custody.getAttribute('title')).toContain(
        `purpose: “Ticket ⟨U+202E⟩77-CNI: ${shownText(LONG_VALUE)}”`,
      );
      await expect(page.getByTestId('status-source')).toContainText(shownText(file));
      await checkPage(page, info, 'bundle-banner');
    });

    test('a bundle file uploaded from the operator’s disk is named with each hidden character while it is sent', async ({
      app,
      page,
      folder,
    }, info) => {
      const file = `big ${RLO}gpj${ZWSP}.acbundle`;
      await writeFile(join(folder, file), Buffer.alloc(3 * 1024 * 1024, 7));
      // The second chunk is held until the upload is cancelled.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let chunks = 0;
      await page.route('**/api/bundle/upload/chunk', async (route) => {
        chunks += 1;
        if (chunks === 2) await held;
        await route.continue();
      });
      await app.open('/investigations');
      await page.getByLabel('Open a bundle file from this computer').setInputFiles(join(folder, file));
      await expect(page.getByRole('progressbar', { name: `Uploading ${shownText(file)}` })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Uploading big' })).toHaveText(
        `Uploading ${shownText(file)}: 512 KiB of 3 MiB`,
      );
      await checkPage(page, info, 'bundle-upload');
      await page.getByRole('button', { name: 'Cancel upload' }).press('Enter');
      release();
      await expect(page.getByRole('region', { name: 'Open a bundle' }).getByRole('alert')).toHaveText(
        'Upload cancelled; nothing of it was kept.',
      );
    });
  });
}
