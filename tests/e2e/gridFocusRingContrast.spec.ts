import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectGridShows } from './support/grid';
import { tabTo } from './support/keyboard';

/**
 * The contrast (WCAG 1.4.11, at least 3:1) between the ring a focused grid control shows and what lies under
 * it: the ring's colour (a box shadow's, or else a border's) laid over the layers painted beneath the control,
 * each ancestor's background and its ::before, as the browser composes them.
 */
function ringContrast(control: Locator): Promise<number> {
  return control.evaluate((element) => {
    type Rgba = [number, number, number, number];
    const parse = (text: string): Rgba | null => {
      const numbers = /rgba?\(([^)]+)\)/
        .exec(text)?.[1]
        ?.split(/[\s,/]+/)
        .map(Number);
      if (numbers) return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
      const srgb = /color\(srgb ([^)]+)\)/
        .exec(text)?.[1]
        ?.split(/[\s/]+/)
        .map(Number);
      if (srgb) return [(srgb[0] ?? 0) * 255, (srgb[1] ?? 0) * 255, (srgb[2] ?? 0) * 255, srgb[3] ?? 1];
      return null;
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const alpha = top[3];
      return [0, 1, 2].map((at) => (top[at] ?? 0) * alpha + (under[at] ?? 0) * (1 - alpha)).concat(1) as Rgba;
    };
    const style = getComputedStyle(element);
    const ring = parse(style.boxShadow === 'none' ? style.borderTopColor : style.boxShadow);
    if (!ring) throw new Error(`No ring colour in “${style.boxShadow}” / “${style.borderTopColor}”`);
    const chain: Element[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) chain.unshift(node);
    let under: Rgba = [255, 255, 255, 1];
    for (const node of chain) {
      for (const layer of [
        getComputedStyle(node).backgroundColor,
        getComputedStyle(node, '::before').backgroundColor,
      ]) {
        const color = parse(layer);
        if (color && color[3] > 0) under = over(color, under);
      }
    }
    const luminance = ([r, g, b]: Rgba) =>
      [r, g, b]
        .map((channel) => channel / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, index) => sum + c * ([0.2126, 0.7152, 0.0722][index] ?? 0), 0);
    const [light, dark] = [luminance(over(ring, under)), luminance(under)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1024, height: 700 } });

    test('the focus ring of a grid header and of a cell in the selected row stands out 3:1', async ({ app, page }) => {
      await app.open();
      await expectGridShows(page);
      const header = page.getByRole('grid').getByRole('columnheader').first();
      await tabTo(page, header);
      expect(await ringContrast(header), 'the focused header’s ring').toBeGreaterThanOrEqual(3);
      // Arrow Down focuses the first row's cell and selects the row, so the ring lies on the selected row's colour.
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('complementary', { name: 'Log detail' })).toBeVisible();
      const cell = page.getByRole('grid').getByRole('gridcell').first();
      await expect(cell).toBeFocused();
      await expect(page.getByRole('grid').getByRole('row', { selected: true }).first()).toBeVisible();
      expect(await ringContrast(cell), 'the focused cell’s ring').toBeGreaterThanOrEqual(3);
    });
  });
}
