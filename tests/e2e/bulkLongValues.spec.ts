import { expect, test } from './support/appDriver';
import { bulkDeskMove } from './support/bulkDeskMove';

const BULK = 'e2e-long-values-bulk';
const ACTOR = { id: 'e2e-long-values-manager', name: 'Long Values Manager' };
/** Longer than a cell carries: main sends its first 4,000 characters and its length. */
const LONG = 'lorem ipsum dolor sit amet '.repeat(400);
/** What a sentence quotes of LONG: its first 59 characters and a mark that it is cut. */
const QUOTED = `“${LONG.slice(0, 59)}…”`;

/** The `index`-th member: it moved its client's desk from `before` to `after`. */
function member(index: number, before: string, after: string) {
  const clientId = `e2e-long-values-client-${index}`;
  const createdAt = new Date(Date.UTC(2026, 9, 17, 9) + index * 1000).toISOString();
  const event = bulkDeskMove({ bulkId: BULK, bulkSize: 3, index, clientId, actor: ACTOR, createdAt });
  return { ...event, change: { ...event.change, before: { desk: before }, after: { desk: after } } };
}

test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

test('a bulk operation’s long values scroll in boxes of their own and its differences quote them cut', async ({
  app,
  page,
  cluster,
}) => {
  // Two members set the long value; the third replaced it with another.
  const remove = await cluster.plantDocuments('activity', [
    member(0, 'Sales EN', LONG),
    member(1, 'Sales EN', LONG),
    member(2, LONG, 'VIP'),
  ]);
  try {
    await app.open(`/bulk/${BULK}`);
    const fields = page.getByRole('table', { name: 'Fields the operation changed' });
    const to = fields.getByRole('region', { name: 'desk, to (a long value; it scrolls)' });
    await expect(to).toHaveText(`${LONG.slice(0, 4_000)}… (the first 4,000 of 10,800 characters)`);
    await expect(fields.getByRole('region', { name: 'desk, from (a long value; it scrolls)' })).toHaveText(
      `Sales EN (2), ${LONG.slice(0, 4_000)}… (the first 4,000 of 10,800 characters) (1)`,
    );
    expect((await fields.boundingBox())?.height ?? Infinity, 'the fields stay within the window').toBeLessThan(350);

    const members = page.getByRole('table', { name: 'Clients in the operation' });
    const odd = members.getByRole('row').filter({ hasText: 'e2e-long-values-client-2' });
    await expect(odd.getByRole('cell').nth(1)).toHaveText(`sets desk to “VIP”, not ${QUOTED}`);
    expect((await members.boundingBox())?.height ?? Infinity, 'the members stay within the window').toBeLessThan(350);

    // The keyboard reaches a long value's box, to scroll it.
    await to.focus();
    await page.keyboard.press('End');
    await expect.poll(() => to.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
  } finally {
    await remove();
  }
});
