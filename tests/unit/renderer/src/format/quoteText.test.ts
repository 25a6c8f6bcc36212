import { describe, expect, it } from 'vitest';
import { quoteText } from '../../../../../src/renderer/src/format/quoteText';

describe('text quoted back in a message', () => {
  it.each([
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ', '“[redacted: JWT]”'],
    ['password=hunter2', '“password=[redacted: password]”'],
    ['Bearer 9f8e7d6c5b4a39281706f5e4', '“Bearer [redacted: token]”'],
    ['4111 1111 1111 1111', '“[redacted: card •••• 1111]”'],
    ['4111%201111%201111%201111', '“[redacted: card •••• 1111]”'],
    ['paid%3A%204111-1111-1111-1111', '“paid%3A%20[redacted: card •••• 1111]”'],
    ['eyJhbGciOiJIUzI1NiJ9%2EeyJzdWIiOiJvcHMifQ%2Ec2lnbmF0dXJlLXNpZ25hdHVyZQ', '“[redacted: JWT]”'],
  ])('shows %j as redaction shows it, never as typed', (text, quoted) => {
    expect(quoteText(text, 80)).toBe(quoted);
  });

  it('masks a secret before cutting the text, so no part of it is left', () => {
    expect(quoteText('c-1042 password=hunter2-and-some-more-letters', 20)).toBe('“c-1042 password=[re…”');
  });

  it('quotes ordinary text as typed, hidden characters named', () => {
    expect(quoteText('Token review Q3', 80)).toBe('“Token review Q3”');
    expect(quoteText('4\u202E8', 80)).toBe('“4⟨U+202E⟩8”');
  });
});
