import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { startFixtureConsole } from './support/startFixtureConsole';

/** Another web server on this machine, on another port, that keeps every request's headers. */
async function startSpyServer(): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push(incoming.headers);
    outgoing.writeHead(200, { 'content-type': 'text/html' }).end('<title>Some other local app</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, seen, server };
}

/** Replays headers against the console's API, as a hostile local server could. */
function replay(consoleUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${consoleUrl}/api/app/info`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    );
    call.on('error', reject);
    call.end('{}');
  });
}

async function expectConsoleWorks(page: Page, version: string): Promise<void> {
  await expect(page.getByTestId('status-operator')).toContainText('elastic · Console admin');
  await expect(page.getByRole('status').filter({ hasText: `v${version}` })).toBeVisible();
  await expect(page.getByTestId('match-total')).toHaveText(/[\d,]+ matches/);
}

test('another local server the browser visits gets nothing that opens the console', async ({
  app,
  page,
  fixtureConsole,
}) => {
  await app.open();
  const spy = await startSpyServer();
  try {
    const elsewhere = await page.context().newPage();
    await elsewhere.goto(spy.url);
    const cookie = spy.seen[0]?.cookie ?? '';
    // Cookies are not port-scoped: the browser hands this machine's cookies to every local port.
    expect(cookie).toContain('audit_console_');
    expect(await replay(fixtureConsole.mode.url, { cookie })).toBe(401);
    await elsewhere.close();
    await app.reload();
    await expectConsoleWorks(page, 'e2e');
  } finally {
    await new Promise((resolve) => spy.server.close(resolve));
  }
});

test('the launch address opens the console once and is taken out of the address bar', async ({
  app,
  page,
  browser,
  fixtureConsole,
}) => {
  const launch = fixtureConsole.mode.issueLaunchUrl();
  await page.goto(`${launch}#/logs`);
  await page.waitForSelector('html[data-app-state="loaded"]');
  expect(page.url()).not.toContain('launch=');
  expect(page.url()).toContain('#/logs');
  await expectConsoleWorks(page, 'e2e');

  // Whoever finds the address later (history, a shared screen) opens nothing with it.
  const stranger = await browser.newContext();
  try {
    const theirs = await stranger.newPage();
    await theirs.goto(launch);
    await theirs.waitForSelector('html[data-app-state="loaded"]');
    await expect(theirs.getByRole('heading', { name: 'This address does not open the console' })).toBeVisible();
    await expect(theirs.getByRole('alert')).toContainText('already used');
    await expect(theirs.getByTestId('status-operator')).toHaveCount(0);
  } finally {
    await stranger.close();
  }
  // The tab that spent it keeps its session across a reload.
  await app.reload();
  await expectConsoleWorks(page, 'e2e');
});

test('two consoles run side by side in one browser', async ({ app, page }) => {
  const second = await startFixtureConsole({ name: 'e2e-second' });
  try {
    await app.open();
    const other = await page.context().newPage();
    await other.goto(second.mode.issueLaunchUrl());
    await other.waitForSelector('html[data-app-state="loaded"]');
    await expectConsoleWorks(other, 'e2e-second');
    // The first console still answers its own tab, after the second one set its cookie.
    await app.reload();
    await expectConsoleWorks(page, 'e2e');
    await other.reload();
    await other.waitForSelector('html[data-app-state="loaded"]');
    await expectConsoleWorks(other, 'e2e-second');
  } finally {
    await second.close();
  }
});

test('a copied address, or a tab the restarted server no longer knows, says how to get a fresh address', async ({
  browser,
  fixtureConsole,
}) => {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const expectFreshAddressPage = async () => {
      await tab.waitForSelector('html[data-app-state="loaded"]');
      await expect(tab.getByRole('heading', { name: 'This address does not open the console' })).toBeVisible();
      await expect(tab.getByRole('alert')).toContainText('open a new address from the terminal');
      await expect(tab.getByRole('heading', { name: 'To get a fresh address' })).toBeVisible();
      await expect(tab.getByRole('listitem').filter({ hasText: 'Press Enter there' })).toBeVisible();
      // No half-working console around it: no navigation, no grid, no view's error.
      await expect(tab.getByRole('navigation')).toHaveCount(0);
      await expect(tab.getByTestId('match-total')).toHaveCount(0);
      expect(await tab.evaluate(() => window.__auditConsoleFatal ?? null)).toBeNull();
    };
    // A view's link copied from another tab: the address without its launch token.
    await tab.goto(`${fixtureConsole.mode.url}/#/logs?action=delete`);
    await expectFreshAddressPage();
    // A tab reloaded after the server restarted still holds a session token the server never issued.
    await tab.evaluate(() => window.sessionStorage.setItem('audit-console-session', 'issued-by-an-earlier-server'));
    await tab.reload();
    await expectFreshAddressPage();
    // A fresh address from the terminal opens the console in that same tab.
    await tab.goto(`${fixtureConsole.mode.issueLaunchUrl()}#/logs`);
    await tab.waitForSelector('html[data-app-state="loaded"]');
    await expectConsoleWorks(tab, 'e2e');
  } finally {
    await context.close();
  }
});
