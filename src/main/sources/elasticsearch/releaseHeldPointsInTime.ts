import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { releasePointInTime } from './fetchLogPage';
import type { PointInTimeRegistry } from './PointInTimeRegistry';

/** How long closing waits for the cluster to release the points-in-time still held. */
const PIT_RELEASE_GRACE_MS = 2_000;

/**
 * Releases the points-in-time still held, waiting at most `PIT_RELEASE_GRACE_MS` for a cluster that
 * does not answer (they expire there by themselves).
 */
export async function releaseHeldPointsInTime(adapter: ElasticsearchAdapter, pits: PointInTimeRegistry): Promise<void> {
  const grace = AbortSignal.timeout(PIT_RELEASE_GRACE_MS);
  await Promise.all(pits.takeAll().map((pit) => releasePointInTime(adapter, pit, grace)));
}
