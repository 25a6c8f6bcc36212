import type { Client } from '@elastic/elasticsearch';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';

/**
 * Deletes the indices matching the patterns, by name: clusters refuse wildcard deletes by default
 * (`action.destructive_requires_name`), and naming them keeps the blast radius visible.
 */
export async function deleteIndices(client: Client, patterns: IndexPatterns): Promise<string[]> {
  const found = await client.indices.get({
    index: `${patterns.operational},${patterns.activity}`,
    expand_wildcards: 'all',
    allow_no_indices: true,
    ignore_unavailable: true,
    features: ['settings'],
  });
  const names = Object.keys(found).sort();
  if (names.length > 0) await client.indices.delete({ index: names.join(',') });
  return names;
}
