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

describe('entityHistory gaps', () => {
  /** The gap between an edit that left the memo at `left` and the next, which found `found`. */
  function gapMessage(left: string, found: string): string | undefined {
    const first = managerEdit({ changedFields: ['memo'], before: { memo: '' }, after: { memo: left } });
    const second = managerEdit(
      { changedFields: ['memo'], before: { memo: found }, after: { memo: 'later' } },
      { id: 'ev-2', createdAt: '2025-06-02T10:00:00.000Z' },
    );
    return entityHistory(target, [first, second], false).steps[1]?.gaps[0]?.message;
  }

  // A quoted value keeps 77 characters and "…" within its quotes: the 78th unit here falls inside the emoji.
  it.each([
    ['an emoji of two UTF-16 units', `${'a'.repeat(77)}😀`, 'a'.repeat(77)],
    ['an emoji of several joined ones', `${'a'.repeat(76)}👩‍💻`, `${'a'.repeat(76)}👩‍💻`],
  ])('cuts a long value it quotes after whole characters, never inside %s', (_, start, shown) => {
    expect(gapMessage('short', `${start}${'b'.repeat(20)}`)).toBe(
      `The edits before this one left memo at “short”, but this edit found “${shown}…”: a change in between was not logged.`,
    );
  });

  it('quotes a value that fits whole', () => {
    expect(gapMessage('a', `${'b'.repeat(75)}😀`)).toContain(`found “${'b'.repeat(75)}😀”:`);
  });
});
