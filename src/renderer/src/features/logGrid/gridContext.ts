/** What a grid's cells need beyond the row: the zone times are shown in, as it is when they draw. */
export interface GridContext {
  zone: () => string;
}

/** The zone a cell or header should show times in, read from the grid's context. */
export const zoneIn = (context: unknown): string => (context as GridContext | undefined)?.zone() ?? 'UTC';
