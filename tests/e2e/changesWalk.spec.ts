import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

/** Long, but within what the console accepts as an id (200 characters): the page opens and cuts it in its heading. */
const LONG = 'x'.repeat(190);

/** Headers of one word never split inside it, however narrow the window (its text's lines; a sort button's box is none). */
async function expectWholeWordHeaders(page: Page, table: string): Promise<void> {
  const lines = await page.evaluate((label) => {
    const headers = [...document.querySelectorAll(`table[aria-label="${label}"] thead th`)];
    return headers
      .filter((header) => !/\s/.test(header.textContent?.trim() ?? ''))
      .map((header) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const box of range.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
        }
        return [header.textContent, tops.size] as const;
      });
  }, table);
  expect(lines.length).toBeGreaterThan(0);
  for (const [header, count] of lines) expect(count, `header "${header}"`).toBe(1);
}

/** A heading naming a junk id shows its start, not 400 characters of it. */
async function expectShortHeading(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('…');
  expect(((await heading.textContent()) ?? '').length).toBeLessThan(100);
}

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test.describe(`the change views at ${width}x${height}, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme, consoleOptions: { role: 'riskOfficer' } });

    test('walked with the keyboard, with junk in the address', async ({ app, page }, info) => {
      test.setTimeout(180_000);
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
      await app.open('/risk?last=forever&x=%3Cb%3E');
      await expect(page.getByRole('heading', { name: 'Risk', level: 1 })).toBeVisible();
      // The page can use neither: it says so, naming each and why, and shows its default hours over all the logs.
      await expect(page.getByRole('alert', { name: 'Link problems' }).getByRole('listitem')).toHaveText([
        'last=forever: a relative range is one of: 15m, 1h, 24h, 7d, 30d, 90d, 1y',
        'x=<b>: this page has no such parameter',
      ]);
      const ranked = page.getByRole('table', { name: 'Edits before a withdrawal, ranked' });
      await expect(ranked.getByRole('row', { name: /^Rank 1:/ })).toBeVisible({ timeout: 30_000 });
      await expectNoSidewaysScroll(page);
      await expectWholeWordHeaders(page, 'Edits before a withdrawal, ranked');
      const firstRow = ranked.getByRole('row', { name: /^Rank 1:/ });
      await expect(firstRow.getByRole('link', { name: /^Open the client page of / })).toBeVisible();
      await shot('1-risk');

      const hours = page.getByRole('spinbutton', { name: 'Hours before the withdrawal' });
      for (const junk of ['-5', '99999', '1.5']) {
        await hours.fill(junk);
        await expect(page.getByRole('alert').filter({ hasText: 'whole number from 1 to 720' })).toBeVisible();
        await expect(hours).toHaveValue(junk);
      }
      await hours.fill('24');
      await expect(page.getByRole('alert').filter({ hasText: 'whole number from 1 to 720' })).toHaveCount(0);

      const link = ranked
        .getByRole('row', { name: /^Rank 1:/ })
        .getByRole('link', { name: /^Show the change of event/ })
        .first();
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: /^Change of event/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot('2-diff');

      await app.goTo(`/diff/${LONG}`);
      await expectNoSidewaysScroll(page);
      await expectShortHeading(page);
      await shot('3-diff-junk');
      await app.goTo(`/diff/${'x'.repeat(400)}`);
      await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(
        'The event id in the link is longer than any event id: at most 200 characters; this one has 400. Check the link, or the data source it came from.',
      );
      await expectNoSidewaysScroll(page);
      await app.goTo(`/diff/${encodeURIComponent('<script>alert(1)</script>')}/extra`);
      await expectNoSidewaysScroll(page);
      await shot('4-diff-badlink');
      await app.goTo(`/history/client/${LONG}?event=${LONG}`);
      await expectNoSidewaysScroll(page);
      await expectShortHeading(page);
      await shot('5-history-junk');
      await app.goTo(`/bulk/${LONG}`);
      await expectNoSidewaysScroll(page);
      await expectShortHeading(page);
      await shot('6-bulk-junk');
    });
  });
}
