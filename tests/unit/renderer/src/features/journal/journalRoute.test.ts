import { describe, expect, it } from 'vitest';
import { journalRouteOf, readJournalRoute } from '../../../../../../src/renderer/src/features/journal/journalRoute';
import { journalRequestOf } from '../../../../../../src/renderer/src/features/journal/useJournalFilters';

const read = (search: string, zone = 'UTC') => readJournalRoute(new URLSearchParams(search), zone);

describe("the journal's route", () => {
  it('fills the form from a link, its instants shown in the chosen zone', () => {
    expect(
      read(
        'operator=ivy&channel=export%2Fstart&client=C-1&outcome=refused&from=2026-12-01T10:00:00Z&to=2026-12-02T10:30:00%2B02:00',
        'Europe/Berlin',
      ),
    ).toEqual({
      draft: {
        operator: 'ivy',
        channel: 'export/start',
        clientId: 'C-1',
        outcome: 'refused',
        from: '2026-12-01T11:00',
        to: '2026-12-02T09:30',
      },
      problems: {},
    });
  });

  it('writes back what it reads: a request survives the round trip through its route', () => {
    const request = {
      operator: 'ac-auditor',
      clientId: 'C 7/ü',
      outcome: 'failed' as const,
      from: '2026-12-01T10:00:00.000Z',
      to: '2026-12-02T10:00:00.000Z',
    };
    const route = journalRouteOf(request);
    expect(route).toBe(
      '/journal?operator=ac-auditor&client=C+7%2F%C3%BC&outcome=failed&from=2026-12-01T10%3A00%3A00.000Z&to=2026-12-02T10%3A00%3A00.000Z',
    );
    for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
      const { draft, problems } = read(route.split('?')[1] ?? '', zone);
      expect(problems).toEqual({});
      expect(journalRequestOf(draft, zone)).toEqual(request);
    }
    expect(journalRouteOf({})).toBe('/journal');
  });

  it('names each part of a link it cannot use and leaves it out of the form', () => {
    const { draft, problems } = read(`outcome=${'maybe'.repeat(20)}&from=2026-12-01&to=yesterday&operator=ivy`);
    expect(draft).toEqual({ operator: 'ivy', channel: '', clientId: '', outcome: '', from: '', to: '' });
    expect(problems).toEqual({
      outcome: `The link's outcome “${'maybe'.repeat(8).slice(0, 39)}…” is none of ok, refused or failed; it was left out. Choose the outcome you mean and apply the filters.`,
      from: "The link's start “2026-12-01” is not a date and time with its offset, such as 2026-10-01T00:00:00Z; it was left out. Set the start you mean and apply the filters.",
      to: "The link's end “yesterday” is not a date and time with its offset, such as 2026-10-01T00:00:00Z; it was left out. Set the end you mean and apply the filters.",
    });
  });

  it('shows a linked year outside 1000 to 9999 in its field and refuses it there, never applying it', () => {
    const { draft, problems } = read('from=0500-01-01T00:00:00Z&to=2026-12-01T00:00:00Z');
    expect(problems).toEqual({});
    expect(draft.from).toBe('0500-01-01T00:00');
    expect(journalRequestOf(draft, 'UTC')).toEqual({
      errors: {
        from: 'The start is before 1000-01-01T00:00:00Z, outside the years 1000 to 9999 (UTC) the console supports.',
      },
    });
    // A day the calendar has not is no instant: left out and said as such, never read as the day after.
    expect(read('from=2026-02-30T00:00:00Z&to=2026-01-01T25:00:00Z')).toEqual({
      draft: expect.objectContaining({ from: '', to: '' }),
      problems: {
        from: "The link's start “2026-02-30T00:00:00Z” was left out: February 2026 has no day 30. Set the start you mean and apply the filters.",
        to: "The link's end “2026-01-01T25:00:00Z” was left out: there is no hour 25; hours run from 00 to 23. Set the end you mean and apply the filters.",
      },
    });
  });
});

describe("the journal's route, a filter given more than once", () => {
  it.each([
    [
      'operator=a&operator=b',
      'operator',
      'The link gives the operator more than once (“a”, “b”); each was left out. Type the operator you mean and apply the filters.',
    ],
    [
      'client=C-1&client=C-2',
      'clientId',
      'The link gives the client more than once (“C-1”, “C-2”); each was left out. Type the client id you mean and apply the filters.',
    ],
    [
      'outcome=ok&outcome=zzz',
      'outcome',
      'The link gives the outcome more than once (“ok”, “zzz”); each was left out. Choose the outcome you mean and apply the filters.',
    ],
    [
      'from=2026-12-01T10:00:00Z&from=2026-12-02T10:00:00Z',
      'from',
      'The link gives the start more than once (“2026-12-01T10:00:00Z”, “2026-12-02T10:00:00Z”); each was left out. Set the start you mean and apply the filters.',
    ],
  ])('%s is said at its field and fills nothing', (search, key, problem) => {
    const { draft, problems } = read(search);
    expect(problems).toEqual({ [key]: problem });
    expect(draft[key as keyof typeof draft]).toBe('');
  });
});

describe("the journal's route, a filter the address does not validly percent-encode", () => {
  it('is left out and said at its field, not read as a decoder garbles it', () => {
    const { draft, problems } = readJournalRoute('operator=%E0%A4%A&channel=logs%2Fsearch&zzz=%', 'UTC');
    expect(problems).toEqual({
      operator:
        "The link's operator “%E0%A4%A” is not validly percent-encoded; it was left out. Copy the link again from where it came from.",
    });
    expect(draft.operator).toBe('');
    expect(draft.channel).toBe('logs/search');
  });
});

describe("the journal's route, a value a person cannot see as written", () => {
  it('names a bad date with its hidden characters by name, cut, and says what to do', () => {
    const { problems } = read(`from=${encodeURIComponent('2026-02-31\u202E')}&to=${'9'.repeat(5000)}`);
    expect(problems.from).toBe(
      "The link's start “2026-02-31⟨U+202E⟩” was left out: February 2026 has no day 31. Set the start you mean and apply the filters.",
    );
    expect(problems.to).toBe(
      `The link's end “${'9'.repeat(39)}…” is not a date and time with its offset, such as 2026-10-01T00:00:00Z; it was left out. Set the end you mean and apply the filters.`,
    );
  });
});
