import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

test.use({ consoleOptions: { role: 'riskOfficer' } });

/** The accessible names of every control `controls` finds. */
async function namesOf(controls: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const control of await controls.all()) {
    names.push(await control.evaluate((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''));
  }
  return names;
}

test('each event of an open session has a star and a metadata toggle named after it, told apart by ear, and an edit links to its change', async ({
  app,
  page,
  cluster,
}) => {
  const client = await openBusyClient(app, cluster, 'sessions');
  const sessions = page.getByRole('table', { name: 'Sessions' });
  await sessions
    .getByRole('button', { name: /^Show events of the Client session in terminal / })
    .first()
    .click();
  const events = sessions.getByRole('list', { name: 'Events of the terminal session' });
  const items = events.getByRole('listitem');
  await expect(items.nth(1)).toBeVisible();
  const count = await items.count();

  // A speech user says the words shown ("Star in case…", "Metadata"); the rest names the event, as its line shows it.
  const first = items.first();
  const shownAt = ((await first.textContent()) ?? '').match(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+/)?.[0] ?? '';
  expect(shownAt).not.toBe('');
  await expect(first.getByRole('button', { name: /^Star in case…/ })).toHaveAccessibleName(
    new RegExp(`^Star in case… .+ at ${shownAt}$`),
  );
  await expect(first.locator('details.event-metadata > summary')).toHaveAccessibleName(
    new RegExp(`^Metadata of .+ at ${shownAt}$`),
  );

  const stars = await namesOf(events.getByRole('button', { name: /^Star in case…/ }));
  const toggles = await namesOf(events.locator('details.event-metadata > summary'));
  expect(stars).toHaveLength(count);
  expect(new Set(stars).size, 'two events’ stars read alike').toBe(count);
  expect(new Set(toggles).size, 'two events’ metadata toggles read alike').toBe(count);

  // The session's own "Add to case…" names the session, as its row's button does.
  await expect(sessions.getByRole('button', { name: /^Add to case…/ })).toHaveAccessibleName(
    /^Add to case… the Client session in terminal from /,
  );

  // A manager's edit, read in its session, leads to its before and after as it does from the Events view.
  const { event: edit } = await cluster.newestManagerEdit(client.id);
  const after = new Date(Date.parse(edit.createdAt) + 1_000).toISOString();
  await app.goTo(`/clients/${client.id}/sessions?from=${edit.createdAt}&to=${after}`);
  // In that second the manager has one session: the one holding the edit.
  const editSession = sessions.getByRole('button', {
    name: new RegExp(`^Show events of the Manager .*\\(${edit.actorId}\\) session`),
  });
  await expect(editSession).toHaveCount(1);
  await editSession.click();
  const change = sessions.getByRole('link', { name: `Show the change of event ${edit.id}` });
  await expect(change).toBeVisible();
  await change.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/diff/${encodeURIComponent(edit.id)}`));
});
