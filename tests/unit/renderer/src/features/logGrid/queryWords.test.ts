import { describe, expect, it } from 'vitest';
import {
  filterValueWords,
  partyWords,
  textWords,
} from '../../../../../../src/renderer/src/features/logGrid/queryWords';

describe('textWords: the text searched for, as a chip names it', () => {
  it('quotes ordinary text as typed', () => {
    expect(textWords('timeout deposit')).toBe('Text: “timeout deposit”');
  });

  it('never shows a card number or a token a link carried', () => {
    const card = textWords('4111 1111 1111 1111');
    expect(card).not.toMatch(/4111 1111 1111 1111|4111111111111111/);
    expect(card).toMatch(/^Text: “\[redacted/);
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
    expect(textWords(`login ${jwt}`)).not.toContain(jwt);
  });

  it('masks a card number or a token a link carried percent-encoded, as redaction finds them', () => {
    expect(textWords('4111%201111%201111%201111')).toBe('Text: “[redacted: card •••• 1111]”');
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';
    expect(textWords(`login%20${jwt.replaceAll('.', '%2E')}`)).toBe('Text: “login%20[redacted: JWT]”');
  });
});

describe('filterValueWords and partyWords: a filter chip’s value', () => {
  const CARD = '4111 1111 1111 1111';
  const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIzNDU2';

  it('never shows a card number or a token a party id or name holds', () => {
    expect(filterValueWords('operational', 'clientId', JWT, {})).toBe('[redacted: JWT]');
    expect(filterValueWords('activity', 'clientId', CARD, {})).toBe('[redacted: card •••• 1111]');
    expect(partyWords({ [JWT]: `Ana ${CARD}` }, JWT)).toBe('Ana [redacted: card •••• 1111] ([redacted: JWT])');
    expect(filterValueWords('operational', 'action', `delete ${CARD}`, {})).toBe('delete [redacted: card •••• 1111]');
  });

  it('words an ordinary party and value as before', () => {
    expect(filterValueWords('operational', 'clientId', 'C1042', { C1042: 'Ana Bates' })).toBe('Ana Bates (C1042)');
    expect(partyWords({}, 'C1042')).toBe('C1042');
    expect(filterValueWords('operational', 'action', 'delete', {})).toBe('delete');
  });
});
