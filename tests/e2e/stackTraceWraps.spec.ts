import { expect, test } from './support/appDriver';
import { expectGridShows, openFirstRowDetail } from './support/grid';

for (const [width, height] of [
  [1024, 700],
  [1440, 900],
] as const) {
  test(`at ${width}x${height} each stack frame of an error reads whole inside the docked detail`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await app.open('/logs?status=error');
    await expectGridShows(page);
    const detail = await openFirstRowDetail(page);
    const frames = detail.getByRole('list', { name: 'Stack trace' }).getByRole('listitem');
    await expect(frames.first()).toBeVisible();
    // A frame's file, line and column sit at its end: a frame wider than the panel would hide them past its edge.
    const cut = await frames.evaluateAll((items) =>
      items.filter((item) => item.scrollWidth > item.clientWidth).map((item) => item.textContent),
    );
    expect(cut, 'stack frames wider than the detail panel').toEqual([]);
    const panel = await detail.evaluate((aside) => [aside.scrollWidth, aside.clientWidth]);
    expect(panel[0], 'the detail panel scrolls sideways').toBeLessThanOrEqual(panel[1] ?? 0);
  });
}
