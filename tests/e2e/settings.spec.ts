import type { Page } from '@playwright/test';
import { AppDriver, expect, test } from './support/appDriver';
import { local } from './support/connectionSteps';
import { WALK_VIEWPORTS } from './support/walk';

/** A fresh workstation: no cluster connection yet, so the (small) demo workspace is the source. */
test.use({ consoleOptions: { name: 'e2e-settings', source: 'demo', demoDataset: { clients: 20, days: 2 } } });

async function openSettings(app: AppDriver): Promise<void> {
  await app.open('/settings');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const form = (page: Page) => page.getByRole('form', { name: 'New connection' });
/** The question Remove asks before removing the connection named Local cluster. */
const question = (page: Page) => page.getByRole('alertdialog', { name: 'Remove “Local cluster”?' });

async function saveLocalCluster(page: Page): Promise<void> {
  await fill(page, { name: 'Local cluster', url: local.url, user: local.username, password: local.password });
  await form(page).getByRole('button', { name: 'Save' }).click();
  await expect(form(page).getByRole('status')).toHaveText(
    /^Saved “Local cluster” and tested: connected to Elasticsearch \d/,
  );
}

async function fill(page: Page, values: { name?: string; url?: string; user?: string; password?: string }) {
  const connection = form(page);
  if (values.name !== undefined) await connection.getByRole('textbox', { name: 'Name' }).fill(values.name);
  if (values.url !== undefined) await connection.getByRole('textbox', { name: 'URL' }).fill(values.url);
  if (values.user !== undefined) await connection.getByRole('textbox', { name: 'User' }).fill(values.user);
  if (values.password !== undefined) await connection.getByLabel('Password').fill(values.password);
}

test('validation errors are sentences next to their fields, and nothing is saved', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: '', url: 'http://auditor:s3cret@127.0.0.1:9200', user: '' });
  await connection.getByRole('button', { name: 'Save' }).click();

  await expect(connection.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'Give the connection a name.',
  );
  await expect(connection.getByRole('textbox', { name: 'URL' })).toHaveAccessibleDescription(
    'A user name or password is not kept in the address: remove it, and enter the credentials in the authentication fields.',
  );
  await expect(connection.getByRole('textbox', { name: 'User' })).toHaveAccessibleDescription('Enter the user name.');
  await expect(connection.getByRole('textbox', { name: 'URL' })).toHaveAttribute('aria-invalid', 'true');
  // The first field at fault takes the focus, where the keyboard can mend it.
  await expect(connection.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(1);

  await fill(page, { name: 'Local cluster', url: local.url, user: local.username });
  await expect(connection.getByRole('textbox', { name: 'URL' })).not.toHaveAttribute('aria-invalid', 'true');
  await connection.getByRole('button', { name: 'Save' }).click();
  await expect(connection.getByLabel('Password')).toHaveAccessibleDescription('Enter the password.');
  await expect(connection.getByLabel('Password')).toBeFocused();

  // A right-to-left override would have the list read "prodprod-eu": it is named at the field, not saved.
  await fill(page, { name: 'prod\u202Eue-dorp', password: local.password });
  await connection.getByRole('button', { name: 'Save' }).click();
  await expect(connection.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'The connection’s name cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(connection.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(1);
});

test('a connection is tested, saved, and a second one of the same name is refused at its name', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: 'Local cluster', url: local.url, user: local.username, password: local.password });
  await connection.getByRole('button', { name: 'Test' }).press('Enter');
  // The cluster answers, but no index of its matches the default patterns: that is said beside the button.
  await expect(connection.getByRole('status')).toHaveText(
    /^Connected to Elasticsearch \d+\.\d+\.\d+\. No index matches crm-operational-logs-\*\. No index matches crm-client-activity-\*\. Check the index patterns; the report below gives each in full\.$/,
  );
  // Disabled while it ran, the button takes the focus back once answered: the keyboard stays in the form.
  await expect(connection.getByRole('button', { name: 'Test' })).toBeFocused();
  const report = connection.getByRole('region', { name: 'Connection test report' });
  await expect(report.getByRole('list', { name: 'Nodes' })).toContainText(`${local.url}: answers`);
  await expect(report).toContainText(`You are${local.username}`);
  await expect(report.getByRole('region', { name: 'Operational logs check' })).toContainText('May read: yes');
  await expect(report.getByRole('region', { name: 'Operational logs check' })).toContainText(
    'May list the words a partly typed word reaches (view_index_metadata): yes — a partly typed word is searched as fast as a whole word',
  );
  await expect(page.getByRole('note', { name: 'How secrets are kept' })).toContainText(
    'held only in the memory of the console’s process',
  );
  await saveLocalCluster(page);
  const saved = page
    .getByRole('list', { name: 'Cluster connections' })
    .getByRole('listitem', { name: 'Local cluster' });
  await expect(saved).toContainText(local.url);

  await fill(page, { name: 'local cluster', url: local.url, user: local.username, password: local.password });
  await connection.getByRole('button', { name: 'Save' }).click();
  await expect(connection.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'A connection named “Local cluster” exists already; choose another name.',
  );
  await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(2);
});

