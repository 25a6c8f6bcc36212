import type { estypes } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import type { PartialResult } from '../../../shared/query/logSource';

/** Shards that failed to answer, with their reasons in words; null when every shard answered. */
export function readPartialResult(shards: estypes.ShardStatistics | undefined): PartialResult | null {
  if (!shards || shards.failed <= 0) return null;
  const reasons = (shards.failures ?? []).map((failure) => {
    const where = failure.index ?? failure._index ?? 'index';
    const shard = failure.shard ?? failure._shard;
    const cause = failure.reason.reason ?? failure.reason.type;
    return `${where}${shard === undefined ? '' : `[${shard}]`}: ${cause}`;
  });
  return { failedShards: shards.failed, reasons: [...new Set(reasons)] };
}

/** True when shards failed only because the point-in-time expired on them. */
export function failedForExpiredPointInTime(shards: estypes.ShardStatistics | undefined): boolean {
  const failures = shards?.failures ?? [];
  return failures.length > 0 && failures.every((failure) => failure.reason.type === 'search_context_missing_exception');
}

/** Aggregations have no way to say they are partial, so a partial answer is refused rather than shown. */
export function assertComplete(shards: estypes.ShardStatistics | undefined): void {
  const partial = readPartialResult(shards);
  if (!partial) return;
  throw new ConsoleError(
    'UNAVAILABLE',
    `${partial.failedShards} of ${shards?.total ?? '?'} shards failed to answer, so the counts would be incomplete: ${partial.reasons.join('; ')}`,
  );
}
