import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppDriver } from './support/appDriver';
import { ROWS } from './support/grid';
import { openBusyClient } from './support/navigation';

const RANKED = 'Edits before a withdrawal, ranked';

async function createCase(app: AppDriver, page: Page, title: string): Promise<Locator> {
  await app.open('/investigations');
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Edits of bank details before withdrawals');
  await form.getByRole('button', { name: 'Create case' }).click();
  const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: title });
  await expect(card).toContainText('0 pinned queries, 0 starred events');
  return card;
}

const STARRED_ALREADY = 'Starred in this case already: your note will be added to its note.';

/**
 * Stars with a note from an opened "Star in case…" form inside `scope`. An event the case holds already
 * (`kept`: its star's note) is said so before saving, and its note takes the new one.
 */
async function star(scope: Locator, note: string, kept?: string): Promise<void> {
  await scope.getByRole('button', { name: 'Star in case…' }).first().click();
  const form = scope.getByRole('group', { name: 'Add this event to a case' });
  // A note past what a case keeps is kept as typed and said beside it; Star waits until it is shortened.
  const noteBox = form.getByRole('textbox', { name: 'Note' });
  await noteBox.fill('n'.repeat(20_001));
  await expect(noteBox).toHaveAccessibleDescription(
    'The note is too long: shorten it to at most 20,000 characters; this one has 20,001.',
  );
  await expect(form.getByRole('button', { name: 'Star event' })).toBeDisabled();
  // So is a hidden character, in the words main would refuse it with, before anything is sent.
  await noteBox.fill('Line one \u202Ereversed');
  await expect(noteBox).toHaveAttribute('aria-invalid', 'true');
  await expect(noteBox).toHaveAccessibleDescription(
    'The note cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(form.getByRole('button', { name: 'Star event' })).toBeDisabled();
  if (kept !== undefined) {
    await expect(form.getByText(STARRED_ALREADY)).toBeVisible();
    // The star's note and this one together may not pass what a note holds: said before anything is sent.
    const joined = kept.length + 2 + 19_990;
    await noteBox.fill('n'.repeat(19_990));
    await expect(noteBox).toHaveAccessibleDescription(
      `This event is starred in the case already, and its note with yours added would have ${joined.toLocaleString('en')} characters; a note is at most 20,000. Shorten your note to at most ${(20_000 - kept.length - 2).toLocaleString('en')} characters.`,
    );
    await expect(form.getByRole('button', { name: 'Star event' })).toBeDisabled();
  }
  await noteBox.fill(note);
  const starEvent = form.getByRole('button', { name: 'Star event' });
  if (kept !== undefined) await expect(starEvent).toHaveAccessibleDescription(STARRED_ALREADY);
  await starEvent.click();
  await expect(
    scope.getByText(kept === undefined ? 'Added to “Bank details”.' : 'Note added to the star in “Bank details”.'),
  ).toBeVisible();
}

/** The event ids a ranked risk table lists, read from each row's link to its change. */
async function rankedEventIds(table: Locator): Promise<string[]> {
  const ids: string[] = [];
  for (const row of await table.getByRole('row', { name: /^Rank \d+:/ }).all()) {
    const address = await row
      .getByRole('link', { name: /^Show the change of event / })
      .first()
      .getAttribute('href');
    ids.push(decodeURIComponent((address ?? '').replace('#/diff/', '')));
  }
  return ids;
}

test.describe('as an investigator on the cluster', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test('stars events from the client page, a session, a risk view and a diff, pins the client page and session queries, and finds them in the case', async ({
    app,
    page,
    cluster,
  }) => {
    test.setTimeout(180_000);
    const card = await createCase(app, page, 'Bank details');
    const client = await cluster.busyTerminalClient();

    await app.goTo(`/clients/${client.id}`);
    await expect(page.locator(ROWS).first()).toBeVisible();
    await page.getByRole('button', { name: 'Add to case…' }).click();
    const pin = page.getByRole('group', { name: 'Add this query to a case' });
    await pin.getByRole('button', { name: 'Pin query' }).click();
    await expect(page.getByText('Added to “Bank details”.')).toBeVisible();
    await page.locator(ROWS).first().click();
    await star(page.getByTestId('log-detail'), 'Seen on the client page');

    // A session's events, pinned from the Sessions view; its first, the client page's first row, starred again there.
    await page.getByRole('group', { name: 'Sessions tab view' }).getByRole('button', { name: 'Sessions' }).click();
    const sessions = page.getByRole('table', { name: 'Sessions' });
    await sessions
      .getByRole('button', { name: /^Show events of the / })
      .first()
      .click();
    await sessions.getByRole('button', { name: 'Add to case…' }).click();
    await sessions
      .getByRole('group', { name: 'Add this query to a case' })
      .getByRole('button', { name: 'Pin query' })
      .click();
    await expect(sessions.getByText('Added to “Bank details”.')).toBeVisible();
    await star(
      sessions
        .getByRole('list', { name: /^Events of the / })
        .getByRole('listitem')
        .first(),
      'In the session',
      'Seen on the client page',
    );

    await app.goTo('/risk');
    const ranked = page.getByRole('table', { name: RANKED });
    const first = ranked.getByRole('row', { name: /^Rank 1:/ });
    await expect(first).toBeVisible({ timeout: 30_000 });
    await star(first, 'First of the ranked edits');

    await first
      .getByRole('link', { name: /^Show the change of event / })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /^Change of event/ })).toBeVisible();
    // The same event as the ranked row's: its one star takes this note too.
    await star(page.locator('.change-details'), 'Its before and after', 'First of the ranked edits');

    await app.goTo('/investigations');
    await expect(card).toContainText('2 pinned queries, 2 starred events');
    await card.getByRole('button', { name: 'Show evidence' }).click();
    const pinned = card.getByRole('list', { name: 'Pinned queries' });
    await expect(pinned).toContainText(`Client ${client.id} · Events`);
    await expect(pinned).toContainText(/session in \w+ from /);
    const starred = card.getByRole('list', { name: 'Starred events' });
    // Each event starred twice has one star holding both notes, in the order they were added.
    for (const [first, second] of [
      ['Seen on the client page', 'In the session'],
      ['First of the ranked edits', 'Its before and after'],
    ]) {
      const oneStar = starred.getByRole('listitem').filter({ hasText: first });
      await expect(oneStar).toHaveCount(1);
      await expect(oneStar).toContainText(`${first} ${second}`);
    }
    expect(await app.fatal()).toBeUndefined();
  });

  test("exports a risk view: the file's rows are the view's rows", async ({ app, page, folder }) => {
    test.setTimeout(180_000);
    await app.open('/risk');
    const ranked = page.getByRole('table', { name: RANKED });
    await expect(ranked.getByRole('row', { name: /^Rank 1:/ })).toBeVisible({ timeout: 30_000 });
    const shown = await rankedEventIds(ranked);
    expect(shown.length).toBeGreaterThan(0);

    await page
      .getByRole('group', { name: /^Edits before a withdrawal \(48 h\): evidence$/ })
      .getByRole('button', { name: 'Export…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^NDJSON/ }).check();
    await expect(dialog.getByTestId('export-row-count')).toHaveText(`${shown.length} rows will be exported.`);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Ticket INC-9: the ranked edits');
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await dialog.getByRole('textbox', { name: 'File name' }).fill('ranked.ndjson');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-result')).toHaveText(
      `${shown.length} of ${shown.length} rows exported, complete.`,
    );
    expect(await readdir(folder)).toEqual(['ranked.ndjson']);
    const lines = (await readFile(join(folder, 'ranked.ndjson'), 'utf8')).trim().split('\n');
    const exported = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect([...exported].sort()).toEqual([...shown].sort());
  });
});

