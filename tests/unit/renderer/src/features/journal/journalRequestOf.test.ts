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
          clientId: 'c1',
          from: '2026-12-05T10:00',
          to: '2026-12-01T10:00',
        },
        'UTC',
      ),
    ).toEqual({
      errors: {
        operator: 'Keep the operator to 256 characters or fewer.',
        channel: 'A channel name is at most 100 characters.',
        to: 'The period ends before it starts: set an end after the start.',
      },
    });
  });

  it('names a date and time that cannot be read', () => {
    expect(journalRequestOf({ ...empty, from: 'yesterday' }, 'UTC')).toEqual({
      errors: { from: 'The start is not a date and time.' },
    });
  });
});
