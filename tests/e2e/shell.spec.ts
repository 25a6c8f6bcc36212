import { expect, test } from './support/appDriver';

test('opens the console and visits every section', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByTestId('status-operator')).toContainText('elastic · Console admin');
  await expect(page.getByTestId('status-source')).not.toBeEmpty();
  const sections = [
    ['Operational logs', '/logs'],
    ['Clients', '/clients'],
    ['Investigations', '/investigations'],
    ['Settings', '/settings'],
  ] as const;
  for (const [label, path] of sections) {
    await page.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`#${path}`));
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(page.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    // A section's headings read below the page's title, never larger than it.
    const largerThanTitle = await page.evaluate(() => {
      const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
      const title = document.querySelector('h1');
      if (!title) return ['no h1'];
      return [...document.querySelectorAll('h2, h3')]
        .filter((heading) => size(heading) > size(title))
        .map((heading) => heading.textContent);
    });
    expect(largerThanTitle, `${label}: headings larger than its title`).toEqual([]);
  }
});

test('a console admin is told that cases are kept by other roles, and is offered no form it may not use', async ({
  app,
  page,
}) => {
  await app.open('/investigations');
  await expect(page.getByRole('note')).toHaveText([
    "Opening a bundle in the console is for the Auditor, Risk officer and Investigator roles. Anyone can check one without the console's roles or a cluster: audit-console verify PATH.",
    'Cases are kept by the Auditor, Risk officer and Investigator roles; yours (Console admin) keeps none: sign in as an operator with one of them to keep cases.',
  ]);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Open a bundle' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('a role that may not read client activity', () => {
  test.use({ consoleOptions: { role: 'supportLead' } });

  test('is offered neither the risk page nor the journal, and told on the risk page why', async ({ app, page }) => {
    await app.open();
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await expect(sections.getByRole('link')).toHaveText(['Operational logs', 'Clients', 'Investigations', 'Settings']);
    await app.goTo('/risk');
    await expect(page.getByRole('heading', { level: 1, name: 'Risk' })).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(
      'The risk views read client activity. Your role (Support lead) does not allow this (activity:read); it is for the Auditor, Risk officer, Investigator and Console admin roles: ask a console admin for one.',
    );
    await expect(page.getByRole('spinbutton', { name: 'Hours before the withdrawal' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('a reload keeps the route', async ({ app, page }) => {
  await app.open('/investigations');
  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
});

test('an address that names no page says so and offers the pages, instead of showing another', async ({
  app,
  page,
}) => {
  await app.open(`/${'zz'.repeat(200)}?q=1`);
  await expect(page.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('names no page of the console');
  await expect(page.getByRole('grid')).toHaveCount(0);
  await page.getByRole('list', { name: 'Pages' }).getByRole('link', { name: 'Operational logs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Operational logs' })).toBeVisible();
});

test('a change link whose id the console would refuse says what is wrong with it', async ({ app, page }) => {
  await app.open(`/diff/${'e'.repeat(330)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'The event id in the link is longer than any event id: at most 200 characters; this one has 330. Check the link, or the data source it came from.',
  );
  await app.open('/bulk/%00%01');
  await expect(page.getByRole('alert')).toContainText('An id cannot hold control characters.');
});

test('a page without a session is refused', async ({ page, fixtureConsole }) => {
  const response = await page.request.post(`${fixtureConsole.mode.url}/api/app/info`, { data: {} });
  expect(response.status()).toBe(401);
});

test('the browser tab shows the app icon from resources/', async ({ app, page }) => {
  await app.open();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/icon-[\w-]+\.svg$/);
  const icon = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('aria-label="Audit Console"');
});

test('a page that reads nothing from its address names no page below it, and says what a link gave it', async ({
  app,
  page,
}) => {
  await app.open();
  for (const route of ['/settings/zzz', '/investigations/zzz', '/journal/zzz', '/clientsX', '/settingsX']) {
    await app.goTo(route);
    await expect(page.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(`“#${route}” names no page of the console`);
  }
  await app.goTo('/settings?tab=%E2%80%AEkeys');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('alert').first()).toHaveText(
    'This page reads nothing from its address, so “tab=⟨U+202E⟩keys” was ignored.',
  );
  await app.goTo('/investigations/');
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
  await expect(page.getByText('reads nothing from its address')).toHaveCount(0);
});

test('a parameter a link does not validly percent-encode is named as written, as the logs page names it', async ({
  app,
  page,
}) => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';
  const badlyEncoded =
    'the link does not validly percent-encode it (a % not followed by two hex digits, or bytes that make no ' +
    'character), so nothing is read from it. Copy the link again from where it came from.';
  await app.open(`/investigations?case=%E0%A4%A&x=${jwt}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeVisible();
  const note = page.getByRole('alert').filter({ hasText: 'was ignored' });
  await expect(note).toHaveText(
    `This page reads nothing from its address, so “x=[redacted: JWT]” was ignored.case=%E0%A4%A: ${badlyEncoded}`,
  );
  await expect(page.getByText('\uFFFD')).toHaveCount(0);
  await expect(page.getByText(jwt)).toHaveCount(0);
  // Its button opens the page without them, naming them, and the keyboard goes on from the page's title.
  await page.getByRole('button', { name: 'Show the page without x and case' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/investigations$/);
  await expect(note).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Investigations' })).toBeFocused();

  // The journal reads none of a filter so given: said once, at its field, the rest of the link kept.
  await app.goTo('/journal?operator=%E0%A4%A&channel=logs%2Fsearch');
  const operator = page.getByRole('textbox', { name: 'Operator' });
  await expect(operator).toHaveValue('');
  await expect(operator).toHaveAccessibleDescription(
    "The link's operator “%E0%A4%A” is not validly percent-encoded; it was left out. Copy the link again from where it came from.",
  );
  await expect(page.getByRole('main')).not.toContainText(badlyEncoded);
  await expect(page.getByRole('textbox', { name: 'Channel' })).toHaveValue('logs/search');
});
