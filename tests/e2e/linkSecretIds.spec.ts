import type { Page } from '@playwright/test';
import { expect, test } from './support/appDriver';
import { cardNumberShown } from './support/cardNumber';

test.use({ consoleOptions: { role: 'riskOfficer' } });

/**
 * A link whose client, event or entity id is a card number or a JWT, opened as a user following it would:
 * the page shows no part of the secret (heading, text, names), asks the console for nothing with it,
 * and says what is wrong with the link and what to do.
 */

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
const CARD_IN_LINK = '4111%201111%201111%201111';
const SECRET_IN_BODY = /4111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111(?:[\s-]|%20)*1111|eyJhbGciOiJIUzI1NiJ9/;

/** The console calls the page makes from now on whose request holds the card number or the JWT. */
function secretRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/api/')) return;
    if (SECRET_IN_BODY.test(`${request.url()} ${request.postData() ?? ''}`)) asked.push(request.url());
  });
  return asked;
}

/** Where the page shows the JWT: its text, or an attribute (an accessible name, a tooltip, a link). */
function jwtShown(page: Page): Promise<string[]> {
  return page.evaluate((jwt) => {
    const found: string[] = [];
    if (document.body.innerText.includes(jwt)) found.push('text');
    for (const element of document.body.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.value.includes(jwt)) found.push(`${attribute.name} of <${element.tagName.toLowerCase()}>`);
      }
    }
    return found;
  }, JWT);
}

const ADVICE = 'secrets are never searched, so nothing was searched. Check the link';

/** [the link, the heading the page shows, what its sentence says the link holds]. */
const LINKS: readonly (readonly [string, string, string])[] = [
  [`/clients/${CARD_IN_LINK}/logs`, 'Clients', 'The client id in the link looks like a card number'],
  [`/clients/${JWT}/sessions`, 'Clients', 'The client id in the link looks like a JWT'],
  [`/diff/${JWT}`, 'This link cannot be opened', 'The event id in the link looks like a JWT'],
  [`/diff/${CARD_IN_LINK}`, 'This link cannot be opened', 'The event id in the link looks like a card number'],
  [
    `/history/client/${CARD_IN_LINK}`,
    'This link cannot be opened',
    'The entity id in the link looks like a card number',
  ],
  [`/bulk/${JWT}`, 'This link cannot be opened', 'The bulk operation id in the link looks like a JWT'],
];

test.describe('links whose id is a secret', () => {
  for (const [link, heading, says] of LINKS) {
    test(`#${link.replace(JWT, '<JWT>')} shows no part of the id and asks for nothing with it`, async ({
      app,
      page,
    }) => {
      const asked = secretRequests(page);
      await app.open(link);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const alert = page.getByRole('alert').filter({ hasText: says });
      await expect(alert).toContainText(`${says}; ${ADVICE}`);
      await expect(page.getByText(/filter value/i)).toHaveCount(0);
      expect(await cardNumberShown(page)).toEqual([]);
      expect(await jwtShown(page)).toEqual([]);
      expect(asked).toEqual([]);
    });
  }
});
