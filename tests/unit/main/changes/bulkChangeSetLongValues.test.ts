import { describe, expect, it } from 'vitest';
import { bulkChangeSet } from '../../../../src/main/changes/bulkChangeSet';
import { MAX_CELL_TEXT } from '../../../../src/main/changes/compareValues';
import { SHOWN_TEXT_IN_SENTENCE } from '../../../../src/shared/domain/shownInSentence';
import { managerEdit } from './activityEvent';

/** Longer than a cell carries, an emoji where the cut falls: cut after whole characters. */
const LONG = `${'a'.repeat(MAX_CELL_TEXT - 1)}😀${'b'.repeat(1_000)}`;

/** The `index`-th member of operation b-1: it set the memo of its client from `before` to `after`. */
const member = (index: number, before: string, after: string) =>
  managerEdit(
    {
      actionType: 'bulkUpdate',
      target: { type: 'client', id: `c-${index}` },
      bulkId: 'b-1',
      changedFields: ['memo'],
      before: { memo: before },
      after: { memo: after },
    },
    { id: `ev-${index}`, clientId: `c-${index}`, createdAt: `2025-06-01T10:00:0${index}.000Z` },
  );

describe('a bulk operation whose values are too long for a cell', () => {
  const set = bulkChangeSet('b-1', [member(0, LONG, LONG), member(1, LONG, LONG), member(2, 'short', 'odd')], false);

  it('carries the start of the value it set and of the one it replaced, with their whole length', () => {
    const [memo] = set.fields;
    for (const cell of [memo?.to, memo?.from[0]?.value]) {
      expect(cell?.wholeLength).toBe(MAX_CELL_TEXT + 1_000);
      expect([...(cell?.text ?? '')]).toHaveLength(MAX_CELL_TEXT);
      expect(cell?.text?.endsWith('a😀')).toBe(true);
    }
    expect(memo?.from[1]?.value).toEqual({ kind: 'string', text: 'short' });
  });

  it('quotes a long value in how a member differs cut as every sentence cuts one', () => {
    const odd = set.members.find((one) => one.clientId === 'c-2');
    const cut = `“${'a'.repeat(SHOWN_TEXT_IN_SENTENCE - 1)}…”`;
    expect(odd?.difference).toBe(`sets memo to “odd”, not ${cut}`);
  });
});
