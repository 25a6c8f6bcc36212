import { describe, expect, it } from 'vitest';
import { draftInZone } from '../../../../../../src/renderer/src/features/journal/draftInZone';
import type { JournalFilterDraft } from '../../../../../../src/renderer/src/features/journal/useJournalFilters';

const empty: JournalFilterDraft = { operator: '', channel: '', clientId: '', outcome: '', from: '', to: '' };
const toUtc = { before: 'Europe/Berlin', after: 'UTC' };

describe('the journal draft when the time zone changes', () => {
  it('keeps text and the outcome as typed, junk included', () => {
    const typed = {
      ...empty,
      operator: ' ivy\u202E ',
      channel: 'x'.repeat(300),
      clientId: 'C-1',
      outcome: 'ok' as const,
    };
    expect(draftInZone(typed, { before: empty, after: empty }, toUtc)).toEqual(typed);
  });

  it('keeps the instant of a typed bound, written in the new zone', () => {
    const typed = { ...empty, from: '2026-12-01T11:00', to: '2026-07-01T12:30:15.5' };
    expect(draftInZone(typed, { before: empty, after: empty }, toUtc)).toEqual({
      ...empty,
      from: '2026-12-01T10:00',
      to: '2026-07-01T10:30:15.5',
    });
  });

  it('takes a bound still as the route gave it from the route, even in an hour the clocks go back over', () => {
    // 00:30 UTC on 25 October 2026 is 02:30 in Berlin, a wall clock Berlin shows twice that night.
    const before = { ...empty, from: '2026-10-25T02:30' };
    const after = { ...empty, from: '2026-10-25T00:30' };
    expect(draftInZone({ ...before, operator: 'ivy' }, { before, after }, toUtc)).toEqual({
      ...after,
      operator: 'ivy',
    });
  });

  it('keeps the text of a bound that does not read as a date and time, and the instant of one out of range', () => {
    const typed = { ...empty, from: 'yesterday', to: '20000-01-01T10:00' };
    expect(draftInZone(typed, { before: empty, after: empty }, toUtc)).toEqual({ ...typed, to: '20000-01-01T09:00' });
  });

  it('keeps as typed a bound the clocks skip, rather than the time after the gap', () => {
    const typed = { ...empty, from: '2026-03-29T02:30', to: '2026-03-29T03:30' };
    expect(draftInZone(typed, { before: empty, after: empty }, toUtc)).toEqual({ ...typed, to: '2026-03-29T01:30' });
  });
});
