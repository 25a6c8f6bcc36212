import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureElasticsearch } from '../elasticsearch/connection';
import { DEFAULT_INDEX_PATTERNS } from '../../src/shared/domain/fieldMapping';
import { createElasticsearchClient } from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import { installIndexTemplates } from './installIndexTemplates';
import { resolveDatasetOptions, type DatasetOptionsInput } from '../../src/main/demoData/datasetOptions';
import { deleteIndices } from './deleteIndices';
import { generateDataset, summarizeDataset, type DatasetSummary } from '../../src/main/demoData/generateDataset';
import { loadDataset } from './loadDataset';
import { datasetFingerprint, writeSeedMarker } from './seedMarker';
import { isSizePreset, SIZE_PRESETS } from './sizePresets';
import { countIndexed } from './verifyIndexedCounts';
import { withReturnValue } from './withReturnValue';

const USAGE = `Usage: npm run seed -- [options]

  --preset small|medium|large|1m   dataset size (default small); --clients/--days override it
  --clients N --days D             clients, and days of history ending on --end-date
  --seed S                         same seed, same documents (default 1)
  --end-date YYYY-MM-DD            last day covered, UTC (default today)
  --inject-violations              plant known privacy violations; their manifest goes to --manifest
  --manifest FILE                  default .local/seed-violations.json
  --index-prefix P                 load into P + the default patterns (e.g. dev- => dev-crm-operational-logs-*)
  --operational-pattern X --activity-pattern Y   exact index patterns instead
  --replace                        delete existing indices of the patterns first
  --dry-run                        generate and count only, no cluster
  --batch-docs N --concurrency N   bulk tuning (default 5000 docs, 3 in flight)

Uses ES_URL (with ES_USERNAME/ES_PASSWORD or ES_API_KEY) when set, else starts or reuses the local node.`;

class UsageError extends Error {}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new UsageError(`--${name} must be a positive integer, got "${value}"`);
  return parsed;
}

function parse(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      preset: { type: 'string' },
      clients: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      'end-date': { type: 'string' },
      'inject-violations': { type: 'boolean' },
      manifest: { type: 'string' },
      'index-prefix': { type: 'string' },
      'operational-pattern': { type: 'string' },
      'activity-pattern': { type: 'string' },
      replace: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'batch-docs': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const presetName = values.preset ?? 'small';
  if (!isSizePreset(presetName)) throw new UsageError(`Unknown --preset "${presetName}" (small, medium, large, 1m)`);
  const preset = SIZE_PRESETS[presetName];
  const dataset: DatasetOptionsInput = {
    clients: positiveInt('clients', values.clients) ?? preset.clients,
    days: positiveInt('days', values.days) ?? preset.days,
    seed: values.seed ?? 1,
    injectViolations: values['inject-violations'] ?? false,
    ...(values['end-date'] ? { endDate: values['end-date'] } : {}),
  };
  const prefix = values['index-prefix'] ?? '';
  const patterns: IndexPatterns = {
    operational: values['operational-pattern'] ?? `${prefix}${DEFAULT_INDEX_PATTERNS.operational}`,
    activity: values['activity-pattern'] ?? `${prefix}${DEFAULT_INDEX_PATTERNS.activity}`,
  };
  return {
    help: values.help ?? false,
    dataset,
    patterns,
    replace: values.replace ?? false,
    dryRun: values['dry-run'] ?? false,
    manifest: resolve(values.manifest ?? '.local/seed-violations.json'),
    batchDocs: positiveInt('batch-docs', values['batch-docs']),
    concurrency: positiveInt('concurrency', values.concurrency),
  };
}

const number = (value: number) => value.toLocaleString('en-US');

function describe(summary: DatasetSummary): string {
  const { counts } = summary;
  return `${number(counts.operational + counts.activity)} documents (operational ${number(counts.operational)}, activity ${number(counts.activity)})`;
}

function writeManifest(file: string, summary: DatasetSummary): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ options: summary.options, violations: summary.violations }, null, 2)}\n`);
  console.log(`Planted ${summary.violations.length} privacy violations; manifest: ${file}`);
}

/** `npm run seed`: generates a dataset and bulk-loads it; returns the process exit code. */
export async function seedCommand(args: string[]): Promise<number> {
  let request: ReturnType<typeof parse>;
  try {
    request = parse(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (request.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const options = resolveDatasetOptions(request.dataset);
    const { patterns } = request;
    console.log(
      `Dataset: ${number(options.clients)} clients × ${options.days} days ending ${options.endDate}, seed ${options.seed}` +
        `${options.injectViolations ? ', with planted violations' : ''}`,
    );
    if (request.dryRun) {
      const summary = summarizeDataset(request.dataset);
      console.log(`Would load ${describe(summary)}`);
      if (options.injectViolations) writeManifest(request.manifest, summary);
      return 0;
    }
    const connection = await ensureElasticsearch({ log: (line) => console.log(line) });
    const client = createElasticsearchClient({ ...connection, requestTimeoutMs: 120_000 });
    try {
      const existing = await countIndexed(client, patterns);
      if (existing.operational + existing.activity > 0) {
        if (!request.replace) {
          console.error(
            `${patterns.operational} / ${patterns.activity} already hold ${number(existing.operational + existing.activity)} documents. ` +
              'Pass --replace to delete those indices first, or --index-prefix to load elsewhere.',
          );
          return 1;
        }
        const deleted = await deleteIndices(client, patterns);
        console.log(`Deleted ${deleted.length} indices: ${deleted.join(', ')}`);
      }
      await installIndexTemplates(client, patterns);
      console.log(`Loading into ${patterns.operational} and ${patterns.activity} on ${connection.url} ...`);
      let summary: DatasetSummary | undefined;
      let lastReport = 0;
      const result = await loadDataset(
        client,
        withReturnValue(generateDataset(request.dataset), (value) => (summary = value)),
        {
          patterns,
          ...(request.batchDocs ? { batchDocs: request.batchDocs } : {}),
          ...(request.concurrency ? { concurrency: request.concurrency } : {}),
          onProgress: (progress) => {
            if (progress.elapsedMs - lastReport < 5_000) return;
            lastReport = progress.elapsedMs;
            console.log(
              `  ${number(progress.indexed)} documents, ${number(Math.round(progress.docsPerSecond))} docs/s`,
            );
          },
        },
      );
      if (!summary) throw new Error('The dataset generator stopped before its end');
      await writeSeedMarker(client, patterns, {
        fingerprint: datasetFingerprint(request.dataset),
        counts: result.indexed,
      });
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      console.log(
        `Loaded ${describe(summary)} into ${result.indices.length} indices in ${(result.elapsedMs / 1000).toFixed(1)} s: ` +
          `${number(Math.round(result.docsPerSecond))} docs/s, ${number(Math.round(result.bytes / 1024 / 1024))} MiB sent, ` +
          `${number(result.retriedItems)} items retried, peak RSS ${peakRssMb} MiB. Counts verified.`,
      );
      if (options.injectViolations) writeManifest(request.manifest, summary);
      return 0;
    } finally {
      await client.close();
    }
  } catch (error) {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
