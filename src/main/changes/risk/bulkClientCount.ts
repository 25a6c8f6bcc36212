import type { ActivityQuery } from '../../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../../shared/query/logSource';

/**
 * How many distinct clients the events a bulk operation's query matches name. A producer that retried a
 * member logs that client twice, and the operation still changed them once, as its change set counts them.
 * Counted by the source: exactly on the embedded store; on the cluster exactly up to
 * DISTINCT_COUNT_PRECISION (40,000) clients and estimated beyond. The Risk page keeps operations from 100
 * clients by default, far below that; an operation past 40,000 clients is counted, ranked and kept (when an
 * operator asks for that many) by the cluster's estimate.
 */
export function bulkClientCount(source: LogSource, query: ActivityQuery, options: SearchOptions): Promise<number> {
  return source.distinctCount(query, 'clientId', options);
}
