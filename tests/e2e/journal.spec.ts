import { expect, test } from './support/appDriver';

test.describe('the journal, for an auditor', () => {
  test.use({ consoleOptions: { name: 'journal-auditor', clusterUser: 'ac-auditor' } });

  test('lists what was looked at, filters it, and offers nothing to change it', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Journal' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByTestId('journal-destination')).toContainText(
      'copied to the cluster index audit-console-journal',
    );
    const lines = page.getByRole('table', { name: 'Journal lines' });
    await expect(lines.getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('textbox', { name: 'Channel' }).focus();
    await page.keyboard.type('logs/search');
    await page.keyboard.press('Enter');
    await expect(lines.getByRole('row').nth(1)).toContainText('logs/search');
    // Up to 200 lines: their channels are read in one step, not a cell at a time.
    const channels = await lines
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.flatMap((row) => [...row.querySelectorAll('td')].slice(2, 3).map((cell) => cell.textContent)),
      );
    expect(channels.length).toBeGreaterThan(0);
    expect(new Set(channels)).toEqual(new Set(['logs/search']));
    // Junk is kept as typed and named beside its field; nothing is applied, and the page says so.
    await page.getByRole('textbox', { name: 'Operator' }).fill('x'.repeat(300));
    // A reversed range whatever the day the test runs on.
    const year = new Date().getFullYear();
    await page.getByRole('textbox', { name: /^From/ }).fill(`${year + 1}-01-05T10:00`);
    await page.getByRole('textbox', { name: /^To/ }).fill(`${year - 1}-01-01T10:00`);
    await page.getByRole('textbox', { name: 'Operator' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('These filters were not applied: mend the marked fields.');
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveAccessibleDescription(
      'Keep the operator to 256 characters or fewer.',
    );
    await expect(page.getByRole('textbox', { name: /^To/ })).toHaveAccessibleDescription(
      'The period ends before it starts: set an end after the start.',
    );
    await expect(lines.getByRole('row').nth(1)).toContainText('logs/search');
    await page.getByRole('textbox', { name: /^To/ }).fill('');
    // An operator no line names, and a start after every line: nothing matches, and that is said.
    await page.getByRole('textbox', { name: 'Operator' }).fill('x'.repeat(200));
    await page.keyboard.press('Enter');
    await expect(page.getByText('No journal line matches these filters.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /delete|edit|remove/i })).toHaveCount(0);
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: test.info().outputPath(`journal-${width}-${scheme}.png`) });
      }
    }
  });
});

test.describe('the journal, for a risk officer', () => {
  test.use({ consoleOptions: { name: 'journal-risk', clusterUser: 'ac-risk-officer' } });

  test('is not shown, and says who may read it', async ({ app, page }) => {
    await app.open();
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('note')).toHaveText('Only auditors and console admins read the journal.');
    await expect(page.getByRole('table', { name: 'Journal lines' })).toHaveCount(0);
  });
});
