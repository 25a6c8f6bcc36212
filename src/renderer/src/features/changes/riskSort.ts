/**
 * How a ranked risk table is ordered: by its ranking (the rank column, first to last) or by another column
 * the officer chose, each row's key read by the column. Rows with no key (a manager the logs do not name)
 * go last either way, and rows with equal keys keep their ranking's order.
 */

/** What a sortable column holds: a count, an instant (ISO 8601) or a name. */
export type SortKind = 'number' | 'time' | 'text';

export type SortDirection = 'ascending' | 'descending';

export interface SortableColumn<Row> {
  name: string;
  kind: SortKind;
  key: (row: Row) => string | number | null;
}

export interface RiskSort {
  /** The column's name, as its header shows it. */
  column: string;
  direction: SortDirection;
}

/** The column that restores the ranking. */
export const RANK_COLUMN = 'Rank';

/** The ranking, first to last: how every ranked table opens. */
export const RANKED: RiskSort = { column: RANK_COLUMN, direction: 'ascending' };

const WORDS: Record<SortKind, Record<SortDirection, string>> = {
  number: { ascending: 'fewest first', descending: 'most first' },
  time: { ascending: 'oldest first', descending: 'newest first' },
  text: { ascending: 'A to Z', descending: 'Z to A' },
};

/** A column's first order when chosen: the most and the newest first, names A to Z, the ranking first to last. */
export const firstDirection = (column: string, kind: SortKind): SortDirection =>
  column !== RANK_COLUMN && kind !== 'text' ? 'descending' : 'ascending';

/** The order after the officer chooses `column`: the same column again turns its order round. */
export function nextSort(current: RiskSort, column: string, kind: SortKind): RiskSort {
  if (current.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: firstDirection(column, kind) };
}

/** How an order reads: "most first", "A to Z". */
export const sortWords = (kind: SortKind, direction: SortDirection): string => WORDS[kind][direction];

const text = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareKeys(kind: SortKind, a: string | number, b: string | number): number {
  if (kind === 'text') return text.compare(String(a), String(b));
  if (kind === 'time') return Date.parse(String(a)) - Date.parse(String(b));
  return Number(a) - Number(b);
}

/** `rows` (in their ranking's order) in the order `sort` asks for by `column`; a new array, the rows untouched. */
export function sortRows<Row>(rows: readonly Row[], column: SortableColumn<Row> | undefined, sort: RiskSort): Row[] {
  if (!column) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: column.key(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      return sign * compareKeys(column.kind, a.key, b.key) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The order a table shows, in words: "in rank order", "sorted by Clients, most first". */
export function orderWords(column: Pick<SortableColumn<never>, 'name' | 'kind'>, sort: RiskSort): string {
  if (column.name === RANK_COLUMN)
    return sort.direction === 'ascending' ? 'in rank order' : 'in rank order, last first';
  return `sorted by ${column.name}, ${sortWords(column.kind, sort.direction)}`;
}

/**
 * What a ranked table's caption says: how many rows it lists (`noun`: one and many) and in what order; when
 * the list is cut (`cut`), that a sort orders only the rows listed, not every one the logs hold.
 */
export function sortCaption(count: number, noun: readonly [string, string], order: string, cut: boolean): string {
  const shown = count.toLocaleString('en');
  const listed = `${shown} ${count === 1 ? noun[0] : noun[1]} listed, ${order}.`;
  return cut ? `${listed} A sort orders only the ${count === 1 ? 'one' : shown} listed here.` : listed;
}
