import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { LONG_VALUE, RLO, rawHiddenCharacters, shownText } from './support/hiddenText';
import { tabTo } from './support/keyboard';
import { expectNoSidewaysScroll } from './support/walk';

/** A bound of a range as the grid's chips show it, in the operator's zone with its offset named. */
const SHOWN_INSTANT = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{3})? UTC([+-]\d\d:\d\d)?`;

test.use({ consoleOptions: { role: 'investigator' } });

/** Pins the query of the operational logs page at `route` to the case the form offers first. */
async function pinFrom(app: { goTo: (route: string) => Promise<void> }, page: Page, route: string): Promise<void> {
  await app.goTo(route);
  await page.getByRole('button', { name: 'Add to case…' }).click();
  await page
    .getByRole('group', { name: 'Add this query to a case' })
    .getByRole('button', { name: 'Pin query' })
    .click();
  await expect(page.getByText('Added to “Deletions”.')).toBeVisible();
}

async function openEvidence(page: Page, title: string): Promise<Locator> {
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title });
  await card.getByRole('button', { name: 'Show evidence' }).click();
  return card.getByRole('list', { name: 'Pinned queries' });
}

test('each pinned query says what it matches, has an Unpin of its own, and opens again in its grid', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Deletions');
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Who deleted bank details');
  await form.getByRole('button', { name: 'Create case' }).click();

  await pinFrom(app, page, '/logs?action=delete');
  await pinFrom(app, page, '/logs?action=update&not.status=error&q=bank&last=7d');

  await app.goTo('/investigations');
  const pinned = await openEvidence(page, 'Deletions');
  const deletes = pinned.getByRole('link', { name: 'Operational logs — Action: delete · any time' });
  const updates = pinned.getByRole('link', {
    name: new RegExp(
      `^Operational logs — Action: update · Status is not: error · Text: “bank” · Created: ${SHOWN_INSTANT} → ${SHOWN_INSTANT}$`,
    ),
  });
  await expect(deletes).toBeVisible();
  await expect(updates).toBeVisible();
  // The last 7 days were frozen to the instants they meant when pinned: the link holds them, not `last`.
  await expect(updates).toHaveAttribute(
    'href',
    /^#\/logs\?action=update&not\.status=error&q=bank&from=[^&]+&to=[^&]+$/,
  );
  await expect(
    pinned.getByRole('button', { name: 'Unpin “Operational logs — Action: delete · any time”' }),
  ).toBeVisible();
  await expect(pinned.getByRole('button', { name: /^Unpin “Operational logs — Action: update · / })).toBeVisible();

  // Followed with the keyboard, the pin opens the grid it came from, its filter applied and shown.
  await tabTo(page, deletes);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/logs\?action=delete$/);
  const chips = page.getByLabel('Active filters');
  await expect(chips.getByRole('button', { name: 'Remove Action: delete' })).toBeVisible();
  await expect(chips.getByRole('button')).toHaveCount(1);
  expect(await app.fatal()).toBeUndefined();
});

/** A case file from before, with what producers and other views put in a pinned query. */
async function keepCase(dataDir: string): Promise<void> {
  const at = '2026-11-01T10:00:00.000Z';
  const pin = (label: string, query: object, view?: string) => ({
    id: randomUUID(),
    label,
    query,
    ...(view ? { view } : {}),
    pinnedAt: at,
    pinnedBy: 'Ivo',
  });
  const kept = {
    v: 1,
    id: randomUUID(),
    title: 'Kept',
    purpose: 'Pins from other views',
    reference: '',
    createdAt: at,
    createdBy: 'Ivo',
    updatedAt: at,
    pinned: [
      pin(
        `Client ${RLO}x · Logs`,
        {
          family: 'operational',
          filters: { clientId: ['C-1'], impactedTable: [LONG_VALUE.slice(0, 200)] },
          text: LONG_VALUE,
          timeRange: { kind: 'absolute', from: '2026-10-01T00:00:00.000Z' },
        },
        'client',
      ),
      pin('Off-hours edits', {
        family: 'activity',
        filters: { eventId: ['e-1', 'e-2', 'e-3', 'e-4', 'e-5'] },
      }),
    ],
    starred: [],
  };
  await mkdir(join(dataDir, 'cases'), { recursive: true });
  await writeFile(join(dataDir, 'cases', `${kept.id}.json`), JSON.stringify(kept));
}

test('a pinned query from a client page or a risk view is told whole: hidden characters named, long values cut', async ({
  app,
  page,
  fixtureConsole,
}) => {
  await keepCase(fixtureConsole.dataDir);
  await app.open('/investigations');
  const pinned = await openEvidence(page, 'Kept');
  const fromClient = pinned.getByRole('link', {
    name: /^Client ⟨U\+202E⟩x · Logs — Operational logs · Client: C-1 · /,
  });
  await expect(fromClient).toHaveAttribute(
    'href',
    /^#\/clients\/C-1\/logs\?impactedTable=Payout\+details[^&]*&q=[^&]+&from=/,
  );
  const name = (await fromClient.textContent()) ?? '';
  expect(name).toContain(`Impacted table: ${shownText(LONG_VALUE.slice(0, 79))}…`);
  expect(name).toContain(`Text: “${shownText(LONG_VALUE.slice(0, 79))}…”`);
  // Client activity of several clients opens in no grid: the line says so, and names the first few events.
  const fromRisk = pinned.getByRole('listitem').filter({ hasText: 'Off-hours edits' });
  await expect(fromRisk).toContainText('Off-hours edits — Client activity · Id: e-1, e-2, e-3 and 2 more · any time');
  await expect(fromRisk.getByRole('link')).toHaveCount(0);
  await expect(fromRisk).toContainText('no grid shows client activity of several clients');
  expect(await rawHiddenCharacters(page)).toEqual([]);
  await expectNoSidewaysScroll(page);
});