test('every bad line of the other nodes is named, with its number and why, before anything is sent', async ({
  app,
}) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: 'Nodes', url: local.url, user: local.username, password: local.password });
  const others = connection.getByRole('textbox', { name: /Other nodes/ });
  await others.fill(['es2', 'https://es3.example.com:9200', '', 'ftp://es4.example.com', 'es5', local.url].join('\n'));
  await connection.getByRole('button', { name: 'Test' }).press('Enter');
  await expect(others).toHaveAccessibleDescription(
    'Lines 1 and 5: Enter the cluster’s full address, e.g. https://es.example.com:9200. ' +
      'Line 4: The address must start with http:// or https://. ' +
      `Line 6: ${local.url} is listed twice; list each node once.`,
  );
  // The field takes the focus to be mended.
  await expect(others).toBeFocused();
  await expect(connection.getByRole('region', { name: 'Connection test report' })).toHaveCount(0);

  await others.fill('https://es3.example.com:9200');
  await expect(others).not.toHaveAttribute('aria-invalid', 'true');
});

test('a card number, token, password or hidden character in an address or index pattern is named at its field, never repeated', async ({
  app,
}) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  const card = '4111 1111 1111 1111';
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
  const credentialsAndPort =
    'A user name or password is not kept in the address: remove it, and enter the credentials in the authentication fields. ' +
    'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';
  const cardSentence =
    'The cluster address holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. ' +
    'Write it without the number: a card’s last four digits are enough to name it.';
  const jwtSentence =
    'The cluster address holds what looks like an access token; secrets are never sent or kept. Write it without the token.';
  await fill(page, { name: 'Junk', url: 'https://user:pass@host:99999/', user: local.username, password: 'p' });
  const others = connection.getByRole('textbox', { name: /Other nodes/ });
  await others.fill([card, jwt, 'https://u:p@h:99999'].join('\n'));
  const operational = connection.getByRole('textbox', { name: 'Operational index pattern' });
  const activity = connection.getByRole('textbox', { name: 'Client activity index pattern' });
  await operational.fill('crm\u200B-logs-*');
  await activity.fill('crm-\u202Eactivity-*');
  await connection.getByRole('button', { name: 'Test' }).press('Enter');
  const url = connection.getByRole('textbox', { name: 'URL' });
  await expect(url).toHaveAccessibleDescription(credentialsAndPort);
  // Each line of the other nodes gets the URL field's own sentence.
  await expect(others).toHaveAccessibleDescription(
    `Line 1: ${cardSentence} Line 2: ${jwtSentence} Line 3: ${credentialsAndPort}`,
  );
  await expect(operational).toHaveAccessibleDescription(
    'The index pattern cannot hold U+200B, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(activity).toHaveAccessibleDescription(
    'The index pattern cannot hold U+202E, an invisible character that changes how the text reads; type it again without it.',
  );
  await expect(connection.getByRole('region', { name: 'Connection test report' })).toHaveCount(0);
  // Nothing typed as a secret is shown back outside the fields it was typed in.
  const shown = await page.locator('main').innerText();
  for (const secret of [card, jwt, 'pass@', 'u:p@']) expect(shown).not.toContain(secret);

  await url.fill(local.url);
  await others.fill('');
  await operational.fill('crm-operational-logs-*');
  await activity.fill('crm-client-activity-*');
  await expect(activity).not.toHaveAttribute('aria-invalid', 'true');
});

test('a cluster that cannot be reached is said at the top of the form', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  // Port 9 (discard) on the loopback refuses connections.
  await fill(page, { name: 'Nowhere', url: 'http://127.0.0.1:9', user: 'auditor', password: 'pw' });
  await connection.getByRole('button', { name: 'Test' }).click();
  await expect(connection.getByRole('alert')).toHaveText(
    'Cannot reach http://127.0.0.1:9 — connection refused: nothing listens at that address and port; ' +
      'check the URL and port, and that the cluster is running',
  );
  // The report lists the node with the same reason in a few words; what to check is said once, at the top.
  const nodes = connection.getByRole('region', { name: 'Connection test report' }).getByRole('list', { name: 'Nodes' });
  await expect(nodes).toHaveText('http://127.0.0.1:9: connection refused');
  await expect(connection.getByText(/nothing listens/)).toHaveCount(1);
});

