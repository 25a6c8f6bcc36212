import { ConsoleError } from '../../shared/contract/errors';
import type { BundleCase } from '../../shared/domain/bundleFormat';
import type { Operator } from '../../shared/domain/roles';
import type { LogQuery } from '../../shared/query/logQuery';
import type { LogSource } from '../../shared/query/logSource';
import { REDACTION_POLICY, redactionCounts, redactionPolicyHash } from '../redaction/redactionPolicy';
import { RedactionTally } from '../redaction/redactionTally';
import { ExportFile, type ExportTargetSpec } from './ExportFile';
import { ExportProgress } from './ExportProgress';
import { createBundleWriter } from './formats/createBundleWriter';
import { createCsvWriter, createNdjsonWriter, EXPORT_EXTENSIONS, type FormatWriter } from './formats/FormatWriter';
import { createLocalTimeFormatter } from './localTime';
import { planQueries, type PlannedQuery } from './planQueries';
import type { BundleSigner } from './signing/bundleKey';
import { writeQueryRecords } from './writeQueryRecords';

export type ExportFormat = keyof typeof EXPORT_EXTENSIONS;

/** What to export, where, and why. */
export interface ExportPlan {
  format: ExportFormat;
  queries: readonly LogQuery[];
  target: ExportTargetSpec;
  /** Why the operator exports; required, recorded in the journal and a bundle's custody record. */
  purpose: string;
  /** The operator's zone, for the CSV's local-time columns. */
  timeZone: string;
  /** Notes and stars carried into a bundle. */
  case?: BundleCase;
}

export interface ExportEnvironment {
  source: LogSource;
  operator: Operator;
  signal: AbortSignal;
  console: { name: string; version: string };
  /** The workstation's signer, asked for only when a bundle is written. */
  signer: () => Promise<BundleSigner>;
  progress: ExportProgress;
  now?: () => Date;
  /** Rows per page read from the source. */
  pageSize?: number;
}

export interface ExportOutcome {
  path: string;
  rows: number;
  totalRows: number;
  bytes: number;
  redactions: { rule: string; count: number }[];
  signerFingerprint: string | null;
}

/** Rows per page: large enough that paging costs little, small enough that two pages stay a few MB. */
export const DEFAULT_EXPORT_PAGE_SIZE = 5_000;

/** How many rows each query matches, counted before writing so progress can tell the time left. */
async function countEach(source: LogSource, queries: readonly PlannedQuery[], signal: AbortSignal): Promise<number[]> {
  const counts: number[] = [];
  for (const planned of queries) {
    const page = await source.search(planned.query, {
      signal,
      bulk: { pageSize: 1 },
      ...(planned.scopeClientIds ? { scopeClientIds: planned.scopeClientIds } : {}),
    });
    if (page.nextCursor) await source.releaseCursor(page.family, page.nextCursor).catch(() => undefined);
    counts.push(page.total.value);
  }
  return counts;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

async function openWriter(
  plan: ExportPlan,
  env: ExportEnvironment,
  file: ExportFile,
  queries: readonly PlannedQuery[],
  tally: RedactionTally,
  createdAt: Date,
): Promise<FormatWriter> {
  if (plan.format === 'csv') return createCsvWriter(file, queries, createLocalTimeFormatter(plan.timeZone));
  if (plan.format === 'ndjson') return createNdjsonWriter(file);
  const { operator } = env;
  return createBundleWriter(file, {
    createdAt,
    signer: await env.signer(),
    custody: {
      operator: { id: operator.id, name: operator.name, role: operator.role, scope: operator.scope },
      purpose: plan.purpose,
      exportedAt: createdAt.toISOString(),
      console: env.console,
      source: await env.source.describe(env.signal),
      redaction: { policyHash: redactionPolicyHash(), policy: REDACTION_POLICY },
    },
    case: plan.case,
    tally,
    directory: plan.target.directory,
    fileName: plan.target.fileName,
  });
}

function cancelled(progress: ExportProgress): ConsoleError {
  const { rowsWritten, totalRows } = progress.snapshot();
  const of = totalRows === null ? '' : ` of ${totalRows.toLocaleString('en')}`;
  return new ConsoleError(
    'CANCELLED',
    `Export cancelled after ${rowsWritten.toLocaleString('en')}${of} rows; nothing was kept.`,
  );
}

/**
 * Streams whatever the queries match from the source into one file: CSV, NDJSON or a signed bundle.
 * The operator's scope and the console's redaction apply as in every view. Written to a hidden
 * temporary file in the target folder and renamed only when complete; on cancel or any failure the
 * temporary file is removed and the error says why, so nothing half-written is ever left.
 */
export async function runExport(plan: ExportPlan, env: ExportEnvironment): Promise<ExportOutcome> {
  const now = env.now ?? (() => new Date());
  const createdAt = now();
  const queries = planQueries(plan.queries, env.operator, createdAt.getTime());
  if (plan.purpose.trim() === '') throw new ConsoleError('BAD_REQUEST', 'Say why you export (the purpose).', 'purpose');
  if (plan.format === 'csv') createLocalTimeFormatter(plan.timeZone);
  const file = await ExportFile.create(plan.target, EXPORT_EXTENSIONS[plan.format]);
  const tally = new RedactionTally();
  let writer: FormatWriter | null = null;
  try {
    const counts = await countEach(env.source, queries, env.signal);
    env.progress.setTotal(sum(counts));
    writer = await openWriter(plan, env, file, queries, tally, createdAt);
    let rows = 0;
    for (const [index, planned] of queries.entries()) {
      rows += await writeQueryRecords({
        source: env.source,
        planned,
        writer,
        signal: env.signal,
        pageSize: env.pageSize ?? DEFAULT_EXPORT_PAGE_SIZE,
        tally,
        progress: env.progress,
        counted: counts[index] ?? 0,
        // The count the reading itself sees wins: data may have changed since the first count.
        onCount: (count) => {
          counts[index] = count;
          env.progress.setTotal(sum(counts));
        },
        bytesWritten: () => file.position,
      });
      if (env.signal.aborted) throw cancelled(env.progress);
    }
    if (env.signal.aborted) throw cancelled(env.progress);
    const { signerFingerprint } = await writer.finish();
    await file.commit();
    return {
      path: file.path,
      rows,
      totalRows: sum(counts),
      bytes: file.position,
      redactions: redactionCounts(tally.byRule),
      signerFingerprint,
    };
  } catch (error) {
    await writer?.abort().catch(() => undefined);
    await file.discard();
    if (env.signal.aborted) throw cancelled(env.progress);
    throw error;
  }
}
