import { describe, expect, it } from 'vitest';
import { caseChoiceLabels } from '../../../../../../src/renderer/src/features/cases/caseChoiceLabels';

const opened = (id: string, title: string, reference: string, createdAt: string) => ({
  id,
  title,
  reference,
  createdAt,
});

describe('the names of cases to choose from', () => {
  it('are the title and reference, hidden characters named', () => {
    const labels = caseChoiceLabels(
      [
        opened('a1', 'Wallet drain', 'INC-42', '2026-12-01T10:00:00Z'),
        opened('b2', 'Bank \u202Eedits', '', '2026-12-01T10:00:00Z'),
      ],
      'UTC',
    );
    expect([...labels.values()]).toEqual(['Wallet drain (INC-42)', 'Bank ⟨U+202E⟩edits']);
  });

  it('tell same-named cases apart by when each was opened, and in the same second by their id', () => {
    const labels = caseChoiceLabels(
      [
        opened('11111111-aaaa', 'Wallet drain', 'INC-42', '2026-12-01T10:00:00Z'),
        opened('22222222-bbbb', 'Wallet drain', 'INC-42', '2026-12-02T11:30:00Z'),
        opened('33333333-cccc', 'Wallet drain', 'INC-42', '2026-12-02T11:30:00Z'),
        opened('44444444-dddd', 'Wallet drain', 'INC-43', '2026-12-02T11:30:00Z'),
      ],
      'UTC',
    );
    expect([...labels.values()]).toEqual([
      'Wallet drain (INC-42) · opened 2026-12-01 10:00:00 UTC',
      'Wallet drain (INC-42) · opened 2026-12-02 11:30:00 UTC · 22222222',
      'Wallet drain (INC-42) · opened 2026-12-02 11:30:00 UTC · 33333333',
      'Wallet drain (INC-43)',
    ]);
    expect(new Set(labels.values()).size).toBe(4);
  });
});
