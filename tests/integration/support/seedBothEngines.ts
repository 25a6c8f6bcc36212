import { expect } from 'vitest';
import { openDevClusterSource } from '../../../scripts/dev/devConnection';
import {
  createElasticsearchClient,
  type ElasticsearchConnection,
} from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ElasticsearchLogSource } from '../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { indexTemplate, type IndexPatterns } from '../../../src/main/sources/elasticsearch/indexTemplates';
import { EmbeddedLogSource } from '../../../src/main/sources/embedded/EmbeddedLogSource';
import type { LogDocument } from '../../../src/main/sources/embedded/loadDocuments';
import type { LogFamily } from '../../../src/shared/query/logQuery';

/** One family's index under its pattern and what it holds; with no documents it is created empty. */
export interface SeededIndex {
  readonly index: string;
  readonly documents: readonly LogDocument[];
}

export interface SeedOptions {
  readonly patterns: IndexPatterns;
  /** The families to seed, each into one index made afresh under the console's template for its pattern. */
  readonly indices: Partial<Record<LogFamily, SeededIndex>>;
  /** The clock both engines resolve relative time ranges against; the system clock when left out. */
  readonly now?: () => number;
}

export interface BothEngines {
  readonly cluster: ElasticsearchLogSource;
  readonly embedded: EmbeddedLogSource;
}

/** The same documents on the test cluster and in an embedded store, each opened as the console opens it. */
export async function seedBothEngines(
  connection: ElasticsearchConnection,
  { patterns, indices, now }: SeedOptions,
): Promise<BothEngines> {
  const families = Object.entries(indices) as [LogFamily, SeededIndex][];
  const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
  try {
    await client.indices.delete({ index: families.map(([, { index }]) => index) }, { ignore: [404] });
    for (const [family, { index, documents }] of families) {
      await client.indices.putIndexTemplate(indexTemplate(family, patterns[family]));
      if (documents.length === 0) {
        await client.indices.create({ index });
        continue;
      }
      await client.bulk({
        refresh: true,
        operations: documents.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, doc]),
      });
      expect((await client.count({ index })).count).toBe(documents.length);
    }
  } finally {
    await client.close();
  }
  const clock = now === undefined ? {} : { now };
  const cluster = (await openDevClusterSource(connection, { indexPatterns: patterns }, clock)).source;
  const embedded = await EmbeddedLogSource.fromDocuments(
    families.flatMap(([, { documents }]) => documents),
    clock,
  );
  return { cluster, embedded };
}
