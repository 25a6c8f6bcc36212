import { describe, expect, it } from 'vitest';
import { textWords } from '../../../../../../src/renderer/src/features/logGrid/queryWords';

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
