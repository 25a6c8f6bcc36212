import { z } from 'zod';

const DAY_MS = 86_400_000;

/** What a dataset is made of; the same options always give the same documents. */
export const DatasetOptions = z.object({
  clients: z.number().int().min(1).max(1_000_000),
  days: z.number().int().min(1).max(3_650),
  seed: z.union([z.string().min(1), z.number()]),
  /** Last UTC day covered (`YYYY-MM-DD`, or a timestamp whose UTC date is taken); default today. */
  endDate: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  /** Plant known privacy violations and report them (for redaction tests). */
  injectViolations: z.boolean().default(false),
});
export type DatasetOptions = z.infer<typeof DatasetOptions>;
export type DatasetOptionsInput = z.input<typeof DatasetOptions>;

export interface ResolvedDatasetOptions {
  readonly clients: number;
  readonly days: number;
  readonly seed: string;
  /** `YYYY-MM-DD` of the last day covered. */
  readonly endDate: string;
  readonly injectViolations: boolean;
  /** First millisecond covered (inclusive) and the end (exclusive), UTC midnights. */
  readonly startMs: number;
  readonly endMs: number;
}

export function resolveDatasetOptions(input: DatasetOptionsInput, now: Date = new Date()): ResolvedDatasetOptions {
  const options = DatasetOptions.parse(input);
  const endDate = (options.endDate ?? now.toISOString()).slice(0, 10);
  const endMs = Date.parse(`${endDate}T00:00:00.000Z`) + DAY_MS;
  return {
    clients: options.clients,
    days: options.days,
    seed: String(options.seed),
    endDate,
    injectViolations: options.injectViolations,
    startMs: endMs - options.days * DAY_MS,
    endMs,
  };
}
