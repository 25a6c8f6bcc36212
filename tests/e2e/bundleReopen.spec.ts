import { spawn, type ChildProcess } from 'node:child_process';
import { open, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { indexBundle, readEntry } from '../../src/main/export/bundle/bundleIndex';
import { expect, test } from './support/appDriver';
import { ROWS } from './support/grid';
import { expectNoSidewaysScroll } from './support/walk';
import { bannerHeading, openBundle, openFromInvestigations } from './support/bundleOpener';
import { BUNDLE_DESCRIPTIONS, writeTestBundle } from '../integration/support/writeTestBundle';
import type { ClientActivity } from '../../src/shared/domain/clientActivity';

const ROOT = resolve(import.meta.dirname, '../..');

/** The value the client page's header gives beside `term` among its facts. */
const factOf = (page: Page, term: string) =>
  page
    .getByLabel('Client summary')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

test.describe('an investigator on a workstation with no cluster', () => {
  test.use({
    consoleOptions: { name: 'e2e-bundle', source: 'demo', role: 'investigator', demoDataset: { clients: 5, days: 2 } },
  });

  test('opens a bundle from the Investigations page: its rows in the grid, the custody banner everywhere, then closes it', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
    await app.open('/investigations');
    await openFromInvestigations(page, path);

    const banner = page.getByRole('region', { name: 'Reopened bundle' });
    await expect(banner).toContainText('Read-only bundle evidence.acbundle');
    // The form it was opened from is gone with its page: the banner's heading has the focus, Close bundle next.
    await expect(bannerHeading(page, 'evidence.acbundle')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(banner.getByRole('button', { name: 'Close bundle' })).toBeFocused();
    await expect(banner.getByTestId('bundle-verdict')).toHaveText(
      /^Verified: unaltered, signed by this workstation's bundle key/,
    );
    await expect(banner.getByTestId('bundle-custody')).toContainText(
      'Exported by Ivy Investigator (ivy, Investigator) on',
    );
    await expect(banner.getByTestId('bundle-custody')).toContainText('from demo workspace');
    await expect(banner.getByTestId('bundle-custody')).toContainText('Ticket INC-77: wallet freeze evidence');
    await expect(page.getByTestId('status-source')).toContainText('Bundle evidence.acbundle · read-only bundle');

    // The grid reads the bundle and nothing else.
    await expect(page).toHaveURL(/#\/logs$/);
    await expect(page.getByTestId('match-total')).toContainText('3');
    await expect(page.locator(ROWS)).toHaveCount(3);
    for (const description of BUNDLE_DESCRIPTIONS) await expect(page.getByText(description)).toBeVisible();

    // What main refuses while the bundle is open is not offered: disabled, with the reason read out.
    const saveView = page.getByRole('button', { name: 'Save view' });
    await expect(saveView).toBeDisabled();
    await expect(saveView).toHaveAccessibleDescription(
      'The reopened bundle evidence.acbundle is read-only: close it to save or change a view.',
    );
    await expect(page.getByRole('textbox', { name: 'View name' })).toHaveCount(0);
    const addToCase = page.getByRole('button', { name: 'Add to case…' });
    await expect(addToCase).toBeDisabled();
    await expect(addToCase).toHaveAccessibleDescription(/read-only: close it to pin its queries to a case\.$/);
    await page.locator(ROWS).first().click();
    const star = page.getByTestId('log-detail').getByRole('button', { name: 'Star in case…' });
    await expect(star).toBeDisabled();
    await expect(star).toHaveAccessibleDescription(/read-only: close it to star its events in a case\.$/);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeEnabled();
    const bundleFormat = dialog.getByRole('radio', { name: /^Investigation bundle/ });
    await expect(bundleFormat).toBeDisabled();
    await expect(dialog.getByText(/read-only: close it to sign a new bundle\.$/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Still on screen on another page; no case can be made from it (main refuses it too), and none is offered.
    await app.goTo('/investigations');
    await expect(banner).toBeVisible();
    const createCase = page.getByRole('button', { name: 'Create case' });
    await expect(createCase).toBeDisabled();
    await expect(createCase).toHaveAccessibleDescription(
      'The reopened bundle evidence.acbundle is read-only: close it to create a case.',
    );
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
    // A bundle of a view carries no case, and says so where a case would show.
    await expect(page.getByRole('region', { name: 'The bundle’s case' })).toContainText(
      'This bundle carries no case: it holds the records of the views it was exported from.',
    );

    await banner.getByRole('button', { name: 'Close bundle' }).press('Enter');
    await expect(banner).toBeHidden();
    await expect(page.getByTestId('status-source')).toContainText('Demo data');
    // Closed, the keyboard is back at what opened it: the path, its form empty again.
    await expect(page.getByRole('textbox', { name: 'Bundle file path' })).toBeFocused();
    expect(await app.fatal()).toBeUndefined();
  });

  test('a case kept before a bundle opened offers no change while it is open, saying why, and does again once it is closed', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
    await app.open('/investigations');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Wallet freeze');
    await form.getByRole('textbox', { name: 'Purpose' }).fill('Review the frozen wallet');
    await form.getByRole('button', { name: 'Create case' }).click();
    const card = page.getByRole('list', { name: 'Cases' }).getByRole('listitem', { name: 'Wallet freeze' });
    await expect(card).toBeVisible();
    await app.goTo('/logs');
    await page.getByRole('button', { name: 'Add to case…' }).click();
    await page
      .getByRole('group', { name: 'Add this query to a case' })
      .getByRole('button', { name: 'Pin query' })
      .click();
    await expect(page.getByText('Added to “Wallet freeze”.')).toBeVisible();
    await page.locator(ROWS).first().click();
    const detail = page.getByTestId('log-detail');
    await detail.getByRole('button', { name: 'Star in case…' }).click();
    await detail
      .getByRole('group', { name: 'Add this event to a case' })
      .getByRole('button', { name: 'Star event' })
      .click();
    await expect(detail.getByText('Added to “Wallet freeze”.')).toBeVisible();

    await app.goTo('/investigations');
    await openFromInvestigations(page, path);
    await expect(bannerHeading(page, 'evidence.acbundle')).toBeFocused();
    await app.goTo('/investigations');
    const readOnly = (what: string) => `The reopened bundle evidence.acbundle is read-only: close it to ${what}.`;
    const createCase = page.getByRole('button', { name: 'Create case' });
    await expect(createCase).toBeDisabled();
    await expect(createCase).toHaveAccessibleDescription(readOnly('create a case'));
    const remove = card.getByRole('button', { name: 'Delete…' });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(readOnly('delete a case'));
    // Still reached by Tab, so the keyboard hears why; pressed, it asks nothing.
    await card.getByRole('button', { name: 'Export case…' }).focus();
    await page.keyboard.press('Tab');
    await expect(remove).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card.getByRole('alertdialog')).toHaveCount(0);
    // Reading the case and exporting its queries change nothing: still offered.
    await expect(card.getByRole('button', { name: 'Export case…' })).toBeEnabled();
    await card.getByRole('button', { name: 'Show evidence' }).click();
    for (const name of [/^Unpin “/, /^Unstar “/]) {
      const button = card.getByRole('button', { name });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(readOnly('remove evidence from a case'));
    }
    await expect(card).toContainText('1 pinned query, 1 starred event');

    await page.getByRole('region', { name: 'Reopened bundle' }).getByRole('button', { name: 'Close bundle' }).click();
    await expect(page.getByRole('region', { name: 'Reopened bundle' })).toBeHidden();
    await expect(remove).toBeEnabled();
    // The page is drawn again for the source it reads now, the evidence folded.
    await card.getByRole('button', { name: 'Show evidence' }).click();
    await expect(card.getByRole('button', { name: /^Unstar “/ })).toBeEnabled();
    await expect(page.getByRole('form', { name: 'New case' }).getByRole('textbox', { name: 'Title' })).toBeVisible();
    expect(await app.fatal()).toBeUndefined();
  });

  test('a bundle of operational logs only says so where a view reads activity events, instead of an empty answer', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'operational.acbundle');
    await openBundle(app, path);
    const noActivity = 'This bundle holds no activity events: its queries read operational logs only.';
    const lacking = page.getByRole('note').filter({ hasText: 'This bundle holds no' });

    await app.goTo('/clients/c-evidence/sessions');
    await expect(lacking).toHaveText(`${noActivity} Sessions come from activity events.`);
    // The header counts no family the bundle never held: it says the family is not there, as the note does.
    const facts = page.getByLabel('Client summary').getByRole('group');
    await expect(facts.locator('summary')).toContainText('3 operational logs · activity events not in this bundle');
    await expect(facts.locator('summary')).not.toContainText('0 activity events');
    await expect(factOf(page, 'Activity events')).toHaveText('not in this bundle');
    await expect(factOf(page, 'Operational logs')).toHaveText('3');
    await expect(page.getByText('No session in this range.')).toHaveCount(0);
    await app.goTo('/clients/c-evidence/events');
    await expect(lacking).toHaveText(`${noActivity} No events of this client can be shown from it.`);
    await expect(page.getByText('No logs to show')).toHaveCount(0);
    // The family it holds reads as always.
    await app.goTo('/clients/c-evidence/logs');
    await expect(page.locator(ROWS)).toHaveCount(3);
    await expect(lacking).toHaveCount(0);
    await app.goTo('/risk');
    await expect(lacking).toHaveText(`${noActivity} The risk views read client activity.`);
    await expect(page.getByText('No such edits in this period.')).toHaveCount(0);
    expect(await app.fatal()).toBeUndefined();
  });

  test('a bundle of activity events only says so on the operational logs page, and shows its events on the client page', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const events = [1, 2].map((minutes): ClientActivity => ({
      id: `ev-evidence-${minutes}`,
      clientId: 'c-evidence',
      actorType: 'client',
      actorId: null,
      actorName: null,
      sourceApp: 'tradersroom',
      eventName: 'client.logged_in',
      message: 'Client logged in',
      metadata: { ip: '10.0.0.1' },
      createdAt: new Date(Date.now() - minutes * 60_000).toISOString(),
      change: null,
    }));
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'activity.acbundle', {}, undefined, events);
    await openBundle(app, path);
    await expect(page).toHaveURL(/#\/logs$/);
    const lacking = page.getByRole('note').filter({ hasText: 'This bundle holds no' });
    await expect(lacking).toHaveText(
      'This bundle holds no operational logs: its queries read activity events only. Its events show on each client’s page, under Sessions.',
    );
    await expect(page.getByText('No logs to show')).toHaveCount(0);
    await app.goTo('/clients/c-evidence/events');
    await expect(page.locator(ROWS)).toHaveCount(2);
    await expect(lacking).toHaveCount(0);
    await expect(factOf(page, 'Operational logs')).toHaveText('not in this bundle');
    await expect(factOf(page, 'Activity events')).toHaveText('2');
    expect(await app.fatal()).toBeUndefined();
  });

  test('refuses a junk path, a file that is not a bundle, and an altered bundle, naming what is wrong', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const notes = join(folder, 'notes.acbundle');
    await writeFile(notes, 'id,created\n1,2026-01-01\n'.repeat(50));
    const altered = await writeTestBundle(fixtureConsole.dataDir, folder, 'altered.acbundle');
    const bytes = await readFile(altered, 'latin1');
    await writeFile(altered, Buffer.from(bytes.replace('wallet W-1 frozen', 'wallet W-1 thawed'), 'latin1'));
    await app.open('/investigations');
    const verdict = page.getByRole('alert', { name: 'Bundle verdict' });

    const unreadable = verdict.getByRole('heading', { name: 'Not opened: this file cannot be read as a bundle' });
    const pathField = page.getByRole('textbox', { name: 'Bundle file path' });

    await openFromInvestigations(page, join(folder, 'no-such.acbundle'));
    await expect(verdict).toContainText('Not opened: this file cannot be read as a bundle');
    await expect(verdict).toContainText('there is no such file');
    // The verdict takes the focus, its headline read first; the path is the next stop back.
    await expect(unreadable).toBeFocused();
    // A path without spaces, longer than the window is wide, wraps inside the verdict.
    await openFromInvestigations(page, join(folder, `${'d'.repeat(400)}.acbundle`));
    await expect(verdict).toContainText('the path or a name in it is longer than the disk allows');
    await expectNoSidewaysScroll(page);
    // Past what any disk allows: said in the console's own words, not the request check's.
    await openFromInvestigations(page, `/${'p'.repeat(5_000)}.acbundle`);
    await expect(
      page.getByRole('alert').filter({
        hasText:
          /^The file path is too long: shorten it to at most 4,096 characters; this one has 5,010\. Check it, or choose the file instead\.$/,
      }),
    ).toBeVisible();
    await expect(page.getByText(/Invalid request/)).toHaveCount(0);
    // The path is at fault: it keeps the focus, marked and described by the refusal.
    await expect(pathField).toBeFocused();
    await expect(pathField).toHaveAttribute('aria-invalid', 'true');
    await expect(pathField).toHaveAccessibleDescription(
      /^The file path is too long: shorten it to at most 4,096 characters; this one has 5,010\./,
    );
    await expectNoSidewaysScroll(page);

    await openFromInvestigations(page, notes);
    await expect(verdict).toContainText('is not an Audit Console bundle');
    await expect(unreadable).toBeFocused();
    await expect(pathField).not.toHaveAttribute('aria-invalid', 'true');

    await openFromInvestigations(page, altered);
    await expect(verdict).toContainText('Not opened: this bundle was altered');
    await expect(verdict.getByRole('heading', { name: 'Not opened: this bundle was altered' })).toBeFocused();
    await expect(verdict.getByRole('list', { name: 'What was altered' })).toContainText('evidence-0');
    // Each finding said once: the file, the record in it, the query whose result set it changed.
    await expect(verdict.getByRole('listitem')).toHaveText([
      /^Altered file: records\/0001\.ndjson is not the file that was signed \(its SHA-256 differs\)\.$/,
      /^Altered record in records\/0001\.ndjson: record \d+ \(id evidence-0\)\.$/,
      /^Count: the result set of query 1 is not the one exported/,
    ]);
    await expect(page.getByRole('region', { name: 'Reopened bundle' })).toBeHidden();
    await expect(page.getByTestId('status-source')).toContainText('Demo data');
    expect(await readFile(notes, 'utf8')).toBe('id,created\n1,2026-01-01\n'.repeat(50));
  });
});

