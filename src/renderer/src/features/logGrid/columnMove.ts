/** Which way a column moves in the grid: one place to the left or to the right. */
export type MoveDirection = 'left' | 'right';

/**
 * A move of one column past the nearest shown column `direction`: `to` is where it lands in the grid's
 * order of every column (hidden ones too, as the grid's `moveColumns` counts), `place` its place among the
 * columns shown after the move (itself counted, shown or not), of `total`.
 */
export interface ColumnMove {
  to: number;
  place: number;
  total: number;
}

/**
 * The move of `colId` one shown column `direction` in `order` (every column, shown or not), passing any
 * hidden columns on the way: one press is one step the operator sees. Null when no shown column is that way.
 */
export function planColumnMove(
  order: readonly string[],
  shown: ReadonlySet<string>,
  colId: string,
  direction: MoveDirection,
): ColumnMove | null {
  const from = order.indexOf(colId);
  if (from < 0) return null;
  const step = direction === 'left' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < order.length && !shown.has(order[to] ?? '')) to += step;
  if (to < 0 || to >= order.length) return null;
  const moved = order.filter((id) => id !== colId);
  moved.splice(to, 0, colId);
  const counted = moved.filter((id) => id === colId || shown.has(id));
  return { to, place: counted.indexOf(colId) + 1, total: counted.length };
}

/**
 * What a screen reader hears after a move, counting the columns shown: "Action moved left: column 1 of 9."
 * A hidden column is placed among the shown ones as it would show.
 */
export function movedNote(name: string, direction: MoveDirection, move: ColumnMove, hidden = false): string {
  const place = `column ${move.place} of ${move.total}`;
  return hidden ? `${name} moved ${direction}, hidden: ${place} once shown.` : `${name} moved ${direction}: ${place}.`;
}
