import { expect, test } from './support/appDriver';
import { local } from './support/connectionSteps';

/** A fresh workstation: no cluster connection yet, so the (small) demo workspace is the source. */
test.use({ consoleOptions: { name: 'e2e-secret-markup', source: 'demo', demoDataset: { clients: 20, days: 2 } } });

test('a password or API key typed into the form lives in its masked field only, never in the page’s markup', async ({
  app,
  page,
}) => {
  await app.open('/settings');
  const form = page.getByRole('form', { name: 'New connection' });
  const markup = () => page.evaluate(() => document.documentElement.outerHTML);
  await form.getByRole('textbox', { name: 'Name' }).fill('Local cluster');
  await form.getByRole('textbox', { name: 'URL' }).fill(local.url);
  await form.getByRole('textbox', { name: 'User' }).fill(local.username);
  const password = form.getByLabel('Password');
  await password.focus();
  await page.keyboard.insertText('Wr0ng-passw0rd-typed');
  // A rejected password stays typed, to be mended, and is not written into the page.
  await form.getByRole('button', { name: 'Test' }).press('Enter');
  await expect(form.getByRole('alert')).toContainText('rejected the credentials');
  await expect(password).toHaveValue('Wr0ng-passw0rd-typed');
  expect(await markup()).not.toContain('Wr0ng-passw0rd-typed');

  await password.fill(local.password);
  await form.getByRole('button', { name: 'Test' }).press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Connected to Elasticsearch/);
  expect(await markup()).not.toContain(local.password);

  // The API key field is the same field under another name.
  await form.getByRole('combobox', { name: 'Authentication' }).selectOption('apiKey');
  const apiKey = form.getByLabel('API key');
  await apiKey.fill('VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==');
  expect(await markup()).not.toContain('VnVhQ2ZHY0JD');

  // Saved, the form is empty again: the field holds nothing either.
  await form.getByRole('combobox', { name: 'Authentication' }).selectOption('basic');
  await password.fill(local.password);
  await form.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Saved “Local cluster” and tested: connected to Elasticsearch \d/);
  await expect(password).toHaveValue('');
  expect(await markup()).not.toContain(local.password);
});
