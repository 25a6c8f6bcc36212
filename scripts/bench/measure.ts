export interface Measurement {
  p50: number;
  p90: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * Runs behind a figure held against a target: a p50 of 30 moved by a tenth from one run to the next on two
 * cores shared with the node, more than the distance to some targets.
 */
export const TARGET_RUNS = 100;

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

/**
 * Times `timed` after `warmup` untimed calls; `cleanup` runs after each call, outside the timing (e.g.
 * releasing a result set so runs do not pile state up on the cluster).
 */
export async function measure<T>(
  timed: () => Promise<T>,
  options: MeasureOptions & { cleanup?: (value: T) => Promise<void> } = {},
): Promise<Measurement> {
  const warmup = options.warmup ?? 5;
  const runs = options.runs ?? 30;
  const samples: number[] = [];
  for (let index = 0; index < warmup + runs; index += 1) {
    const started = performance.now();
    const value = await timed();
    const elapsed = performance.now() - started;
    if (index >= warmup) samples.push(elapsed);
    await options.cleanup?.(value);
  }
  return summarize(samples);
}

export function summarize(samples: readonly number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  return { p50: at(0.5), p90: at(0.9), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** Alternates two measurements run by run, so drift on a shared machine hits both alike. */
export async function measurePair<A, B>(
  first: () => Promise<A>,
  second: () => Promise<B>,
  options: MeasureOptions & {
    cleanupFirst?: (value: A) => Promise<void>;
    cleanupSecond?: (value: B) => Promise<void>;
  } = {},
): Promise<[Measurement, Measurement]> {
  const warmup = options.warmup ?? 5;
  const runs = options.runs ?? 30;
  const a: number[] = [];
  const b: number[] = [];
  for (let index = 0; index < warmup + runs; index += 1) {
    let started = performance.now();
    const valueA = await first();
    const elapsedA = performance.now() - started;
    await options.cleanupFirst?.(valueA);
    started = performance.now();
    const valueB = await second();
    const elapsedB = performance.now() - started;
    await options.cleanupSecond?.(valueB);
    if (index >= warmup) {
      a.push(elapsedA);
      b.push(elapsedB);
    }
  }
  return [summarize(a), summarize(b)];
}
