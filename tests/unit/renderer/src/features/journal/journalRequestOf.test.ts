import { describe, expect, it } from 'vitest';
import {
  journalRequestOf,
  type JournalFilterDraft,
} from '../../../../../../src/renderer/src/features/journal/useJournalFilters';

const empty: JournalFilterDraft = { operator: '', channel: '', clientId: '', outcome: '', from: '', to: '' };

describe('journalRequestOf', () => {
  it('makes the request of a draft that reads, trimming text and leaving empty fields out', () => {
    expect(
      journalRequestOf(
        { ...empty, operator: ' ac-auditor ', outcome: 'refused', from: '2026-12-01T10:00', to: '2026-12-02T10:00' },
        'UTC',
      ),
    ).toEqual({
      operator: 'ac-auditor',
      outcome: 'refused',
      from: '2026-12-01T10:00:00.000Z',
      to: '2026-12-02T10:00:00.000Z',
    });
  });

  it('says, beside each field, what is wrong with it: a reversed period, and text past its limit', () => {
    expect(
      journalRequestOf(
        {
          ...empty,
          operator: 'o'.repeat(300),
          channel: 'c'.repeat(150),
          clientId: ` ${'c'.repeat(1_000)} `,
          from: '2026-12-05T10:00',
          to: '2026-12-01T10:00',
        },
        'UTC',
      ),
    ).toEqual({
      errors: {
        operator: 'The operator is too long: shorten it to at most 256 characters; this one has 300.',
        channel: 'The channel is too long: shorten it to at most 100 characters; this one has 150.',
        clientId: 'The client id is too long: shorten it to at most 256 characters; this one has 1,000.',
        to: 'The period ends before it starts: set an end after the start.',
      },
    });
  });

  it('names a date and time that cannot be read', () => {
    expect(journalRequestOf({ ...empty, from: 'yesterday' }, 'UTC')).toEqual({
      errors: { from: 'The start is not a date and time.' },
    });
  });

  it('refuses a year outside 1000 to 9999, naming the years the console supports', () => {
    const outside = (bound: string, edge: string) =>
      `The ${bound} is ${edge}, outside the years 1000 to 9999 (UTC) the console supports.`;
    expect(journalRequestOf({ ...empty, from: '0500-01-01T10:00', to: '20000-01-01T10:00' }, 'UTC')).toEqual({
      errors: {
        from: outside('start', 'before 1000-01-01T00:00:00Z'),
        to: outside('end', 'after 9999-12-31T23:59:59.999Z'),
      },
    });
    // The bound is the instant in UTC: the first minutes of the year 1000 in Berlin are still in 999.
    expect(journalRequestOf({ ...empty, to: '1000-01-01T00:30' }, 'Europe/Berlin')).toEqual({
      errors: { to: outside('end', 'before 1000-01-01T00:00:00Z') },
    });
    expect(journalRequestOf({ ...empty, from: '1000-01-01T00:00', to: '9999-12-31T23:59' }, 'UTC')).toEqual({
      from: '1000-01-01T00:00:00.000Z',
      to: '9999-12-31T23:59:00.000Z',
    });
  });

  it('refuses a field the browser could not read (a day the month has not, or a part left empty)', () => {
    const unreadable = 'is not a whole date and time: a part of it is empty, or the month has no such day.';
    expect(journalRequestOf({ ...empty, from: '', to: '2026-12-01T10:00' }, 'UTC', { from: true })).toEqual({
      errors: { from: `The start ${unreadable}` },
    });
    expect(journalRequestOf({ ...empty }, 'UTC', { to: true })).toEqual({ errors: { to: `The end ${unreadable}` } });
    expect(journalRequestOf({ ...empty, from: '2026-02-30T10:00' }, 'UTC')).toEqual({
      errors: { from: 'The start is not a date and time.' },
    });
  });

  it('names a character that hides or reorders text in the operator or the channel at its own field, and takes it in a client id', () => {
    // A link can fill the form: "\u202Eecila" shows as "alice", and would match no line while looking as if it did.
    // A client's id is taken as its record holds it; the field names such characters under it instead.
    const hidden = (field: string, code: string) =>
      `${field} cannot hold ${code}, an invisible character that changes how the text reads; type it again without it.`;
    const draft = { ...empty, operator: '\u202Eecila', channel: 'logs/\u200Bsearch', clientId: 'client\u2066-7' };
    expect(journalRequestOf(draft, 'UTC')).toEqual({
      errors: { operator: hidden('The operator', 'U+202E'), channel: hidden('The channel', 'U+200B') },
    });
    expect(journalRequestOf({ ...empty, clientId: ' client\u2066-7 ' }, 'UTC')).toEqual({ clientId: 'client\u2066-7' });
  });

  it('refuses a client id that holds a secret at its field, in words that never repeat it', () => {
    // A journal naming such an id would tell, by its lines, whether some client's id is that card number.
    const refused = journalRequestOf({ ...empty, clientId: ' 4111 1111 1111 1111 ' }, 'UTC');
    expect(refused).toEqual({
      errors: {
        clientId:
          'The client id looks like a card number; secrets are never searched, so nothing was searched. Check the id, or look the client up by name or e-mail address. What you typed stays in this field only, to be replaced: it is not in the address.',
      },
    });
  });

  it('says a reversed period by the instants, whatever the zone wrote them in', () => {
    expect(journalRequestOf({ ...empty, from: '2026-12-01T10:00:00.5', to: '2026-12-01T10:00' }, 'UTC')).toEqual({
      errors: { to: 'The period ends before it starts: set an end after the start.' },
    });
  });

  it('refuses a time the clocks skip in the zone, saying what to type instead, never moving it', () => {
    expect(journalRequestOf({ ...empty, from: '2026-03-29T02:30', to: '2026-03-29T03:30' }, 'Europe/Berlin')).toEqual({
      errors: {
        from: 'The start, 02:30 on 29 March 2026, does not exist in Europe/Berlin: the clocks went forward from 02:00 to 03:00. Type a time before 02:00, or 03:00 or later.',
      },
    });
    // The same wall time where the clocks do not skip it is a start like any other.
    expect(journalRequestOf({ ...empty, from: '2026-03-29T02:30' }, 'UTC')).toEqual({
      from: '2026-03-29T02:30:00.000Z',
    });
  });
});
