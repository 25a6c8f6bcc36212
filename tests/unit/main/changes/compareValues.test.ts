import { describe, expect, it } from 'vitest';
import { hiddenByRedaction } from '../../../../src/main/changes/hiddenByRedaction';
import { compareValues, MAX_CELL_TEXT } from '../../../../src/main/changes/compareValues';
import type { ChangeComparison, DiffRow } from '../../../../src/shared/domain/changeDiff';

const IBAN_BEFORE = 'DE89370400440532013000';
const IBAN_AFTER = 'DE02120300000000202051';

const compare = (before: unknown, after: unknown) => compareValues(before, after, hiddenByRedaction);

/** Each row as `path status before -> after`, the way a reader scans the two columns. */
const lines = (comparison: ChangeComparison) =>
  comparison.rows.map(
    (row: DiffRow) =>
      `${row.path.join('.')} ${row.status} ${row.before?.text ?? '-'} -> ${row.after?.text ?? '-'}${row.hidden ? ' hidden' : ''}`,
  );

describe('compareValues', () => {
  it('compares nested objects key by key: unchanged, changed, added and removed keys', () => {
    const result = compare(
      { address: { city: 'Berlin', zip: '10115' }, note: 'x' },
      { address: { city: 'Bonn', zip: '10115', street: 'Main 1' } },
    );
    expect(lines(result)).toEqual([
      'address changed 2 fields -> 3 fields',
      'address.city changed Berlin -> Bonn',
      'address.zip unchanged 10115 -> 10115',
      'address.street added - -> Main 1',
      'note removed x -> -',
    ]);
    expect(result.summary).toEqual({ added: 1, removed: 1, changed: 1, typeChanged: 0, moved: 0, hidden: 0 });
  });

  it('matches array items by id: a moved item is moved, an edited one is changed, new ones added', () => {
    const before = {
      accounts: [
        { id: 'a', limit: 1 },
        { id: 'b', limit: 2 },
        { id: 'c', limit: 3 },
      ],
    };
    const after = {
      accounts: [
        { id: 'c', limit: 3 },
        { id: 'a', limit: 1 },
        { id: 'b', limit: 9 },
        { id: 'd', limit: 0 },
      ],
    };
    const result = compare(before, after);
    const byPath = new Map(result.rows.map((row) => [row.path.join('.'), row]));
    expect(byPath.get('accounts.[0]')).toMatchObject({ status: 'moved', beforeIndex: 2, afterIndex: 0 });
    expect(byPath.get('accounts.[2]')).toMatchObject({ status: 'changed', beforeIndex: 1, afterIndex: 2 });
    expect(byPath.get('accounts.[2].limit')).toMatchObject({
      status: 'changed',
      before: { text: '2' },
      after: { text: '9' },
    });
    expect(byPath.get('accounts.[3]')).toMatchObject({ status: 'added', before: null, afterIndex: 3 });
    // The added item counts once, not once per field inside it.
    expect(result.summary).toMatchObject({ added: 1, changed: 1, moved: 1, removed: 0 });
  });

  it('lays a removed array item out where it stood before', () => {
    const result = compare({ tags: ['vip', 'new', 'eu'] }, { tags: ['vip', 'eu'] });
    expect(lines(result)).toEqual([
      'tags changed 3 items -> 2 items',
      'tags.[0] unchanged vip -> vip',
      'tags.[1] removed new -> -',
      'tags.[1] unchanged eu -> eu',
    ]);
  });

  it('says when a value changed type, and shows the contents of either side', () => {
    const result = compare({ limit: 5, phones: '+49 30 1234' }, { limit: '5', phones: ['+49 30 1234'] });
    expect(lines(result)).toEqual([
      'limit typeChanged 5 -> 5',
      'phones typeChanged +49 30 1234 -> 1 item',
      'phones.[0] added - -> +49 30 1234',
    ]);
    expect(result.rows[0]).toMatchObject({ before: { kind: 'number' }, after: { kind: 'string' } });
    expect(result.summary.typeChanged).toBe(2);
  });

  it('marks a value redaction hides as changed, value hidden, and never carries its text', () => {
    const result = compare(
      { iban: IBAN_BEFORE, bank: { accountNumber: '12345678' }, note: `was ${IBAN_BEFORE}` },
      { iban: IBAN_AFTER, bank: { accountNumber: '87654321' }, note: 'cleared' },
    );
    expect(lines(result)).toEqual([
      'iban changed - -> - hidden',
      'bank changed 1 field -> 1 field',
      'bank.accountNumber changed - -> - hidden',
      'note changed - -> - hidden',
    ]);
    expect(result.summary.hidden).toBe(3);
    const text = JSON.stringify(result);
    for (const secret of [IBAN_BEFORE, IBAN_AFTER, '12345678', '87654321']) expect(text).not.toContain(secret);
  });

  it('compares values that are not objects as one row', () => {
    expect(lines(compare('a', 'b'))).toEqual(['(value) changed a -> b']);
    expect(lines(compare(null, {}))).toEqual(['(value) typeChanged null -> 0 fields']);
  });

  it('stays quick on thousands of array items and counts every move', () => {
    const items = Array.from({ length: 5_000 }, (_, n) => ({ id: `i${n}`, n }));
    const result = compare({ items }, { items: [...items].reverse() });
    expect(result.summary.moved).toBe(4_999);
    expect(result.rows).toHaveLength(5_001);
    expect(result.omittedRows).toBe(0);
  });

  it('lists at most the row limit and says how many rows it left out', () => {
    const before = { items: Array.from({ length: 25_000 }, (_, n) => n) };
    const result = compare(before, { items: [] });
    expect(result.rows.length + result.omittedRows).toBe(25_001);
    expect(result.omittedRows).toBeGreaterThan(0);
    expect(result.summary.removed).toBe(25_000);
  });
});

describe('compareValues on values too long for a cell', () => {
  it('carries the start of a long value and its whole length, so the page can say it is cut', () => {
    const long = `${'a'.repeat(MAX_CELL_TEXT - 1)}😀${'b'.repeat(1_000)}`;
    const [row] = compare({ note: 'short' }, { note: long }).rows;
    expect(row?.before).toEqual({ kind: 'string', text: 'short' });
    expect(row?.after?.wholeLength).toBe(MAX_CELL_TEXT + 1_000);
    // Cut after whole characters: the emoji that ends the shown part is not split in two.
    expect([...(row?.after?.text ?? '')]).toHaveLength(MAX_CELL_TEXT);
    expect(row?.after?.text?.endsWith('a😀')).toBe(true);
  });

  it('leaves a value of exactly the cell length whole, with no length beside it', () => {
    const [row] = compare({ note: 'x' }, { note: 'é'.repeat(MAX_CELL_TEXT) }).rows;
    expect(row?.after).toEqual({ kind: 'string', text: 'é'.repeat(MAX_CELL_TEXT) });
  });
});
