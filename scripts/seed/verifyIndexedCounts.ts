import type { Client } from '@elastic/elasticsearch';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import type { FamilyCounts } from '../../src/main/demoData/seedDocument';

/** Thrown when the cluster holds a different number of documents than were sent: nothing is lost silently. */
export class IndexedCountMismatchError extends Error {
  constructor(
    readonly expected: FamilyCounts,
    readonly actual: FamilyCounts,
    readonly patterns: IndexPatterns,
  ) {
    const gaps = (['operational', 'activity'] as const)
      .filter((family) => expected[family] !== actual[family])
      .map((family) => {
        const gap = expected[family] - actual[family];
        const what = gap > 0 ? `${gap} missing` : `${-gap} unexpected`;
        return `${family} (${patterns[family]}): expected ${expected[family]}, indexed ${actual[family]} — ${what}`;
      });
    super(`Indexed counts do not match the generated dataset: ${gaps.join('; ')}`);
    this.name = 'IndexedCountMismatchError';
  }
}

/** Documents per family currently searchable under the patterns (0 when no index exists yet). */
export async function countIndexed(client: Client, patterns: IndexPatterns): Promise<FamilyCounts> {
  const count = async (index: string) =>
    (await client.count({ index, ignore_unavailable: true, allow_no_indices: true })).count;
  return { operational: await count(patterns.operational), activity: await count(patterns.activity) };
}

export async function verifyIndexedCounts(
  client: Client,
  patterns: IndexPatterns,
  expected: FamilyCounts,
): Promise<FamilyCounts> {
  const actual = await countIndexed(client, patterns);
  if (actual.operational !== expected.operational || actual.activity !== expected.activity) {
    throw new IndexedCountMismatchError(expected, actual, patterns);
  }
  return actual;
}
