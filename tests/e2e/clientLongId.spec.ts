import { expect, test } from './support/appDriver';
import { accountUpdateLog } from './support/accountUpdateLog';
import { openBundle } from './support/bundleOpener';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';

/** The longest id a client may have: 200 characters, none of them a place to break a line. */
const LONG_ID = `c-${'0123456789abcdef'.repeat(13)}`.slice(0, 200);

/** One operational log of the long-id client, for its page to name it. */
const LOG = accountUpdateLog('long-id-0', { id: LONG_ID, name: 'Lena Long' }, 'Long id: limit lowered');

test.describe('a client whose id is hundreds of characters long', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-client-long-id',
      source: 'demo',
      role: 'investigator',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  for (const { width, height, colorScheme } of WALK_VIEWPORTS.filter((viewport) => viewport.width === 1024)) {
    test(`the title names it cut on one line, the whole id a Copy id away, at ${width}x${height} ${colorScheme}`, async ({
      app,
      page,
      context,
      fixtureConsole,
      folder,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'long-id.acbundle', {}, undefined, undefined, {
        queries: [{ family: 'operational' }],
        more: [LOG],
      });
      await openBundle(app, path);
      await app.goTo(`/clients/${encodeURIComponent(LONG_ID)}/logs`);

      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveText(`Lena Long (${LONG_ID.slice(0, 39)}…)`);
      // One line: the tabs and the grid keep the height the id would have taken.
      expect((await title.boundingBox())?.height).toBeLessThan(40);
      await expect(page.getByRole('tab', { name: 'Logs' })).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: test.info().outputPath(`long-id-${width}-${colorScheme}.png`) });

      // The whole id, from the keyboard: the button right after the title copies it.
      const copyId = page.getByRole('button', { name: 'Copy id' });
      await expect(title.locator('span').first()).toHaveAttribute('title', LONG_ID);
      await copyId.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Whole id copied' })).toHaveText(
        'Whole id copied (200 characters).',
      );
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(LONG_ID);
      await expect(copyId).toBeInViewport();
      expect(await app.fatal()).toBeUndefined();
    });
  }

  test('when the clipboard refuses, the whole id is selected in a box to copy with the keyboard', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: refuse }) });
    });
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'long-id.acbundle', {}, undefined, undefined, {
      queries: [{ family: 'operational' }],
      more: [LOG],
    });
    await openBundle(app, path);
    await app.goTo(`/clients/${encodeURIComponent(LONG_ID)}/logs`);
    await page.getByRole('button', { name: 'Copy id' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'The clipboard refused the copy' })).toHaveText(
      'The clipboard refused the copy: the whole id is selected in the box below; press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    const box = page.getByRole('textbox', { name: 'Client id, to copy' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(LONG_ID);
    await expectNoSidewaysScroll(page);
  });
});
