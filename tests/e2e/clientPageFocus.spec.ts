import type { Locator } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { openBusyClient } from './support/navigation';

/** How a control looks: its ring (outline) and its fill, as the page computes them. */
const looks = (control: Locator) =>
  control.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, background: style.backgroundColor, focused: element.matches(':focus') };
  });

test.describe('pressed and focused, at 1024x700 dark', () => {
  test.use({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark', consoleOptions: { role: 'riskOfficer' } });

  test('a pressed toggle is filled, not ringed: only the focused control wears a ring', async ({
    app,
    page,
    cluster,
  }, info) => {
    await openBusyClient(app, cluster, 'events');
    const views = page.getByRole('group', { name: 'Sessions tab view' });
    const events = views.getByRole('button', { name: 'Events' });
    const sessions = views.getByRole('button', { name: 'Sessions' });
    await expect(events).toHaveAttribute('aria-pressed', 'true');
    await expect(sessions).toHaveAttribute('aria-pressed', 'false');
    // The keyboard moves from the pressed toggle to the other one: one pressed, the other focused.
    await events.focus();
    await page.keyboard.press('Tab');
    await expect(sessions).toBeFocused();
    const pressed = await looks(events);
    const focused = await looks(sessions);
    expect(pressed).toMatchObject({ outline: 'none', focused: false });
    expect(focused.outline).not.toBe('none');
    expect(pressed.background).not.toBe(focused.background);
    await views.screenshot({ path: info.outputPath('pressed-and-focused-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    const pressedLight = await looks(events);
    expect(pressedLight.outline).toBe('none');
    expect(pressedLight.background).not.toBe((await looks(sessions)).background);
    await views.screenshot({ path: info.outputPath('pressed-and-focused-light.png') });

    // Elsewhere in the console a pressed toggle wears no ring of the client page's either.
    await app.goTo('/logs');
    const scroll = page.getByRole('group', { name: 'Show rows as' }).getByRole('button', { name: 'Scroll' });
    await expect(scroll).toHaveAttribute('aria-pressed', 'true');
    expect(await looks(scroll)).toMatchObject({ outline: 'none', focused: false });
  });
});

test.describe('the span with logs, with the keyboard', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('pressing it takes the focus to the range it applied, not to the top of the page', async ({
    app,
    page,
    cluster,
  }) => {
    const client = await cluster.busyTerminalClient();
    await app.open(`/clients/${client.id}/events?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z`);
    const notice = page.getByRole('status').filter({ hasText: 'No logs of this client in this range.' });
    const show = notice.getByRole('button', { name: 'Show the span with logs' });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(notice).toHaveCount(0);
    await expect(page).not.toHaveURL(/from=2020-01-01/);
    const from = page.getByRole('group', { name: 'Period' }).getByLabel('Date from');
    await expect(from).toBeFocused();
    await expect(from).not.toHaveValue(/^(2020-01-01T00:00)?$/);
    await expect(page.getByTestId('match-total')).not.toHaveText(/^(0 matches|…)$/);
    // Still there once the rows of the span have come.
    await expect(from).toBeFocused();
  });
});
