import type { LogSource, SearchOptions } from '../../../shared/query/logSource';

/** Clients whose names one lookup asks for. */
const CLIENTS_PER_LOOKUP = 500;

/**
 * The rows, each with the name the operational logs give its client (null when none does), so a risk
 * view labels clients by name as the rest of the console does, its id beside it. An empty name is none.
 */
export async function withClientNames<T extends { clientId: string }>(
  source: Pick<LogSource, 'clientNames'>,
  rows: readonly T[],
  options: SearchOptions,
): Promise<(T & { clientName: string | null })[]> {
  const ids = [...new Set(rows.map((row) => row.clientId))].sort();
  const names = new Map<string, string | null>();
  for (let start = 0; start < ids.length; start += CLIENTS_PER_LOOKUP) {
    for (const { id, name } of await source.clientNames(ids.slice(start, start + CLIENTS_PER_LOOKUP), options))
      names.set(id, name);
  }
  return rows.map((row) => ({ ...row, clientName: names.get(row.clientId) || null }));
}
