import AxeBuilder from '@axe-core/playwright';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { local, typeInto } from './support/connectionSteps';
import { tabTo } from './support/keyboard';
import { WALK_VIEWPORTS } from './support/walk';

/** A fresh workstation: no cluster connection yet, so the (small) demo workspace is the source. */
test.use({ consoleOptions: { name: 'e2e-connection-save', source: 'demo', demoDataset: { clients: 20, days: 2 } } });

/** The form, new or holding a connection saved from it (then named for editing it). */
const form = (page: Page) => page.getByRole('form', { name: /^(New connection|Edit connection “.*”)$/ });
const button = (page: Page, name: string) => form(page).getByRole('button', { name, exact: true });
const connectionLines = (page: Page) => page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem');

async function openForm(page: Page, values: { name: string; url: string; user: string; password: string }) {
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await typeInto(page, form(page), 'Name', values.name);
  await typeInto(page, form(page), 'URL', values.url);
  await typeInto(page, form(page), 'User', values.user);
  await typeInto(page, form(page), 'Password', values.password);
}

/** Loopback servers a test starts, and the sockets they accepted; all closed after it. */
const servers: Server[] = [];
const sockets: Socket[] = [];
test.afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

test('a connection saved with a refused password is saved, said to fail, and stays in the form to be mended', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/settings');
  await openForm(page, { name: 'Mended', url: local.url, user: local.username, password: 'not-the-password' });

  // On Settings, the refusal sends the operator to the form they are in, as a sentence.
  await tabTo(page, button(page, 'Test connection'));
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('alert')).toHaveText(
    `The cluster rejected the credentials for user ${local.username}. Check the user name and password, then press Test connection.`,
  );

  await tabTo(page, button(page, 'Save'));
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toHaveText(
    `Saved “Mended”, but the test failed. The cluster rejected the credentials for user ${local.username}. ` +
      'Check the user name and password, then press Test connection.',
  );
  await expect(button(page, 'Save')).toBeFocused();
  await expect(connectionLines(page).filter({ hasText: 'Mended' })).toHaveCount(1);
  // What was typed stays, the password too (masked): mended, Save replaces the connection just saved.
  await expect(form(page).getByLabel('User', { exact: true })).toHaveValue(local.username);
  await expect(form(page).getByLabel('Password')).toHaveValue('not-the-password');
  await expect(page.getByRole('form', { name: 'Edit connection “Mended”' })).toBeVisible();
  await expect(button(page, 'Save')).toHaveAccessibleDescription(
    'The form holds “Mended”, saved above: Save replaces it with what the form holds; Cancel edit leaves it as saved.',
  );

  await typeInto(page, form(page), 'Password', local.password);
  await tabTo(page, button(page, 'Save'));
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toHaveText(
    new RegExp(`^Saved “Mended” and tested: connected to Elasticsearch \\d+\\.\\d+\\.\\d+ as ${local.username}\\.`),
  );
  await expect(connectionLines(page)).toHaveCount(2);
  await expect(form(page).getByLabel('Name', { exact: true })).toHaveValue('');
  await expect(button(page, 'Save')).toBeFocused();
});

test('switching between password and API key clears the secret typed for the method left', async ({ app }) => {
  const { page } = app;
  await app.open('/settings');
  await openForm(page, { name: 'Switch', url: local.url, user: local.username, password: 'typed-as-a-password' });
  const method = form(page).getByRole('combobox', { name: 'Authentication' });
  await tabTo(page, method, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(method).toHaveValue('apiKey');
  await expect(form(page).getByLabel('API key')).toHaveValue('');
  await typeInto(page, form(page), 'API key', 'typed-as-an-api-key');
  await tabTo(page, method, { backwards: true });
  await page.keyboard.press('ArrowUp');
  await expect(method).toHaveValue('basic');
  await expect(form(page).getByLabel('Password')).toHaveValue('');
  await expect(form(page).getByLabel('User', { exact: true })).toHaveValue(local.username);
});

test('a host that never answers: Test can be cancelled and Save says it was not tested, the focus kept', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const url = await listen(createServer((socket) => void sockets.push(socket)));
  await app.open('/settings');
  await openForm(page, { name: 'Silent', url, user: 'auditor', password: 'pw' });
  await tabTo(page, button(page, 'Test connection'));
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toHaveText(/^Testing the connection… Cancel test stops it/);
  await expect(button(page, 'Test connection')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(button(page, 'Cancel test')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toHaveText(
    'Test cancelled. What you typed stays: press Test connection to try again.',
  );
  await expect(button(page, 'Test connection')).toBeFocused();
  await expect(form(page).getByLabel('URL', { exact: true })).toHaveValue(url);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(form(page).getByRole('status')).toHaveText('Saving, then testing the saved connection…');
  await expect(button(page, 'Save')).toBeFocused();
  await expect(form(page).getByRole('status')).toHaveText(
    `Saved “Silent”, not tested. Cannot reach ${url} — no answer within 10 s; check the URL and port, and that ` +
      'the cluster is running and not overloaded. Press Test connection once it can be reached.',
    { timeout: 30_000 },
  );
  await expect(button(page, 'Save')).toBeFocused();
  await expect(form(page).getByLabel('Password')).toHaveValue('pw');
});

test('a web server that is not Elasticsearch is named as such, with what to check', async ({ app }) => {
  const { page } = app;
  const url = await listen(
    createHttpServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body><h1>Welcome</h1></body></html>');
    }),
  );
  await app.open('/settings');
  await openForm(page, { name: 'Web page', url, user: 'auditor', password: 'pw' });
  await tabTo(page, button(page, 'Test connection'));
  await page.keyboard.press('Enter');
  const why =
    `${url} answers, but not as an Elasticsearch cluster (a web server or proxy may listen there); ` +
    'check the URL and port: Elasticsearch listens on 9200 unless set otherwise';
  await expect(form(page).getByRole('alert')).toHaveText(why);
  await expect(form(page).getByRole('alert')).toBeFocused();
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`a saved connection that fails its test is said in full, in view, at ${width}x${height} ${colorScheme}`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await app.open('/settings');
    const long = `Mended ${'x'.repeat(92)}`;
    await openForm(page, { name: long, url: local.url, user: local.username, password: 'not-the-password' });
    await tabTo(page, button(page, 'Save'));
    await page.keyboard.press('Enter');
    const said = form(page).getByRole('status');
    await expect(said).toHaveText(/^Saved “Mended x+”, but the test failed\./);
    await expect(said).toBeInViewport({ ratio: 1 });
    await expect(button(page, 'Save')).toBeFocused();
    expect(await button(page, 'Save').evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`saved-untested-${width}-${colorScheme}.png`) });
    const { violations } = await new AxeBuilder({ page }).include('form.connection-form').analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join('; ')}`),
    ).toEqual([]);
    const box = await said.boundingBox();
    const formBox = await form(page).boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((formBox?.x ?? 0) + (formBox?.width ?? 0) + 1);

    // Let go of it: it stays saved, the form is empty for a new connection, and the keyboard is on its Edit.
    await tabTo(page, button(page, 'Cancel edit'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Edit ${long}`, exact: true })).toBeFocused();
    await expect(page.getByRole('form', { name: 'New connection' }).getByLabel('Name', { exact: true })).toHaveValue(
      '',
    );
    await expect(connectionLines(page).filter({ hasText: long })).toHaveCount(1);
    await expect(button(page, 'Save')).not.toHaveAttribute('aria-describedby');
  });
}
