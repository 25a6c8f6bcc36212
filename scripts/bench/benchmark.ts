import type { Client } from '@elastic/elasticsearch';
import type { ElasticsearchConnection } from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { BenchDataset } from './ensureBenchDataset';

/** What every benchmark gets: the cluster, a raw client on it and the cached dataset. */
export interface BenchContext {
  connection: ElasticsearchConnection;
  client: Client;
  dataset: BenchDataset;
  log: (line: string) => void;
}

/**
 * A target a figure is held to: against its peer, at most `maxRatio` times the peer plus `plusMs`
 * (latency) or at least `minRatio` times the peer (throughput); or an absolute bound in the figure's
 * unit, `atMost` (latency, memory) or `atLeast` (throughput).
 */
export type Target =
  { maxRatio: number; plusMs?: number } | { minRatio: number } | { atMost: number } | { atLeast: number };

export interface Figure {
  name: string;
  /** Latencies in ms (lower is better), throughput in docs/s, rows/s or MB/s (higher is better), memory in MB. */
  unit: 'ms' | 'docs/s' | 'rows/s' | 'MB/s' | 'MB';
  /** The median of the runs (or the single run's value). */
  value: number;
  /** Spread of the runs, so a reader can judge the median. */
  p90?: number;
  runs?: number;
  /** The same work done another way, measured in the same run. */
  peer?: { name: string; value: number };
  target?: Target;
  note?: string;
}

export interface Benchmark {
  /** Short, stable id: results are compared across runs by it. */
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

/** Benchmarks run in the order registered; later issues add theirs with `registerBenchmark`. */
const registry: Benchmark[] = [];

export function registerBenchmark(benchmark: Benchmark): void {
  if (registry.some((existing) => existing.name === benchmark.name)) {
    throw new Error(`A benchmark named ${benchmark.name} is registered twice`);
  }
  registry.push(benchmark);
}

export function registeredBenchmarks(): readonly Benchmark[] {
  return registry;
}

/** Whether a figure meets its target against its peer; undefined when it has no target. */
export function meetsTarget(figure: Figure): boolean | undefined {
  if (figure.target && 'atLeast' in figure.target) return figure.value >= figure.target.atLeast;
  if (figure.target && 'atMost' in figure.target) return figure.value <= figure.target.atMost;
  if (!figure.target || !figure.peer) return undefined;
  if ('minRatio' in figure.target) return figure.value >= figure.peer.value * figure.target.minRatio;
  return figure.value <= figure.peer.value * figure.target.maxRatio + (figure.target.plusMs ?? 0);
}
