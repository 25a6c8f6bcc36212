import { describe, expect, it } from 'vitest';
import { quoteText } from '../../../../../src/renderer/src/format/quoteText';
import { quotedInSentence } from '../../../../../src/shared/domain/shownInSentence';

const RLO = '\u202E';
const ZWSP = '\u200B';

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

  it.each([
    ['plain text', 'wallet', 10],
    ['a text cut in a name', `${'x'.repeat(8)}${RLO}yyyy`, 10],
    ['hidden characters only', ZWSP.repeat(50), 40],
    ['an emoji sequence', '👩‍💻'.repeat(50), 40],
  ])('cuts %s as every sentence cuts a value', (_, text, most) => {
    expect(quoteText(text, most)).toBe(quotedInSentence(text, most));
  });
});
