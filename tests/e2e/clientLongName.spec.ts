import { expect, test } from './support/appDriver';
import { accountUpdateLog } from './support/accountUpdateLog';
import { openBundle } from './support/bundleOpener';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';
import { writeTestBundle } from '../integration/support/writeTestBundle';

const CLIENT_ID = 'c-long-name';

/** A name of 5,000 characters: words a line could break between, then a run with no place to break. */
const LONG_NAME = `${'Lena Lovelace-Longname '.repeat(150)}${'x'.repeat(5_000)}`.slice(0, 5_000);

/** One operational log of the long-named client, for its page to name it. */
const LOG = accountUpdateLog('long-name-0', { id: CLIENT_ID, name: LONG_NAME }, 'Long name: limit lowered');

test.describe('a client whose name is thousands of characters long', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-client-long-name',
      source: 'demo',
      role: 'investigator',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  for (const { width, height, colorScheme } of WALK_VIEWPORTS.filter((viewport) => viewport.colorScheme === 'light')) {
    test(`the title names it cut on at most two lines, the whole name a Copy name away, at ${width}x${height}`, async ({
      app,
      page,
      context,
      fixtureConsole,
      folder,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const path = await writeTestBundle(
        fixtureConsole.dataDir,
        folder,
        'long-name.acbundle',
        {},
        undefined,
        undefined,
        {
          queries: [{ family: 'operational' }],
          more: [LOG],
        },
      );
      await openBundle(app, path);
      await app.goTo(`/clients/${CLIENT_ID}/logs`);

      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toContainText('Lena Lovelace-Longname');
      // Two lines at most (a line is about 1.2 times the font's size): the tabs and the grid keep the height.
      const fontSize = await title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect((await title.boundingBox())?.height).toBeLessThan(2.6 * fontSize);
      await expect(title).toHaveText(`${LONG_NAME.slice(0, 59)}… (${CLIENT_ID})`);
      await expect(page.getByRole('tab', { name: 'Logs' })).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: test.info().outputPath(`long-name-${width}.png`) });

      // The whole name, from the keyboard: the button right after the title copies it.
      const copyName = page.getByRole('button', { name: 'Copy name' });
      await copyName.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Whole name copied' })).toHaveText(
        'Whole name copied (5,000 characters).',
      );
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(LONG_NAME);
      await expect(copyName).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Copy id' })).toHaveCount(0);
      expect(await app.fatal()).toBeUndefined();
    });
  }
});
