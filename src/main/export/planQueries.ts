import type { Operator } from '../../shared/domain/roles';
import type { LogFamily, LogQuery } from '../../shared/query/logQuery';
import { freezeTimeRange } from '../../shared/query/freezeTimeRange';
import { scopeOptions } from '../services/scopeOptions';

/** One query as an export runs it. */
export interface PlannedQuery {
  number: number;
  family: LogFamily;
  /** As the operator asked for it. */
  requested: LogQuery;
  /** As run: a relative time range fixed to absolute UTC instants, no cursor. */
  query: LogQuery;
  /** The operator's clients when scoped, null otherwise. */
  scopeClientIds: readonly string[] | null;
}

/**
 * The queries an export will run, with the operator's scope: a scoped operator naming a client outside
 * the scope is refused here, before anything is read or written.
 */
export function planQueries(queries: readonly LogQuery[], operator: Operator, nowMs: number): PlannedQuery[] {
  return queries.map((requested, index) => {
    const scope = scopeOptions(operator, new AbortController().signal, requested.filters.clientId);
    return {
      number: index + 1,
      family: requested.family,
      requested,
      query: freezeTimeRange(requested, nowMs),
      scopeClientIds: scope.scopeClientIds ?? null,
    };
  });
}
