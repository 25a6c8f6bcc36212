import type { ClientActivity } from '../../../shared/domain/clientActivity';
import { WITHDRAWAL_EVENT } from '../../../shared/domain/riskRules';
import { ActivityQuery } from '../../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../../shared/query/logSource';

/** Clients whose withdrawals one query asks for. */
const CLIENTS_PER_QUERY = 500;
/**
 * Withdrawals read per page: a busy client's withdrawals may run to many thousands, read as a bulk reader
 * (an export) reads, in big pages rather than a grid's.
 */
export const WITHDRAWALS_PER_PAGE = 5_000;
const HOUR_MS = 3_600_000;

const cursorOwner = (options: SearchOptions) => (options.operatorId ? { operatorId: options.operatorId } : {});

/** Each client's edit instants, oldest first. */
function editInstantsByClient(edits: readonly ClientActivity[]): Map<string, number[]> {
  const byClient = new Map<string, number[]>();
  for (const edit of edits) {
    const instants = byClient.get(edit.clientId) ?? [];
    instants.push(Date.parse(edit.createdAt));
    byClient.set(edit.clientId, instants);
  }
  for (const instants of byClient.values()) instants.sort((a, b) => a - b);
  return byClient;
}

/** The latest of `instants` (oldest first) strictly before `ms`. */
function latestBefore(instants: readonly number[], ms: number): number | undefined {
  let low = 0;
  let high = instants.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((instants[middle] ?? Infinity) < ms) low = middle + 1;
    else high = middle;
  }
  return instants[low - 1];
}

/**
 * The withdrawals an edit of `edits` may be paired with: for some edit of its client, the first withdrawal
 * after it and within `hours`. Every withdrawal over the edits' window is read, however many, so none is
 * missed; only those are kept, at most one per edit (and those logged at the same instant), so memory stays
 * bounded by the edits read. Withdrawals at one instant are kept or left together: the pairing orders them.
 */
export async function readWithdrawalsAfter(
  source: Pick<LogSource, 'search' | 'releaseCursor'>,
  edits: readonly ClientActivity[],
  hours: number,
  options: SearchOptions,
): Promise<ClientActivity[]> {
  const instantsOf = editInstantsByClient(edits);
  const clients = [...instantsOf.keys()].sort();
  const kept: ClientActivity[] = [];
  for (let start = 0; start < clients.length; start += CLIENTS_PER_QUERY) {
    const chunk = clients.slice(start, start + CLIENTS_PER_QUERY);
    const firsts = chunk.map((client) => instantsOf.get(client)?.[0] ?? Infinity);
    const lasts = chunk.map((client) => instantsOf.get(client)?.at(-1) ?? -Infinity);
    const query = ActivityQuery.parse({
      family: 'activity',
      filters: { clientId: chunk, eventName: [WITHDRAWAL_EVENT] },
      sort: { field: 'createdAt', direction: 'asc' },
      timeRange: {
        kind: 'absolute',
        from: new Date(firsts.reduce((a, b) => Math.min(a, b))).toISOString(),
        to: new Date(lasts.reduce((a, b) => Math.max(a, b)) + hours * HOUR_MS).toISOString(),
      },
    });
    // Per client, the instant of the withdrawal last read and the distinct instant read before it.
    const seen = new Map<string, { at: number; before: number }>();
    let cursor: string | undefined;
    try {
      do {
        const page = await source.search(
          { ...query, cursor },
          { ...options, bulk: { pageSize: WITHDRAWALS_PER_PAGE } },
        );
        if (page.family !== 'activity') throw new Error('An activity query answered with another family');
        for (const withdrawal of page.rows) {
          const ms = Date.parse(withdrawal.createdAt);
          const last = seen.get(withdrawal.clientId);
          const before = last?.at === ms ? last.before : (last?.at ?? -Infinity);
          seen.set(withdrawal.clientId, { at: ms, before });
          // The first withdrawal after an edit: none read between that edit and this one.
          const edit = latestBefore(instantsOf.get(withdrawal.clientId) ?? [], ms);
          if (edit !== undefined && edit >= before && ms - edit <= hours * HOUR_MS) kept.push(withdrawal);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    } finally {
      // Stopped part way (cancelled, failed): the cursor's point in time is closed now rather than left to expire.
      if (cursor) await source.releaseCursor('activity', cursor, cursorOwner(options)).catch(() => undefined);
    }
  }
  return kept;
}
