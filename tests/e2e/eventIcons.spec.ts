import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { openBusyClient } from './support/navigation';

/**
 * The glyphs among `icons` that draw as the missing-glyph box. Each is drawn in the font its element is
 * shown in, beside a code point no font has (U+0378, unassigned): a glyph no font of the page holds
 * draws as the very same box.
 */
async function missingGlyphs(icons: Locator): Promise<string[]> {
  return icons.evaluateAll(async (elements) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser');
    const draw = (text: string, font: string): string => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.font = font;
      context.fillText(text, 8, 40);
      return context.getImageData(0, 0, canvas.width, canvas.height).data.join();
    };
    const missing: string[] = [];
    for (const element of elements) {
      const glyph = element.textContent ?? '';
      const font = getComputedStyle(element).font;
      await document.fonts.load(font, glyph);
      if (draw(glyph, font) === draw('\u0378', font)) missing.push(glyph);
    }
    return missing;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`event icons, ${colorScheme}`, () => {
    test.use({ colorScheme, consoleOptions: { role: 'riskOfficer' } });

    test('the Sessions tab draws every icon of its events as a glyph, not an empty box', async ({
      app,
      page,
      cluster,
    }, info) => {
      await openBusyClient(app, cluster, 'events');
      await expectGridShows(page);
      const icons = page.getByRole('gridcell').locator('[aria-hidden="true"]');
      await expect(icons.first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: info.outputPath(`events-${colorScheme}.png`) });
      expect(await missingGlyphs(icons)).toEqual([]);
    });
  });
}

test.describe('event icons of the whole catalog', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('the Coverage tab draws the icon of every catalog event as a glyph', async ({ app, page, cluster }, info) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/coverage`);
    const table = page.getByRole('table', { name: 'Catalog events and their counts' });
    const icons = table.locator('[aria-hidden="true"]');
    await expect(icons.first()).toBeVisible();
    // One icon an event: every row but the header's.
    await expect(icons).toHaveCount((await table.getByRole('row').count()) - 1);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: info.outputPath('coverage.png') });
    expect(await missingGlyphs(icons)).toEqual([]);
  });
});
