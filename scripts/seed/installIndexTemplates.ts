import type { Client } from '@elastic/elasticsearch';
import { DEFAULT_INDEX_PATTERNS } from '../../src/shared/domain/fieldMapping';
import {
  indexTemplate,
  type IndexPatterns,
  type IndexTemplateOptions,
} from '../../src/main/sources/elasticsearch/indexTemplates';

/**
 * A single dev/test node: one shard, no replica (one node could never place it), and a translog
 * fsynced every few seconds instead of on every bulk request, for fast loads.
 */
export const DEV_NODE_TEMPLATE_OPTIONS: IndexTemplateOptions = { shards: 1, replicas: 0, translogDurability: 'async' };

/** Installs (or replaces) the console's index templates of both families, with a dev node's settings. */
export async function installIndexTemplates(
  client: Client,
  patterns: IndexPatterns = DEFAULT_INDEX_PATTERNS,
  options: IndexTemplateOptions = {},
): Promise<void> {
  for (const family of ['operational', 'activity'] as const) {
    await client.indices.putIndexTemplate(
      indexTemplate(family, patterns[family], { ...DEV_NODE_TEMPLATE_OPTIONS, ...options }),
    );
  }
}
