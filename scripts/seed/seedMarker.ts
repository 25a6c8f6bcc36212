import { createHash } from 'node:crypto';
import type { Client } from '@elastic/elasticsearch';
import {
  indexTemplate,
  INDEX_TEMPLATE_VERSION,
  type IndexPatterns,
} from '../../src/main/sources/elasticsearch/indexTemplates';
import type { DatasetOptionsInput } from '../../src/main/demoData/datasetOptions';
import { resolveDatasetOptions } from '../../src/main/demoData/datasetOptions';
import { generateDataset, GENERATOR_VERSION } from '../../src/main/demoData/generateDataset';
import type { FamilyCounts } from '../../src/main/demoData/seedDocument';

/** What a load leaves in its indices' mapping `_meta`, so a later run can tell the data is current. */
export interface SeedMarker {
  readonly fingerprint: string;
  readonly counts: FamilyCounts;
}

/** Documents of the stream's beginning folded into the fingerprint: catches generator changes cheaply. */
const DIGESTED_DOCUMENTS = 20_000;

/**
 * Identifies a dataset: generator and template versions, the templates' mappings and settings, the
 * resolved options, and a digest of the first documents (a forgotten version bump still changes it in
 * nearly every case).
 */
export function datasetFingerprint(input: DatasetOptionsInput): string {
  const options = resolveDatasetOptions(input);
  const hash = createHash('sha256');
  // The templates' mappings and settings themselves, so any change to them reloads the data.
  const templates = (['operational', 'activity'] as const).map(
    (family) => indexTemplate(family, 'fingerprint-*').template,
  );
  hash.update(JSON.stringify({ generator: GENERATOR_VERSION, templates: INDEX_TEMPLATE_VERSION, options }));
  hash.update(JSON.stringify(templates));
  let seen = 0;
  for (const item of generateDataset(input)) {
    hash.update(JSON.stringify(item.doc));
    if (++seen >= DIGESTED_DOCUMENTS) break;
  }
  return hash.digest('hex').slice(0, 32);
}

/** The marker every index of both patterns agrees on, or undefined (missing, partial or mixed data). */
export async function readSeedMarker(client: Client, patterns: IndexPatterns): Promise<SeedMarker | undefined> {
  const markers = new Set<string>();
  let indices = 0;
  for (const pattern of [patterns.operational, patterns.activity]) {
    const mappings = await client.indices.getMapping({
      index: pattern,
      allow_no_indices: true,
      ignore_unavailable: true,
    });
    for (const entry of Object.values(mappings)) {
      indices++;
      const meta = entry.mappings._meta;
      markers.add(JSON.stringify({ fingerprint: meta?.seedFingerprint, counts: meta?.seedCounts }));
    }
  }
  if (indices === 0 || markers.size !== 1) return undefined;
  const [only] = markers;
  const parsed = JSON.parse(only ?? '{}') as { fingerprint?: string; counts?: FamilyCounts };
  return parsed.fingerprint && parsed.counts ? { fingerprint: parsed.fingerprint, counts: parsed.counts } : undefined;
}

export async function writeSeedMarker(client: Client, patterns: IndexPatterns, marker: SeedMarker): Promise<void> {
  await client.indices.putMapping({
    index: `${patterns.operational},${patterns.activity}`,
    _meta: { seedFingerprint: marker.fingerprint, seedCounts: marker.counts },
  });
}
