import { expect, test } from './support/appDriver';
import { openBundle } from './support/bundleOpener';
import { writeTestBundle } from '../integration/support/writeTestBundle';

test.describe('a reopened bundle whose custody record holds very long names', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-bundle-long',
      source: 'demo',
      role: 'investigator',
      demoDataset: { clients: 5, days: 2 },
    },
  });

  test('keeps its banner short on every screen, Close bundle in view, and says the record whole in its tooltip', async ({
    app,
    page,
    fixtureConsole,
    folder,
  }) => {
    // Nothing bounds what a bundle file says of who exported it, from where.
    const name = `Ivy ${'Investigator '.repeat(400)}`.trim();
    const path = await writeTestBundle(fixtureConsole.dataDir, folder, 'long.acbundle', {
      operator: { id: `ivy-${'i'.repeat(5_000)}`, name, role: 'investigator', scope: null },
    });
    await page.setViewportSize({ width: 1024, height: 700 });
    await openBundle(app, path);
    const banner = page.getByRole('region', { name: 'Reopened bundle' });
    const custody = banner.getByTestId('bundle-custody');
    await expect(custody).toContainText(/^Exported by Ivy (Investigator )+I\w*… \(ivy-i+…, Investigator\) on /);
    await expect(custody).toHaveAttribute('title', new RegExp(`^Exported by ${name} \\(ivy-i{5000}, Investigator\\)`));
    await page.keyboard.press('Tab');
    const whole = banner.getByRole('button', { name: 'Whole custody record' });
    await expect(whole).toBeFocused();
    await expect(whole).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Tab');
    const close = banner.getByRole('button', { name: 'Close bundle' });
    await expect(close).toBeFocused();
    await expect(close).toBeInViewport();
    // The page below still has most of the window.
    expect((await banner.boundingBox())?.height ?? 700).toBeLessThan(700 / 3);
    await expect(page.getByRole('heading', { level: 1, name: 'Operational logs' })).toBeInViewport();

    // The tooltip is out of the keyboard's reach: the record is read whole from the banner, in a box that scrolls.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(whole).toHaveAttribute('aria-expanded', 'true');
    const record = banner.getByRole('region', { name: 'Whole custody record' });
    await expect(record).toContainText(new RegExp(`^Exported by ${name} \\(ivy-i{5000}, Investigator\\)`));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(record).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect.poll(() => record.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
    expect((await banner.boundingBox())?.height ?? 700).toBeLessThan(700 / 2);
    await expect(close).toBeInViewport();
  });
});
