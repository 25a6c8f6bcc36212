import { describe, expect, it } from 'vitest';
import { MAX_CELL_TEXT } from '../../../../src/main/changes/compareValues';
import { entityHistory } from '../../../../src/main/changes/entityHistory';
import { managerEdit } from './activityEvent';

const target = { type: 'client', id: 'c-1' };

describe('entityHistory state after each edit', () => {
  it('carries the start of a value too long for a cell and its whole length, as the edit’s diff does', () => {
    const long = `${'a'.repeat(MAX_CELL_TEXT - 1)}😀${'b'.repeat(1_000)}`;
    const edit = managerEdit({ changedFields: ['memo'], before: { memo: 'short' }, after: { memo: long } });
    const [step] = entityHistory(target, [edit], false).steps;
    const [memo] = step?.state ?? [];
    expect(memo?.value?.wholeLength).toBe(MAX_CELL_TEXT + 1_000);
    // Cut after whole characters: the emoji that ends the shown part is not split in two.
    expect([...(memo?.value?.text ?? '')]).toHaveLength(MAX_CELL_TEXT);
    expect(memo?.value?.text?.endsWith('a😀')).toBe(true);
  });

  it('keeps a short value, and an object as its JSON, whole with no length beside it', () => {
    const edit = managerEdit({
      changedFields: ['memo', 'limits'],
      before: { memo: 'a', limits: null },
      after: { memo: 'b', limits: { daily: 5 } },
    });
    const [step] = entityHistory(target, [edit], false).steps;
    expect(step?.state.map((field) => field.value)).toEqual([
      { kind: 'object', text: '{"daily":5}' },
      { kind: 'string', text: 'b' },
    ]);
  });
});