/** Puts `donor`'s signature in place of `target`'s (both the same length): a well-formed bundle, wrongly signed. */
async function swapSignature(target: string, donor: string): Promise<void> {
  const signatureOf = async (path: string) => {
    const handle = await open(path, 'r');
    try {
      const index = await indexBundle(handle, (await handle.stat()).size, path);
      const entry = index.entries.find((candidate) => candidate.name === 'manifest.sig');
      if (!entry) throw new Error(`${path} has no signature`);
      return { at: entry.contentAt, bytes: await readEntry(handle, entry) };
    } finally {
      await handle.close();
    }
  };
  const [mine, theirs] = [await signatureOf(target), await signatureOf(donor)];
  expect(theirs.bytes.length).toBe(mine.bytes.length);
  expect(theirs.bytes.equals(mine.bytes)).toBe(false);
  const handle = await open(target, 'r+');
  try {
    await handle.write(theirs.bytes, 0, theirs.bytes.length, mine.at);
  } finally {
    await handle.close();
  }
}

test.describe('an investigator in browser mode uploading a bundle from their disk', () => {
  test.use({
    consoleOptions: { name: 'e2e-upload', source: 'demo', role: 'investigator', demoDataset: { clients: 5, days: 2 } },
  });
  const fileInput = (page: Page) =>
    page.getByRole('region', { name: 'Open a bundle' }).getByLabel('Open a bundle file from this computer');
  const uploadsLeft = async (dataDir: string) => readdir(join(dataDir, 'bundle-uploads')).catch(() => []);

  test('an uploaded bundle opens read-only; a tampered one, a wrongly signed one and a file that is not a bundle are refused in sentences', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'evidence.acbundle');
    const tampered = await writeTestBundle(fixtureConsole.dataDir, folder, 'tampered.acbundle');
    const bytes = await readFile(tampered, 'latin1');
    await writeFile(tampered, Buffer.from(bytes.replace('wallet W-1 frozen', 'wallet W-1 thawed'), 'latin1'));
    const notes = join(folder, 'notes.acbundle');
    await writeFile(notes, 'id,created\n1,2026-01-01\n'.repeat(50));
    await app.open('/investigations');
    const verdict = page.getByRole('alert', { name: 'Bundle verdict' });

    await fileInput(page).setInputFiles(tampered);
    await expect(verdict).toContainText('Not opened: this bundle was altered');
    await expect(verdict.getByRole('list', { name: 'What was altered' })).toContainText('evidence-0');
    await expect(page.getByRole('region', { name: 'Reopened bundle' })).toBeHidden();
    await expect(verdict.getByRole('heading', { name: 'Not opened: this bundle was altered' })).toBeFocused();

    const signed = await writeTestBundle(fixtureConsole.dataDir, folder, 'wrongly-signed.acbundle');
    await swapSignature(signed, path);
    await fileInput(page).setInputFiles(signed);
    await expect(verdict).toContainText('Not opened: this bundle was altered');
    await expect(verdict.getByRole('list', { name: 'What was altered' })).toContainText(
      'Bad signature: manifest.sig is not a signature of this manifest by the key it names.',
    );

    await fileInput(page).setInputFiles(notes);
    await expect(verdict).toContainText('Not opened: this file cannot be read as a bundle');
    await expect(verdict).toContainText('notes.acbundle is not an Audit Console bundle (it is not a tar archive).');
    expect(await uploadsLeft(fixtureConsole.dataDir)).toEqual([]);

    await fileInput(page).setInputFiles(path);
    const banner = page.getByRole('region', { name: 'Reopened bundle' });
    await expect(banner).toContainText('Read-only bundle evidence.acbundle');
    await expect(banner.getByTestId('bundle-verdict')).toHaveText(
      /^Verified: unaltered, signed by this workstation's bundle key/,
    );
    await expect(page).toHaveURL(/#\/logs$/);
    await expect(bannerHeading(page, 'evidence.acbundle')).toBeFocused();
    await expect(page.locator(ROWS)).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Save view' })).toBeDisabled();
    expect(await uploadsLeft(fixtureConsole.dataDir)).toEqual([]);

    // Closed where no control opens a bundle: the page's own heading takes the focus.
    await banner.getByRole('button', { name: 'Close bundle' }).press('Enter');
    await expect(banner).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Operational logs' })).toBeFocused();
    expect(await app.fatal()).toBeUndefined();
  });

  test('shows the upload under way, and cancelling it removes what main received', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    // Large enough for several chunks; the second chunk is held until the operator has cancelled.
    const big = join(folder, 'large.acbundle');
    await writeFile(big, Buffer.alloc(3 * 1024 * 1024, 7));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let chunks = 0;
    await page.route('**/api/bundle/upload/chunk', async (route) => {
      chunks += 1;
      if (chunks === 2) await held;
      await route.continue();
    });
    await app.open('/investigations');
    await fileInput(page).setInputFiles(big);
    const progress = page.getByRole('progressbar', { name: 'Uploading large.acbundle' });
    await expect(progress).toBeVisible();
    // The first chunk arrived; the second is on its way and held.
    await expect(page.getByRole('status').filter({ hasText: 'Uploading large.acbundle:' })).toHaveText(
      'Uploading large.acbundle: 512 KiB of 3 MiB',
    );
    expect(await uploadsLeft(fixtureConsole.dataDir)).toHaveLength(1);
    // Nothing is being verified yet: the path form waits, saying what it would do.
    await expect(page.getByRole('button', { name: 'Verify and open' })).toBeDisabled();
    // The file field is disabled while it uploads: Cancel, what the keyboard may want now, has the focus.
    const cancel = page.getByRole('button', { name: 'Cancel upload' });
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Enter');
    release();
    const cancelled = page.getByRole('region', { name: 'Open a bundle' }).getByRole('alert');
    await expect(cancelled).toHaveText('Upload cancelled; nothing of it was kept.');
    await expect(cancelled).toBeFocused();
    await expect(progress).toBeHidden();
    expect(await uploadsLeft(fixtureConsole.dataDir)).toEqual([]);
    expect(chunks).toBe(2);
    expect(await app.fatal()).toBeUndefined();
  });
});