for (const { width, height, colorScheme } of WALK_VIEWPORTS) {
  test(`a failed Test takes the focus to why, in view, at ${width}x${height} ${colorScheme}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await openSettings(app);
    const connection = form(page);
    await fill(page, { name: 'Nowhere', url: 'http://127.0.0.1:9', user: 'auditor', password: 'pw' });
    await connection.getByRole('textbox', { name: 'Client activity index pattern' }).focus();
    await page.keyboard.press('Tab');
    await expect(connection.getByRole('button', { name: 'Test' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The reason sits at the top of the form, above the fields: it takes the focus, scrolled into view, and
    // is read out as an alert; Tab goes on to the first field.
    const why = connection.getByRole('alert');
    await expect(why).toHaveText(/^Cannot reach http:\/\/127\.0\.0\.1:9 — connection refused/);
    await expect(why).toBeFocused();
    await expect(why).toBeInViewport({ ratio: 1 });
    expect(await why.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`failed-test-${width}-${colorScheme}.png`) });
    await page.keyboard.press('Tab');
    await expect(connection.getByRole('textbox', { name: 'Name' })).toBeFocused();
  });
}

test('an index pattern the cluster cannot resolve is said at its field, before anything is sent', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: 'Patterns', url: local.url, user: local.username, password: local.password });
  const operational = connection.getByRole('textbox', { name: 'Operational index pattern' });
  const activity = connection.getByRole('textbox', { name: 'Client activity index pattern' });
  await operational.fill('crm-operational-logs-*, archive-*');
  await activity.fill('CRM-Client-Activity-*');
  await connection.getByRole('button', { name: 'Test' }).click();
  await expect(operational).toHaveAccessibleDescription(
    '“ archive-*” holds a space; index names have none. Separate patterns with a comma alone, e.g. crm-logs-*,archive-*.',
  );
  await expect(activity).toHaveAccessibleDescription(
    'Index names are lowercase: write “crm-client-activity-*” rather than “CRM-Client-Activity-*”.',
  );
  await expect(connection.getByRole('region', { name: 'Connection test report' })).toHaveCount(0);

  await operational.fill('crm-operational-logs-*,archive-*');
  await activity.fill('crm-client-activity-*');
  await connection.getByRole('button', { name: 'Test' }).click();
  await expect(connection.getByRole('status')).toHaveText(/^Connected to Elasticsearch/);
  await expect(operational).not.toHaveAttribute('aria-invalid', 'true');
});

test('a card number typed into the form is refused at its field and never shown back', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: 'Card 4111111111111111', url: local.url, user: 'a\u200Bb\u202Eevil', password: 'pw' });
  const operational = connection.getByRole('textbox', { name: 'Operational index pattern' });
  await operational.fill('4111 1111 1111 1111');
  await connection.getByRole('button', { name: 'Save' }).click();
  const card = (what: string) =>
    `${what} holds what looks like a card number ending 1111; full card numbers and IBANs are never sent or kept. Write it without the number: a card’s last four digits are enough to name it.`;
  await expect(connection.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    card('The connection’s name'),
  );
  await expect(operational).toHaveAccessibleDescription(card('The index pattern'));
  // Every hidden character of the user is named at once: one pass removes them all.
  await expect(connection.getByRole('textbox', { name: 'User' })).toHaveAccessibleDescription(
    'The user name cannot hold U+200B and U+202E, invisible characters that change how the text reads; type it again without them.',
  );
  await expect(page.getByText(/4111.?1111.?1111/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(1);
});

test('a token or password typed into the form is refused at its field and never shown back', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
  await fill(page, { name: `Prod ${jwt}`, url: local.url, user: local.username, password: local.password });
  const operational = connection.getByRole('textbox', { name: 'Operational index pattern' });
  await operational.fill('crm-logs-* password=hunter2');
  await connection.getByRole('button', { name: 'Save' }).click();
  await expect(connection.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
    'The connection’s name holds what looks like an access token; secrets are never sent or kept. Write it without the token.',
  );
  await expect(operational).toHaveAccessibleDescription(
    'The index pattern holds what looks like a password; secrets are never sent or kept. Write it without the password.',
  );
  await expect(page.getByText(/eyJhbGci|hunter2/)).toHaveCount(0);

  // A name that only speaks of tokens is a name.
  await connection.getByRole('textbox', { name: 'Name' }).fill('JWT login failures');
  await operational.fill('crm-operational-logs-*');
  await connection.getByRole('button', { name: 'Save' }).click();
  await expect(connection.getByRole('status')).toHaveText(/^Saved “JWT login failures” and tested: connected/);
});

test('a cluster none of whose nodes can be reached is said with every node named', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  const connection = form(page);
  await fill(page, { name: 'Nowhere', url: 'http://127.0.0.1:9', user: 'auditor', password: 'pw' });
  await connection.getByRole('textbox', { name: /Other nodes/ }).fill('http://127.0.0.1:1');
  await connection.getByRole('button', { name: 'Test' }).click();
  await expect(connection.getByRole('alert')).toHaveText(
    'None of the 2 nodes could be reached: http://127.0.0.1:9 — connection refused; http://127.0.0.1:1 — connection refused. ' +
      'Where the connection was refused, nothing listens at that address and port: check the URL and port, and that the cluster is running.',
  );
  const nodes = connection.getByRole('region', { name: 'Connection test report' }).getByRole('list', { name: 'Nodes' });
  await expect(nodes.getByRole('listitem')).toHaveText([
    'http://127.0.0.1:9: connection refused',
    'http://127.0.0.1:1: connection refused',
  ]);
});

test('a failed action on the list is said at the top of the list', async ({ app, browser, fixtureConsole }) => {
  const { page } = app;
  await openSettings(app);
  await saveLocalCluster(page);
  const list = page.getByRole('list', { name: 'Cluster connections' });
  await expect(list.getByRole('listitem', { name: 'Local cluster' })).toBeVisible();

  // Another window (a session of its own) removes the connection while this one still shows it.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await openSettings(new AppDriver(other, fixtureConsole.mode));
  await other.getByRole('button', { name: 'Remove Local cluster' }).click();
  await question(other).getByRole('button', { name: 'Remove connection' }).click();
  await expect(other.getByRole('listitem', { name: 'Local cluster' })).toHaveCount(0);
  await elsewhere.close();

  await page.getByRole('button', { name: 'Remove Local cluster' }).click();
  await question(page).getByRole('button', { name: 'Remove connection' }).click();
  await expect(page.getByTestId('connections-error')).toHaveText('This connection no longer exists; reload Settings.');
  await expect(list.getByRole('listitem', { name: 'Local cluster' })).toHaveCount(0);
  await expect(question(page)).toHaveCount(0);
});

test('the list keeps the keyboard in place when a connection is used or removed', async ({ app }) => {
  const { page } = app;
  await openSettings(app);
  await saveLocalCluster(page);
  const list = page.getByRole('list', { name: 'Cluster connections' });
  // Use: its button gives way to the "active" badge, and the connection's line takes the keyboard.
  await list.getByRole('button', { name: 'Use Local cluster' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem', { name: 'Local cluster' })).toContainText('active');
  await expect(list.getByRole('listitem', { name: 'Local cluster' })).toBeFocused();
  // Remove, once answered: the line goes, and the line now in its place takes the keyboard.
  await list.getByRole('button', { name: 'Remove Local cluster' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(question(page).getByRole('button', { name: 'Remove connection' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem', { name: 'Local cluster' })).toHaveCount(0);
  await expect(list.getByRole('listitem', { name: 'Demo data' })).toBeFocused();
});

test('Remove asks first, keeping the connection unless told otherwise, and its Saved status goes with it', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await openSettings(app);
  await saveLocalCluster(page);
  const list = page.getByRole('list', { name: 'Cluster connections' });
  const line = list.getByRole('listitem', { name: 'Local cluster' });
  const remove = list.getByRole('button', { name: 'Remove Local cluster' });
  const keep = question(page).getByRole('button', { name: 'Keep it' });

  // Asked with the keyboard: the harmless answer has the focus, so Enter by mistake keeps the connection.
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveAccessibleDescription(/^Remove the connection “Local cluster”\?/);
  await expect(keep).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('remove-question.png') });
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveCount(0);
  await expect(line).toBeVisible();
  await expect(remove).toBeFocused();

  // Escape keeps it too.
  await page.keyboard.press('Enter');
  await expect(keep).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  await expect(line).toBeVisible();
  await expect(remove).toBeFocused();
  await expect(form(page).getByRole('status')).toHaveText(
    /^Saved “Local cluster” and tested: connected to Elasticsearch \d/,
  );

  // Removed: the line goes, the next line takes the keyboard, and no status speaks of it as saved any more.
  await remove.click();
  await question(page).getByRole('button', { name: 'Remove connection' }).click();
  await expect(line).toHaveCount(0);
  await expect(list.getByRole('listitem', { name: 'Demo data' })).toBeFocused();
  await expect(form(page).getByRole('status')).toHaveCount(0);
});

test.describe('who you are, for a workstation user whose name holds a right-to-left override', () => {
  test.use({
    consoleOptions: {
      name: 'e2e-settings-who',
      source: 'demo',
      demoDataset: { clients: 20, days: 2 },
      role: 'admin',
      operatorName: 'Ro\u202Eot evil',
    },
  });

  test('names the character, as the status bar does, so the name never reads backwards', async ({ app }) => {
    await openSettings(app);
    const who = app.page.getByRole('region', { name: 'Who you are' });
    await expect(who.getByRole('definition').first()).toHaveText('Ro⟨U+202E⟩ot evil');
    await expect(who).not.toContainText('\u202E');
  });
});

test.describe('a connection saved with a hidden character in its name', () => {
  // Saved before such names were refused: "prod\u202Eue-dorp" would be listed as "prodprod-eu".
  test.use({
    consoleOptions: {
      name: 'e2e-settings-saved-name',
      source: 'demo',
      demoDataset: { clients: 20, days: 2 },
      savedConnections: [
        { id: 'hidden', name: 'prod\u202Eue-dorp', url: 'http://127.0.0.1:9', auth: { kind: 'none' } },
      ],
    },
  });

  test('is listed with the character named, on its line and its buttons', async ({ app }) => {
    await openSettings(app);
    const list = app.page.getByRole('list', { name: 'Cluster connections' });
    const line = list.getByRole('listitem', { name: 'prod⟨U+202E⟩ue-dorp' });
    await expect(line).toContainText('prod⟨U+202E⟩ue-dorp');
    await expect(line.getByRole('button', { name: 'Use prod⟨U+202E⟩ue-dorp' })).toBeVisible();
    await expect(line.getByRole('button', { name: 'Remove prod⟨U+202E⟩ue-dorp' })).toBeVisible();
    await expect(list).not.toContainText('\u202E');
  });
});

test.describe('a connection saved with a node on port 0', () => {
  // Saved before port 0 was refused: the settings still load, and the line says what to mend.
  test.use({
    consoleOptions: {
      name: 'e2e-settings-port-zero',
      source: 'demo',
      demoDataset: { clients: 20, days: 2 },
      savedConnections: [{ id: 'port-zero', name: 'Old node', url: 'http://127.0.0.1:0', auth: { kind: 'none' } }],
    },
  });

  test('is listed with the port named, and a new one on port 0 is refused at its address', async ({ app }) => {
    const { page } = app;
    await openSettings(app);
    const port =
      'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';
    const line = page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem', { name: 'Old node' });
    await expect(line).toContainText(port);

    await fill(page, { name: 'New node', url: 'http://127.0.0.1:0', user: local.username, password: local.password });
    await form(page).getByRole('button', { name: 'Save' }).click();
    await expect(form(page).getByRole('textbox', { name: 'URL' })).toHaveAccessibleDescription(port);
    await expect(page.getByRole('list', { name: 'Cluster connections' }).getByRole('listitem')).toHaveCount(2);
  });
});

test.describe('Demo data chosen by an admin the cluster vouched for', () => {
  test.use({ consoleOptions: { name: 'e2e-settings-to-demo', role: 'admin', demoDataset: { clients: 20, days: 2 } } });

  test('the demo workspace shows itself opening, not as still waiting to be chosen', async ({ app }) => {
    const { page } = app;
    await openSettings(app);
    const workspace = page.getByRole('region', { name: 'Demo workspace' });
    await expect(workspace).toContainText('Not opened yet: it opens when Demo data is the source.');
    await page
      .getByRole('list', { name: 'Cluster connections' })
      .getByRole('button', { name: 'Use Demo data' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-source')).toHaveText(/^Data source: Demo data/);
    await expect(workspace.getByTestId('demo-workspace-summary')).toContainText(
      'generated events of 20 clients over 2 days',
      { timeout: 30_000 },
    );
    await expect(workspace).not.toContainText('Not opened yet');
  });
});
