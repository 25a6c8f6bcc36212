import type { Client } from '@elastic/elasticsearch';
import type { IndexPatterns, IndexTemplateOptions } from '../../src/main/sources/elasticsearch/indexTemplates';
import { installIndexTemplates } from './installIndexTemplates';
import type { DatasetOptionsInput } from '../../src/main/demoData/datasetOptions';
import { deleteIndices } from './deleteIndices';
import { generateDataset, summarizeDataset, type DatasetSummary } from '../../src/main/demoData/generateDataset';
import { loadDataset, type LoadOptions, type LoadResult } from './loadDataset';
import { datasetFingerprint, readSeedMarker, writeSeedMarker } from './seedMarker';
import type { FamilyCounts } from '../../src/main/demoData/seedDocument';
import { countIndexed } from './verifyIndexedCounts';
import { withReturnValue } from './withReturnValue';

export interface SeededDatasetRequest {
  readonly patterns: IndexPatterns;
  /** Give a fixed `endDate`: otherwise the dataset (and its fingerprint) changes every day. */
  readonly dataset: DatasetOptionsInput;
  readonly templates?: IndexTemplateOptions;
  readonly load?: Omit<LoadOptions, 'patterns'>;
}

export interface SeededDataset {
  readonly fingerprint: string;
  readonly counts: FamilyCounts;
  /** True when the indices already held exactly this dataset and nothing was loaded. */
  readonly reused: boolean;
  readonly summary: DatasetSummary;
  readonly load?: LoadResult;
}

/**
 * Makes the indices under `patterns` hold exactly the requested dataset: reuses them when their
 * marker and counts match, otherwise deletes them, installs the templates and loads afresh.
 */
export async function ensureSeededDataset(client: Client, request: SeededDatasetRequest): Promise<SeededDataset> {
  const fingerprint = datasetFingerprint(request.dataset);
  const marker = await readSeedMarker(client, request.patterns);
  if (marker?.fingerprint === fingerprint) {
    const counts = await countIndexed(client, request.patterns);
    if (counts.operational === marker.counts.operational && counts.activity === marker.counts.activity) {
      return { fingerprint, counts, reused: true, summary: summarizeDataset(request.dataset) };
    }
  }
  await deleteIndices(client, request.patterns);
  await installIndexTemplates(client, request.patterns, request.templates);
  const documents = generateDataset(request.dataset);
  let summary: DatasetSummary | undefined;
  const load = await loadDataset(
    client,
    withReturnValue(documents, (value) => (summary = value)),
    { ...request.load, patterns: request.patterns },
  );
  if (!summary) throw new Error('The dataset generator stopped before its end');
  await writeSeedMarker(client, request.patterns, { fingerprint, counts: load.indexed });
  return { fingerprint, counts: load.indexed, reused: false, summary, load };
}
