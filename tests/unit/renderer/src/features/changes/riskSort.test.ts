import { describe, expect, it } from 'vitest';
import {
  nextSort,
  orderWords,
  RANKED,
  sortCaption,
  sortRows,
  type SortableColumn,
} from '../../../../../../src/renderer/src/features/changes/riskSort';

interface Row {
  rank: number;
  name: string | null;
  clients: number;
  at: string;
}

const rows: Row[] = [
  { rank: 1, name: 'bob', clients: 300, at: '2024-03-01T10:00:00.000Z' },
  { rank: 2, name: null, clients: 5_000, at: '2024-03-01T09:00:00+02:00' },
  { rank: 3, name: 'Alice', clients: 300, at: '2024-03-02T00:00:00.000Z' },
  { rank: 4, name: 'client 10', clients: 120, at: '2024-02-28T23:59:59.000Z' },
  { rank: 5, name: 'client 9', clients: 120, at: '2024-03-01T08:00:00.000Z' },
];
const column = <K extends SortableColumn<Row>['kind']>(kind: K, key: (row: Row) => string | number | null) => ({
  name: 'X',
  kind,
  key,
});
const ranks = (sorted: Row[]) => sorted.map((row) => row.rank);

describe('sortRows', () => {
  it.each([
    ['count, most first', column('number', (row) => row.clients), 'descending', [2, 1, 3, 4, 5]],
    ['count, fewest first', column('number', (row) => row.clients), 'ascending', [4, 5, 1, 3, 2]],
    // 09:00+02:00 is 07:00 UTC: instants compare as instants, not as the text they are written in.
    ['instant, newest first', column('time', (row) => row.at), 'descending', [3, 1, 5, 2, 4]],
    ['instant, oldest first', column('time', (row) => row.at), 'ascending', [4, 2, 5, 1, 3]],
    // Names compare as a reader orders them: case aside, client 9 before client 10; no name last.
    ['name, A to Z', column('text', (row) => row.name), 'ascending', [3, 1, 5, 4, 2]],
    ['name, Z to A', column('text', (row) => row.name), 'descending', [4, 5, 1, 3, 2]],
  ] as const)('orders by %s, ties in their ranking, rows with no key last', (_, by, direction, expected) => {
    expect(ranks(sortRows(rows, by, { column: 'X', direction }))).toEqual(expected);
  });

  it('leaves the rows it was given as they were', () => {
    const given = [...rows];
    sortRows(
      given,
      column('number', (row) => row.clients),
      { column: 'X', direction: 'descending' },
    );
    expect(ranks(given)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('nextSort', () => {
  it.each([
    ['a count, first the most', RANKED, 'Clients', 'number', { column: 'Clients', direction: 'descending' }],
    ['an instant, first the newest', RANKED, 'Started', 'time', { column: 'Started', direction: 'descending' }],
    ['a name, first A to Z', RANKED, 'By', 'text', { column: 'By', direction: 'ascending' }],
    [
      'the same column again, turned round',
      { column: 'By', direction: 'ascending' },
      'By',
      'text',
      { column: 'By', direction: 'descending' },
    ],
    ['the rank column, the ranking', { column: 'By', direction: 'descending' }, 'Rank', 'number', RANKED],
    ['the rank column again, last first', RANKED, 'Rank', 'number', { column: 'Rank', direction: 'descending' }],
  ] as const)('chooses %s', (_, current, name, kind, expected) => {
    expect(nextSort(current, name, kind)).toEqual(expected);
  });
});

describe('the caption', () => {
  const edits = ['edit', 'edits'] as const;
  it.each([
    [3, edits, { name: 'Rank', kind: 'number' }, RANKED, false, '3 edits listed, in rank order.'],
    [
      1,
      ['operation', 'operations'],
      { name: 'Clients', kind: 'number' },
      { column: 'Clients', direction: 'descending' },
      false,
      '1 operation listed, sorted by Clients, most first.',
    ],
    [
      1_200,
      edits,
      { name: 'Edit', kind: 'time' },
      { column: 'Edit', direction: 'ascending' },
      true,
      '1,200 edits listed, sorted by Edit, oldest first. A sort orders only the 1,200 listed here.',
    ],
    [
      2,
      edits,
      { name: 'Rank', kind: 'number' },
      { column: 'Rank', direction: 'descending' },
      false,
      '2 edits listed, in rank order, last first.',
    ],
  ] as const)('of %i rows counts them and names their order', (count, noun, by, sort, cut, expected) => {
    expect(sortCaption(count, noun, orderWords(by, sort), cut)).toBe(expected);
  });
});
