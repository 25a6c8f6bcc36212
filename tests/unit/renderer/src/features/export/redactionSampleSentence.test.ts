import { describe, expect, it } from 'vitest';
import { redactionSampleSentence } from '../../../../../../src/renderer/src/features/export/redactionSampleSentence';

describe('redactionSampleSentence', () => {
  it('says nothing of a sample when no row matched', () => {
    expect(redactionSampleSentence(0, [])).toBeNull();
    expect(redactionSampleSentence(0, [{ rule: 'card numbers', count: 0 }])).toBeNull();
  });

  it('names one row as one row, not as the first 1 rows', () => {
    expect(redactionSampleSentence(1, [])).toBe('Nothing needed redacting in the one row read.');
    expect(redactionSampleSentence(1, [{ rule: 'secrets', count: 2 }])).toBe('In the one row read: 2 secrets removed.');
  });

  it('lists the rules that removed something in the first rows, with thousands grouped', () => {
    const removed = [
      { rule: 'card numbers', count: 1_200 },
      { rule: 'IBANs', count: 0 },
      { rule: 'secrets', count: 3 },
    ];
    expect(redactionSampleSentence(5_000, removed)).toBe(
      'In the first 5,000 rows: 1,200 card numbers, 3 secrets removed.',
    );
    expect(redactionSampleSentence(5_000, [{ rule: 'IBANs', count: 0 }])).toBe(
      'Nothing needed redacting in the first 5,000 rows.',
    );
  });
});
