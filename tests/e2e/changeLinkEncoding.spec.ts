import { expect, test } from './support/appDriver';

/** Why a change view reads nothing of a parameter its address does not validly percent-encode. */
const BADLY_ENCODED = /^the link does not validly percent-encode it .*Copy the link again from where it came from$/;

test.describe('a change link holding a parameter that is not validly percent-encoded', () => {
  test.use({ consoleOptions: { role: 'riskOfficer' } });

  test('names it as written, and its button shows the view without it', async ({ app, page }) => {
    await app.open('/diff/no-such-event?%ZZ=%E0%A4&x=1?y=2');
    await expect(page.getByRole('heading', { name: 'Change of event no-such-event', level: 1 })).toBeVisible();
    const problems = page.getByRole('alert', { name: 'Link problems' });
    const items = problems.getByRole('listitem');
    await expect(items).toHaveCount(2);
    // Neither the name nor the value is read into something the link never held (U+FFFD).
    await expect(items.nth(0).getByRole('code')).toHaveText('%ZZ=%E0%A4');
    await expect(items.nth(0)).toHaveText(/^%ZZ=%E0%A4: /);
    expect((await items.nth(0).textContent())?.replace('%ZZ=%E0%A4: ', '')).toMatch(BADLY_ENCODED);
    // Whatever follows a second "?" is part of the parameter's value, not dropped unsaid.
    await expect(items.nth(1)).toHaveText('x=1?y=2: this page has no such parameter');
    const without = problems.getByRole('button', { name: /^Show the change without / });
    await without.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/diff\/no-such-event$/);
    await expect(problems).toHaveCount(0);

    await app.goTo('/history/client/C-1?event=%E0%A4%A');
    const history = page.getByRole('alert', { name: 'Link problems' }).getByRole('listitem');
    await expect(history).toHaveCount(1);
    await expect(history.getByRole('code')).toHaveText('event=%E0%A4%A');

    await app.goTo('/risk?hours=%4');
    const risk = page.getByRole('alert', { name: 'Link problems' }).getByRole('listitem');
    await expect(risk).toHaveCount(1);
    await expect(risk.getByRole('code')).toHaveText('hours=%4');
    expect((await risk.textContent())?.replace('hours=%4: ', '')).toMatch(BADLY_ENCODED);
  });
});
