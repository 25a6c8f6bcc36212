import type { Client } from '@elastic/elasticsearch';
import type { IndexPatterns } from '../../src/main/sources/elasticsearch/indexTemplates';
import { ensureSeededDataset } from '../seed/ensureSeededDataset';
import type { FamilyCounts } from '../../src/main/demoData/seedDocument';
import { SIZE_PRESETS } from '../seed/sizePresets';

/** Benchmarks read their own indices, so dev data and test fixtures never skew (or lose) them. */
export const BENCH_PATTERNS: IndexPatterns = {
  operational: 'bench-crm-operational-logs-*',
  activity: 'bench-crm-client-activity-*',
};

/** Fixed seed and end date: the same documents on every machine and every day, so runs compare. */
export const BENCH_DATASET = { ...SIZE_PRESETS['1m'], seed: 'audit-console-bench-1', endDate: '2025-06-30' } as const;

export interface BenchDataset {
  patterns: IndexPatterns;
  fingerprint: string;
  counts: FamilyCounts;
  /** First millisecond covered and the end (exclusive), UTC. */
  startMs: number;
  endMs: number;
  reused: boolean;
  loadSeconds: number | null;
}

/** The ~1M-document dataset, loaded once and reused while its fingerprint and counts match. */
export async function ensureBenchDataset(client: Client, log: (line: string) => void): Promise<BenchDataset> {
  log(`Checking the benchmark dataset (${BENCH_PATTERNS.operational}, ${BENCH_PATTERNS.activity}) ...`);
  let lastReport = 0;
  const seeded = await ensureSeededDataset(client, {
    patterns: BENCH_PATTERNS,
    dataset: BENCH_DATASET,
    load: {
      onProgress: (progress) => {
        if (progress.elapsedMs - lastReport < 15_000) return;
        lastReport = progress.elapsedMs;
        log(`  loaded ${progress.indexed.toLocaleString('en')} documents (${Math.round(progress.docsPerSecond)}/s)`);
      },
    },
  });
  const { counts } = seeded;
  const loadSeconds = seeded.load ? seeded.load.elapsedMs / 1000 : null;
  log(
    seeded.reused
      ? `Reusing the benchmark dataset: ${counts.operational.toLocaleString('en')} operational + ${counts.activity.toLocaleString('en')} activity documents.`
      : `Loaded the benchmark dataset in ${loadSeconds?.toFixed(0)} s: ${counts.operational.toLocaleString('en')} operational + ${counts.activity.toLocaleString('en')} activity documents.`,
  );
  return {
    patterns: BENCH_PATTERNS,
    fingerprint: seeded.fingerprint,
    counts,
    startMs: seeded.summary.options.startMs,
    endMs: seeded.summary.options.endMs,
    reused: seeded.reused,
    loadSeconds,
  };
}