test.describe('as an investigator on the bulk operations risk table', () => {
  test.use({ consoleOptions: { role: 'investigator' } });

  test("pins a bulk operation to a case and exports it: the file's ids are that bulk's events on the cluster", async ({
    app,
    page,
    cluster,
    folder,
  }) => {
    test.setTimeout(180_000);
    const card = await createCase(app, page, 'Bulk review');
    await app.goTo('/risk');
    const bulks = page.getByRole('table', { name: 'Bulk operations, largest first' });
    const first = bulks.getByRole('row', { name: /^Rank 1: bulk operation / });
    await expect(first).toBeVisible({ timeout: 30_000 });
    const bulkId = /^Rank 1: bulk operation (\S+),/.exec((await first.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    const onCluster = await cluster.bulkEventIds(bulkId);
    expect(onCluster.length).toBeGreaterThan(1);

    const evidence = first.getByRole('group', { name: `Bulk operation ${bulkId}: evidence` });
    await evidence.getByRole('button', { name: 'Add to case…' }).click();
    await evidence
      .getByRole('group', { name: 'Add this query to a case' })
      .getByRole('button', { name: 'Pin query' })
      .click();
    await expect(evidence.getByText('Added to “Bulk review”.')).toBeVisible();

    await evidence.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^NDJSON/ }).check();
    await expect(dialog.getByTestId('export-row-count')).toHaveText(`${onCluster.length} rows will be exported.`);
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Ticket INC-12: one bulk operation');
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await dialog.getByRole('textbox', { name: 'File name' }).fill('bulk.ndjson');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-result')).toHaveText(
      `${onCluster.length} of ${onCluster.length} rows exported, complete.`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    const lines = (await readFile(join(folder, 'bulk.ndjson'), 'utf8')).trim().split('\n');
    const exported = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect([...exported].sort()).toEqual([...onCluster].sort());

    await app.goTo('/investigations');
    await expect(card).toContainText('1 pinned query, 0 starred events');
    await card.getByRole('button', { name: 'Show evidence' }).click();
    await expect(card.getByRole('list', { name: 'Pinned queries' })).toContainText(`Bulk operation ${bulkId}`);
    expect(await app.fatal()).toBeUndefined();
  });
});

test.describe('as an auditor', () => {
  test.use({ consoleOptions: { role: 'auditor' } });

  test('a role without bundles sees Add to case on the risk view, and exports without a bundle', async ({
    app,
    page,
  }) => {
    await app.open('/risk');
    const evidence = page.getByRole('group', { name: 'Off-hours edits: evidence' });
    await expect(evidence.getByRole('button', { name: 'Add to case…' })).toBeVisible({ timeout: 30_000 });
    await evidence.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('radio', { name: /^Investigation bundle/ })).toBeDisabled();
  });
});

test.describe('as a support lead', () => {
  test.use({ consoleOptions: { role: 'supportLead' } });

  test('a role that cannot manage cases is offered no Add to case on the client page', async ({
    app,
    page,
    cluster,
  }) => {
    await openBusyClient(app, cluster, 'logs');
    await expect(page.getByRole('tab', { name: 'Logs', selected: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Add to case|Star in case)/ })).toHaveCount(0);
  });
});
