import { describe, expect, it } from 'vitest';
import { ClientViewersRequest, JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';

const refusal = (input: unknown) => {
  const parsed = JournalSearchRequest.safeParse(input);
  return parsed.success ? null : parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), ...issue }));
};

describe("the journal's period takes instants in the supported years", () => {
  it.each([
    ['a word', { from: 'yesterday' }, 'from', /date and time with its offset/],
    ['a date without its time', { to: '2026-10-01' }, 'to', /date and time with its offset/],
    ['a time without its offset', { from: '2026-10-01T00:00:00' }, 'from', /date and time with its offset/],
    ['an offset without its colon', { to: '2026-10-01T02:00:00+0200' }, 'to', /date and time with its offset/],
    ['a start in the year 999', { from: '0999-12-31T23:59:59.999Z' }, 'from', /start of the period is before 1000/],
    ['an end in the year 999', { to: '0999-06-01T00:00:00Z' }, 'to', /end of the period is before 1000/],
    ['the year 0', { from: '0000-01-01T00:00:00Z' }, 'from', /before 1000-01-01T00:00:00Z/],
    // 9999-12-31T23:00-02:00 is 10000-01-01T01:00Z: its year is the UTC one.
    ['an end past 9999 in UTC', { to: '9999-12-31T23:00:00-02:00' }, 'to', /end of the period is after 9999/],
    ['a start just before 1000 in UTC', { from: '1000-01-01T00:30:00+01:00' }, 'from', /outside the years 1000/],
  ])('refuses %s, naming the field', (_, input, field, message) => {
    const issues = refusal(input);
    expect(issues).toHaveLength(1);
    expect(issues?.[0]?.field).toBe(field);
    expect(issues?.[0]?.message).toMatch(message);
  });

  it.each([
    ['the earliest and the latest instants', '1000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'],
    ['a start in 1000 written in a zone behind UTC', '0999-12-31T23:30:00-01:00', '2026-10-01T00:00:00Z'],
  ])('takes %s', (_, from, to) => {
    expect(refusal({ from, to })).toBeNull();
  });
});

describe("the journal's period is ordered as instants, not as text", () => {
  it.each([
    // As text, "00Z" sorts after "00.500Z": the one valid period below was refused that way.
    ['a start on the second, an end half a second later', '2026-10-01T00:00:00Z', '2026-10-01T00:00:00.500Z'],
    ['one instant in two zones', '2026-10-01T02:00:00+02:00', '2026-10-01T00:00:00Z'],
    ['a start in a zone ahead of UTC, before the end in UTC', '2026-10-01T01:59:59.999+02:00', '2026-10-01T00:00:00Z'],
    ['an end in a zone behind UTC, after the start in UTC', '2026-10-01T01:00:00Z', '2026-09-30T21:00:00-04:00'],
    ['one instant, start and end', '2026-10-01T00:00:00.500Z', '2026-10-01T00:00:00.500Z'],
  ])('takes %s', (_, from, to) => {
    expect(refusal({ from, to })).toBeNull();
  });

  it.each([
    // As text, "00.500Z" sorts before "00Z": each of these periods slipped through, ending before it starts.
    ['a start half a second after the end', '2026-10-01T00:00:00.500Z', '2026-10-01T00:00:00Z'],
    ['a start one millisecond after an end in another zone', '2026-10-01T02:00:00.001+02:00', '2026-10-01T00:00:00Z'],
    ['an end in a zone ahead of UTC, before the start', '2026-10-01T00:00:00Z', '2026-10-01T01:00:00+02:00'],
    ['a start in a zone behind UTC, after the end', '2026-09-30T21:00:00-04:00', '2026-10-01T00:59:59Z'],
  ])('refuses %s, at the start', (_, from, to) => {
    expect(refusal({ from, to })).toMatchObject([
      { field: 'from', message: 'The start of the period is after its end' },
    ]);
  });
});

describe("the journal's operator and channel take only what they show", () => {
  it.each([
    ['a right-to-left override in the operator', { operator: '\u202Eecila' }, 'operator', /U\+202E/],
    ['a zero-width space in the channel', { channel: 'logs/\u200Bsearch' }, 'channel', /U\+200B/],
  ])('refuses %s, naming the character at its field', (_, input, field, message) => {
    const issues = refusal(input);
    expect(issues).toHaveLength(1);
    expect(issues?.[0]?.field).toBe(field);
    expect(issues?.[0]?.message).toMatch(message);
  });
});

describe("the journal's client id is taken as the client's record holds it", () => {
  it.each([
    ['a right-to-left override', 'nobody\u202Eroot'],
    ['a zero-width space', 'client\u200B-7'],
    ['a left-to-right isolate', 'client\u2066-7'],
  ])('takes one holding %s, exactly', (_, clientId) => {
    expect(JournalSearchRequest.parse({ clientId }).clientId).toBe(clientId);
  });
});

describe("the journal's text past its limit is said one way, with both lengths", () => {
  it.each([
    ['operator', 'The operator is too long: shorten it to at most 256 characters; this one has 300.', 300],
    ['channel', 'The channel is too long: shorten it to at most 100 characters; this one has 1,500.', 1500],
    ['clientId', 'The client id is too long: shorten it to at most 256 characters; this one has 257.', 257],
  ])('refuses a long %s, counting the text as trimmed', (field, message, length) => {
    expect(refusal({ [field]: `  ${'x'.repeat(length)}  ` })).toMatchObject([{ field, message }]);
  });

  it('takes text at the limit', () => {
    expect(refusal({ operator: 'o'.repeat(256), channel: 'c'.repeat(100), clientId: 'i'.repeat(256) })).toBeNull();
  });

  it('says it the same way for the client whose viewers are asked', () => {
    const parsed = ClientViewersRequest.safeParse({ clientId: 'x'.repeat(300) });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      'The client id is too long: shorten it to at most 256 characters; this one has 300.',
    ]);
  });
});
