import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import type { OperationalLog } from '../../../../src/shared/domain/operationalLog';
import { generateDataset, type DatasetSummary } from '../../../../src/main/demoData/generateDataset';
import type { DatasetOptionsInput } from '../../../../src/main/demoData/datasetOptions';
import type { SeedDocument } from '../../../../src/main/demoData/seedDocument';
import { withReturnValue } from '../../../../scripts/seed/withReturnValue';

export interface MaterializedDataset {
  readonly documents: SeedDocument[];
  readonly operational: OperationalLog[];
  readonly activity: ClientActivity[];
  readonly summary: DatasetSummary;
}

/** Runs the generator to the end and keeps everything (fine for test-sized datasets). */
export function materialize(options: DatasetOptionsInput): MaterializedDataset {
  const documents: SeedDocument[] = [];
  let summary: DatasetSummary | undefined;
  for (const item of withReturnValue(generateDataset(options), (value) => (summary = value))) documents.push(item);
  if (!summary) throw new Error('generator did not finish');
  const operational: OperationalLog[] = [];
  const activity: ClientActivity[] = [];
  for (const item of documents) {
    if (item.family === 'operational') operational.push(item.doc);
    else activity.push(item.doc);
  }
  return { documents, operational, activity, summary };
}

/** The `small` preset's size. */
export const SMALL = { clients: 100, days: 14, seed: 7, endDate: '2026-11-30' } as const;
/** Big enough for rhythm statistics, small enough to generate in about a second. */
export const MEDIUM = { clients: 300, days: 28, seed: 11, endDate: '2026-10-31' } as const;

/** Every string inside a JSON value, with its dotted path. */
export function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

export function valueAt(doc: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined,
      doc,
    );
}
