import { describe, expect, it } from 'vitest';
import { singleInstantSentence } from '../../../../../src/renderer/src/format/singleInstant';

describe('a range that starts and ends at the same instant', () => {
  it('is said as naming one millisecond, whatever offset each end is written with', () => {
    const sentence =
      'The range starts and ends at the same instant, 2026-12-06 00:00:00 UTC: only what was logged at that very ' +
      'millisecond is shown. Widen the range to see more.';
    expect(singleInstantSentence({ from: '2026-12-06T00:00:00Z', to: '2026-12-06T00:00:00Z' }, 'UTC')).toBe(sentence);
    expect(singleInstantSentence({ from: '2026-12-06T01:00:00+01:00', to: '2026-12-06T00:00:00.000Z' }, 'UTC')).toBe(
      sentence,
    );
  });

  it('shows the millisecond when the instant has one', () => {
    expect(
      singleInstantSentence({ from: '2026-12-06T00:00:00.250Z', to: '2026-12-06T00:00:00.250Z' }, 'UTC'),
    ).toContain('00:00:00.250');
  });

  it('says nothing of a range with an open end or two different ends', () => {
    expect(singleInstantSentence({ from: '2026-12-06T00:00:00Z' }, 'UTC')).toBeNull();
    expect(singleInstantSentence({ to: '2026-12-06T00:00:00Z' }, 'UTC')).toBeNull();
    expect(singleInstantSentence({ from: '2026-12-06T00:00:00Z', to: '2026-12-06T00:00:00.001Z' }, 'UTC')).toBeNull();
    expect(singleInstantSentence(undefined, 'UTC')).toBeNull();
  });
});
