import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/appDriver';

test.use({ consoleOptions: { name: 'e2e-views' } });

test('damaged saved views are reported, kept, and set aside only when the operator says so', async ({
  app,
  page,
  fixtureConsole,
}) => {
  // The operator's preferences file (on the cluster the operator is the cluster user, elastic here), damaged as a crash half-way through a foreign write would leave it.
  const operators = join(fixtureConsole.dataDir, 'operators');
  const file = `${createHash('sha256').update('elastic').digest('hex').slice(0, 32)}.json`;
  const damaged = '{"views": [{"name": "Deletes", "gri';
  await mkdir(operators, { recursive: true });
  await writeFile(join(operators, file), damaged);

  await app.open();
  const problem = page.getByTestId('saved-views-error');
  await expect(problem).toHaveRole('alert');
  await expect(problem).toContainText('Your saved views and column layouts could not be read: their file is damaged');

  await page.getByRole('textbox', { name: 'View name' }).fill('Errors');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your view “Errors” was not saved' })).toBeVisible();
  expect(await readFile(join(operators, file), 'utf8')).toBe(damaged);

  await problem.getByRole('button', { name: 'Start afresh' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The damaged file is kept as' })).toBeVisible();
  await expect(problem).toHaveCount(0);
  const kept = (await readdir(operators)).find((name) => name.includes('.damaged-'));
  expect(kept).toBeDefined();
  expect(await readFile(join(operators, kept ?? ''), 'utf8')).toBe(damaged);
});
