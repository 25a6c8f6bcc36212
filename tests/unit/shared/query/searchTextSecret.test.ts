import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { maskSecretSpans } from '../../../../src/shared/domain/secretSpans';
import {
  idSecretProblem,
  searchTextSecretProblem,
  suggestPrefixSecretProblem,
} from '../../../../src/shared/query/searchTextSecret';
import { ClientId } from '../../../../src/shared/domain/clientDirectory';
import { ChangeId } from '../../../../src/shared/contract/changeChannels';
import { searchTerms, suggestPrefix } from '../../../../src/main/sources/searchTerms';

const CARD = '4111 1111 1111 1111';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';

/** What main answers a search or a suggestion with: its refusal's sentence, or null when it searches. */
function mainRefusal(ask: () => unknown): string | null {
  try {
    ask();
    return null;
  } catch (error) {
    if (error instanceof ConsoleError) return error.message;
    throw error;
  }
}

describe('searchTextSecretProblem: the rule main refuses search text with, said at the search box', () => {
  it.each([
    [CARD, 'a card number', 'last four digits'],
    [`refund ${CARD.replaceAll(' ', '')} failed`, 'a card number', 'last four digits'],
    ['4111%201111%201111%201111', 'a card number', 'last four digits'],
    ['DE89 3704 0044 0532 0130 00', 'an IBAN', 'last four digits'],
    [JWT, 'a JWT', 'other words of the entry instead'],
    ['Bearer abc123def', 'a bearer or basic credential', 'other words of the entry instead'],
    ['password=marmalade', 'a password or other secret after its key name', 'other words'],
  ])('refuses %j, naming what it looks like and how to search instead', (text, looks, advice) => {
    const problem = searchTextSecretProblem(text);
    expect(problem).toContain(`The search text looks like ${looks}; secrets are never searched, so it was not run.`);
    expect(problem).toContain(advice);
    expect(problem).not.toMatch(/4111|eyJ|marmalade|abc123/);
    // Main refuses it with this very sentence.
    expect(mainRefusal(() => searchTerms(text))).toBe(problem);
  });

  it.each(['password reset', '"card 4111"', 'timeout -"payment failed"', '', undefined, null])(
    'lets ordinary text %j search',
    (text) => {
      expect(searchTextSecretProblem(text)).toBeNull();
      expect(mainRefusal(() => searchTerms(text))).toBeNull();
    },
  );
});

describe('suggestPrefixSecretProblem: the rule main refuses a type-ahead prefix with', () => {
  it('refuses a card number, in the words main uses, and lets the start of a name or id through', () => {
    const problem = suggestPrefixSecretProblem(` ${CARD} `);
    expect(problem).toBe(
      'The text looks like a card number; secrets are never searched. Type the start of a name or id instead.',
    );
    expect(mainRefusal(() => suggestPrefix(` ${CARD} `))).toBe(problem);
    for (const prefix of ['4111', 'Acme', 'c_1042'])
      expect([suggestPrefixSecretProblem(prefix), mainRefusal(() => suggestPrefix(prefix))]).toEqual([null, null]);
  });
});

describe('idSecretProblem: the rule a client, event or entity id holding a secret is refused with', () => {
  it('names the id and what it looks like, never the id, and the request schemas refuse it in the same words', () => {
    expect(idSecretProblem(CARD, 'client id in the link', 'Check the link.')).toBe(
      'The client id in the link looks like a card number; secrets are never searched, so nothing was searched. Check the link.',
    );
    const client = ClientId.safeParse(JWT);
    expect(client.success ? null : client.error.issues[0]?.message).toBe(
      'The client id looks like a JWT; secrets are never searched, so nothing was searched. Check the id, or look the client up by name or e-mail address.',
    );
    const event = ChangeId.safeParse('4111%201111%201111%201111');
    expect(event.success ? null : event.error.issues[0]?.message).toMatch(/^The id looks like a card number; /);
    for (const id of ['66f21bcd9d4b35c613008b6e', 'c_1042', '4111']) {
      expect([idSecretProblem(id, 'id', ''), ClientId.safeParse(id).success, ChangeId.safeParse(id).success]).toEqual([
        null,
        true,
        true,
      ]);
    }
  });
});

describe('maskSecretSpans: a text as redaction writes it', () => {
  it('shows each secret by its marker, a card by its last four, a percent-encoded one too', () => {
    expect(maskSecretSpans(`paid ${CARD} with ${JWT}`)).toBe('paid [redacted: card •••• 1111] with [redacted: JWT]');
    expect(maskSecretSpans('4111%201111%201111%201111')).toBe('[redacted: card •••• 1111]');
    expect(maskSecretSpans('password reset')).toBe('password reset');
  });
});
