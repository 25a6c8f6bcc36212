import { USUAL_HOURS } from '../../shared/domain/riskRules';
import { ActivityQuery, type TimeRange } from '../../shared/query/logQuery';
import { FACET_SIZE } from '../../shared/query/logSource';
import { resolveTimeRange } from '../../shared/query/timeRange';
import { bulkClientCount } from '../changes/risk/bulkClientCount';
import { editsBeforeWithdrawal } from '../changes/risk/editsBeforeWithdrawal';
import { offHoursEdits } from '../changes/risk/offHoursEdits';
import { readNewestEdits } from '../changes/risk/readNewestEdits';
import { readWithdrawalsAfter } from '../changes/risk/readWithdrawalsAfter';
import { withClientNames } from '../changes/risk/withClientNames';
import type { Handlers } from '../router/createRouter';
import type { ActiveSource } from '../sources/ActiveSource';
import { scopeOptions } from './scopeOptions';

type RiskHandlers = Pick<Handlers, 'risk/editsBeforeWithdrawal' | 'risk/offHours' | 'risk/bulkOperations'>;

/** The most edits a risk view reads, the newest; beyond it the view says it left the oldest out. */
export const MAX_RISK_EDITS = 20_000;

export interface RiskServiceOptions {
  /** The most edits a risk view reads; tests lower it rather than log 20,000 edits. */
  maxEdits?: number;
}
const oldestFirst = { field: 'createdAt', direction: 'asc' } as const;

/** A time range as fixed instants, resolved once so every query of one report sees the same window. */
function fixedRange(range: TimeRange | undefined, nowMs: number): TimeRange | undefined {
  if (!range) return undefined;
  const { fromMs, toMs } = resolveTimeRange(range, nowMs);
  return {
    kind: 'absolute',
    ...(fromMs === undefined ? {} : { from: new Date(fromMs).toISOString() }),
    ...(toMs === undefined ? {} : { to: new Date(toMs).toISOString() }),
  };
}

/** Events carrying a bulk id (the facet on it counts no other), or those of the bulk operations `bulkIds`. */
const bulkMembers = (range: TimeRange | undefined, bulkIds?: string[]) =>
  ActivityQuery.parse({
    family: 'activity',
    filters: bulkIds ? { bulkId: bulkIds } : {},
    sort: oldestFirst,
    ...(range ? { timeRange: range } : {}),
  });

/**
 * The risk views, ranked: edits of financial or contact data shortly before the client's withdrawal,
 * edits outside the manager's usual hours, and bulk operations over many clients. Each is computed in
 * main from ordinary queries of the current source, so both engines give the same lists.
 */
export function createRiskService(
  dataSources: Pick<ActiveSource, 'current'>,
  now: () => number = Date.now,
  { maxEdits = MAX_RISK_EDITS }: RiskServiceOptions = {},
): RiskHandlers {
  return {
    'risk/editsBeforeWithdrawal': async ({ timeRange, hours, groups }, { operator, signal }) => {
      const source = await dataSources.current();
      const options = scopeOptions(operator, signal);
      const range = fixedRange(timeRange, now());
      const edits = await readNewestEdits(source, { range, filters: { sensitive: groups } }, options, maxEdits);
      const withdrawals = await readWithdrawalsAfter(source, edits.rows, hours, options);
      return {
        rows: await withClientNames(source, editsBeforeWithdrawal(edits.rows, withdrawals, groups, hours), options),
        edits: edits.rows.length,
        truncated: edits.truncated,
        hours,
      };
    },
    'risk/offHours': async ({ timeRange }, { operator, signal }) => {
      const source = await dataSources.current();
      const options = scopeOptions(operator, signal);
      const edits = await readNewestEdits(source, { range: fixedRange(timeRange, now()) }, options, maxEdits);
      const { rows, managers } = offHoursEdits(edits.rows);
      return {
        rows: await withClientNames(source, rows, options),
        managers,
        minimumEdits: USUAL_HOURS.minimumEdits,
        edits: edits.rows.length,
        truncated: edits.truncated,
      };
    },
    'risk/bulkOperations': async ({ timeRange, minClients }, { operator, signal }) => {
      const source = await dataSources.current();
      const options = scopeOptions(operator, signal);
      const range = fixedRange(timeRange, now());
      // An operation is every event its bulk id names, as its own page shows it: producers log members
      // as `create` or `update` too, and a scheduled job logs them as the system.
      const query = bulkMembers(range);
      const [facet] = await source.facets(query, ['bulkId'], options);
      // A bucket counts events: only operations with as many events may change as many clients.
      const large = (facet?.buckets ?? []).filter((bucket) => bucket.count >= minClients);
      const found = [];
      for (const bucket of large) {
        const clients = await bulkClientCount(source, bulkMembers(range, [bucket.value]), options);
        if (clients < minClients) continue;
        const page = await source.search(
          ActivityQuery.parse({
            family: 'activity',
            filters: { bulkId: [bucket.value] },
            sort: oldestFirst,
            pageSize: 10,
          }),
          options,
        );
        const first = page.family === 'activity' ? page.rows[0] : undefined;
        if (page.nextCursor) await source.releaseCursor('activity', page.nextCursor, { operatorId: operator.id });
        if (!first) continue;
        found.push({
          bulkId: bucket.value,
          clients,
          declaredSize: first.change?.bulkSize ?? null,
          actorId: first.actorId,
          actorName: first.actorName,
          startedAt: first.createdAt,
          changedFields: first.change?.changedFields ?? [],
        });
      }
      // Ranked by the clients changed, not by the events logged; the facet's order (a stable sort) breaks ties.
      const rows = found.sort((a, b) => b.clients - a.clients).map((row, index) => ({ rank: index + 1, ...row }));
      const full = (facet?.buckets.length ?? 0) >= FACET_SIZE && (facet?.otherCount ?? 0) > 0;
      return { rows, minClients, truncated: full && large.length === facet?.buckets.length };
    },
  };
}
