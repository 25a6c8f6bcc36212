import { expect, test } from './support/appDriver';
import { expectNoSidewaysScroll, WALK_VIEWPORTS } from './support/walk';

test.use({ consoleOptions: { name: 'journal-field-quotes', clusterUser: 'ac-auditor' } });

const HEBREW = 'שלום 12';
const ARABIC = 'مرحبا';
const RLO = '\u202E';
const link = (pairs: [string, string][]) => `/journal?${new URLSearchParams(pairs).toString()}`;

test("a journal field's error isolates each value the link gave, in the order given, with hidden characters named", async ({
  app,
  page,
}) => {
  await app.open(
    link([
      ['operator', HEBREW],
      ['operator', ARABIC],
      ['client', `${RLO}abc`],
      ['client', 'C-1'],
    ]),
  );
  const operator = page.getByRole('textbox', { name: 'Operator' });
  await expect(operator).toHaveAccessibleDescription(
    `The link gives the operator more than once (“${HEBREW}”, “${ARABIC}”); each was left out. Type the operator you mean and apply the filters.`,
  );
  const operatorError = page.locator('.form-field', { has: operator }).locator('.field-error');
  await expect(operatorError.locator('bdi')).toHaveText([HEBREW, ARABIC]);
  // Isolated, the values keep the order the sentence gives them: the first stands left of the second.
  const [first, second] = await operatorError
    .locator('bdi')
    .evaluateAll((values) => values.map((value) => value.getBoundingClientRect().left));
  expect(first).toBeLessThan(second ?? 0);
  // The sentence's own words stay in place around them.
  await expect(operatorError).toHaveText(/^The link gives the operator more than once \(“/);

  const client = page.getByRole('textbox', { name: 'Client id' });
  await expect(client).toHaveAccessibleDescription(
    /^The link gives the client more than once \(“⟨U\+202E⟩abc”, “C-1”\)/,
  );
  const clientError = page.locator('.form-field', { has: client }).locator('.field-error');
  await expect(clientError.locator('bdi')).toHaveText(['⟨U+202E⟩abc', 'C-1']);
  expect(await clientError.textContent()).not.toContain(RLO);
  expect(await app.fatal()).toBeUndefined();
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`journal field errors quoting right-to-left values at ${width}x${height}, ${colorScheme}`, async ({
    app,
    page,
  }, info) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await app.open(
      link([
        ['operator', HEBREW],
        ['operator', `${ARABIC} ${'x'.repeat(80)}`],
        ['client', `${RLO}abc`],
        ['client', ARABIC],
        ['outcome', `${HEBREW} ok`],
      ]),
    );
    await expect(page.getByRole('textbox', { name: 'Operator' })).toHaveAttribute('aria-invalid', 'true');
    // Keyboard only: the first field at fault is reached from the page's start.
    await page.getByRole('textbox', { name: 'Operator' }).focus();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: info.outputPath('journal-quotes.png') });
  });
}