test.describe('audit-console open PATH', () => {
  let child: ChildProcess | null = null;
  test.afterEach(() => {
    child?.kill('SIGTERM');
    child = null;
  });

  test('starts browser mode on the verified bundle, read-only, with its banner', async ({ page, folder }) => {
    const dataDir = join(folder, 'data');
    const path = await writeTestBundle(dataDir, folder, 'carried.acbundle');
    const started = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'audit-console.mjs'), 'open', path, '--port', '0', '--data-dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    let output = '';
    const launch = await new Promise<string>((done, fail) => {
      started.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Open: (\S+)/.exec(output);
        if (found?.[1]) done(found[1]);
      });
      started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.once('exit', (code) => fail(new Error(`exited ${code}: ${output}`)));
    });
    expect(output).toContain('Bundle carried.acbundle is open, read-only: 3 records.');
    await page.goto(launch);
    await page.waitForSelector('html[data-app-state="loaded"]');
    await expect(page.getByRole('region', { name: 'Reopened bundle' })).toContainText(
      'Read-only bundle carried.acbundle',
    );
    await expect(page.locator(ROWS)).toHaveCount(3);
  });

  test('refuses an altered bundle and says what was altered', async ({ folder }) => {
    const dataDir = join(folder, 'data');
    const path = await writeTestBundle(dataDir, folder, 'altered.acbundle');
    const bytes = await readFile(path, 'latin1');
    await writeFile(path, Buffer.from(bytes.replace('card reissued', 'card destroyed'), 'latin1'));
    const started = spawn(process.execPath, [
      join(ROOT, 'bin', 'audit-console.mjs'),
      'open',
      path,
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ]);
    child = started;
    let output = '';
    started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => started.once('exit', done));
    expect(code).toBe(1);
    expect(output).toContain('Verdict: ALTERED');
    expect(output).toContain('The bundle was not opened');
    expect(output).not.toContain('Open: ');
  });
});
