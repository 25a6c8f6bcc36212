import { describe, expect, it } from 'vitest';
import { readJournalRoute, withoutSecrets } from '../../../../../../src/renderer/src/features/journal/journalRoute';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
const CARD = '4111 1111 1111 1111';
const NEVER =
  'secrets are never searched, so nothing was searched. It was taken out of the address. Check the link, or';

describe("the journal's route, a filter holding a secret", () => {
  it('is left out of the form and said at its field, in words that never repeat it', () => {
    const search = new URLSearchParams({ operator: JWT, channel: CARD, client: CARD, outcome: 'ok' }).toString();
    const { draft, problems } = readJournalRoute(search, 'UTC');
    expect(draft).toEqual({ operator: '', channel: '', clientId: '', outcome: 'ok', from: '', to: '' });
    expect(problems.operator).toMatch(new RegExp(`^The operator in the link looks like a JWT; ${NEVER} `));
    expect(problems.channel).toMatch(new RegExp(`^The channel in the link looks like a card number; ${NEVER} `));
    expect(problems.clientId).toMatch(new RegExp(`^The client id in the link looks like a card number; ${NEVER} `));
    expect(JSON.stringify(problems)).not.toMatch(/eyJ|1111/);
  });

  it('is refused as a secret, never repeated, when the link gives it more than once', () => {
    const { draft, problems } = readJournalRoute(`operator=${JWT}&operator=ivy`, 'UTC');
    expect(draft.operator).toBe('');
    expect(problems.operator).toMatch(new RegExp(`^The operator in the link looks like a JWT; ${NEVER} `));
    expect(problems.operator).not.toContain('eyJ');
  });

  it('keeps an ordinary operator, channel and client id', () => {
    const { draft, problems } = readJournalRoute('operator=ivy&channel=logs%2Fsearch&client=C-1111', 'UTC');
    expect(problems).toEqual({});
    expect(draft).toMatchObject({ operator: 'ivy', channel: 'logs/search', clientId: 'C-1111' });
  });
});

describe("the journal's route without its secrets", () => {
  it('leaves out each text filter a secret is given to, and the rest as the address writes it', () => {
    const card = encodeURIComponent(CARD);
    expect(withoutSecrets(`operator=ivy&client=${card}&zzz=%E0%A4%A&outcome=ok`)).toEqual({
      search: 'operator=ivy&zzz=%E0%A4%A&outcome=ok',
      fields: ['clientId'],
    });
    expect(withoutSecrets(`operator=${JWT}&operator=ivy&channel=${card}`)).toEqual({
      search: '',
      fields: ['operator', 'channel'],
    });
  });

  it('is null for a route without a secret', () => {
    expect(withoutSecrets('operator=ivy&client=C-1111&outcome=ok')).toBeNull();
    expect(withoutSecrets('')).toBeNull();
  });
});
