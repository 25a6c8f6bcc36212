/** Which way a column moves in the grid: one place to the left or to the right. */
export type MoveDirection = 'left' | 'right';

/** Where a column lands, moved one place `direction` in `order` (every column, shown or not), or null at that end. */
export function movedIndex(order: readonly string[], colId: string, direction: MoveDirection): number | null {
  const from = order.indexOf(colId);
  if (from < 0) return null;
  const to = direction === 'left' ? from - 1 : from + 1;
  return to < 0 || to >= order.length ? null : to;
}

/** What a screen reader hears after a move: "Action moved left: column 1 of 15." */
export const movedNote = (name: string, direction: MoveDirection, to: number, total: number): string =>
  `${name} moved ${direction}: column ${to + 1} of ${total}.`;
