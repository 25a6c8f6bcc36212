import { expect, test } from './support/appDriver';

const TABLES = ['Edits before a withdrawal, ranked', 'Off-hours edits, ranked'];

test.use({ viewport: { width: 1024, height: 700 }, consoleOptions: { role: 'riskOfficer' } });

test('each ranked row’s Star in case… button names the edit it stars, so no two share a name', async ({
  app,
  page,
}) => {
  await app.open('/risk');
  for (const name of TABLES) {
    const table = page.getByRole('table', { name });
    await expect(table.getByRole('row', { name: /^Rank 2:/ })).toBeVisible({ timeout: 30_000 });
    const stars = table.getByRole('button', { name: /^Star in case…/ });
    const names = await stars.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent),
    );
    expect(names.length, name).toBeGreaterThan(1);
    expect(new Set(names).size, `${name}: ${names.join(' | ')}`).toBe(names.length);
    for (const each of names) expect(each, name).toMatch(/^Star in case… the edit (of|by) .+ at \d{4}-\d{2}-\d{2} /);
  }
  // The words a row's button is named by say which row it is.
  const first = page.getByRole('table', { name: TABLES[0] }).getByRole('row', { name: /^Rank 1:/ });
  // The client's id goes on a line of its own under their name.
  const client = (await first.getByRole('rowheader').innerText()).replace(/\s+/g, ' ');
  await expect(first.getByRole('button', { name: /^Star in case…/ })).toHaveAccessibleName(
    new RegExp(`^Star in case… the edit of client ${client.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at `),
  );
});
