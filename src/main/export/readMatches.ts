import { ConsoleError } from '../../shared/contract/errors';
import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { OperationalLog } from '../../shared/domain/operationalLog';
import type { LogFamily, LogQuery } from '../../shared/query/logQuery';
import type { LogPage, LogSource, RecordProvenance } from '../../shared/query/logSource';
import { redactSecrets } from '../redaction/redactSecrets';
import type { RedactionRule, RedactionTally } from '../redaction/redactionTally';
import { afterThisTurn } from '../sources/afterThisTurn';

export type ExportRow = OperationalLog | ClientActivity;

/** One page of an export: rows already redacted, each with where it was read. */
export interface MatchBatch {
  family: LogFamily;
  rows: readonly ExportRow[];
  provenance: readonly RecordProvenance[];
}

export interface ReadMatchesOptions {
  signal: AbortSignal;
  /** The operator's clients when scoped; null when the operator sees every client. */
  scopeClientIds: readonly string[] | null;
  pageSize: number;
  /** Adds up what redaction removed, by rule. */
  tally: RedactionTally;
  /** Called once with the exact number of matches, before the first batch. */
  onTotal: (total: number) => void;
}

function clientOf(row: ExportRow): string | null {
  return 'clientId' in row ? row.clientId : (row.client?.id ?? null);
}

/**
 * Every row a query matches, page after page through the source's own cursor (a point-in-time with
 * search_after on the cluster, keyset paging in the embedded store), so memory holds two pages at most
 * however many rows match. The next page is asked for, and its request let out, before the current one
 * is redacted and handed out, so the source works while the caller writes. Rows are redacted here, and
 * a row outside the operator's scope stops the export: an export never holds what its operator could
 * not see.
 */
export async function* readMatches(
  source: LogSource,
  query: LogQuery,
  options: ReadMatchesOptions,
): AsyncGenerator<MatchBatch> {
  const first: LogQuery = { ...query, cursor: undefined };
  const searchOptions = {
    signal: options.signal,
    bulk: { pageSize: options.pageSize },
    ...(options.scopeClientIds ? { scopeClientIds: options.scopeClientIds } : {}),
  };
  const scope = options.scopeClientIds ? new Set(options.scopeClientIds) : null;
  let page: LogPage = await source.search(first, searchOptions);
  if (page.total.relation !== 'eq') {
    await releaseQuietly(source, page);
    throw new ConsoleError('UNAVAILABLE', 'The source could not count the matches exactly; nothing was exported.');
  }
  options.onTotal(page.total.value);
  let pending: Promise<LogPage> | null = null;
  try {
    for (;;) {
      assertComplete(page);
      pending = page.nextCursor ? source.search({ ...first, cursor: page.nextCursor }, searchOptions) : null;
      // A failure of the page asked for ahead is raised when it is awaited, not as an unhandled rejection.
      pending?.catch(() => undefined);
      // The request goes out on a later turn of the event loop: let it, before this page's redaction and
      // the caller's writing hold the thread, or the source would start on it only once they are done.
      if (pending) await afterThisTurn();
      yield batchOf(page, scope, options.tally);
      if (!pending) return;
      page = await pending;
      pending = null;
    }
  } finally {
    // Stopped early (cancel, failure): the page asked for ahead, or else the current one, holds the
    // cursor whose server-side state (a point-in-time) must be released now rather than expire.
    const ahead = pending ? await pending.catch(() => null) : null;
    await releaseQuietly(source, ahead?.nextCursor ? ahead : page);
  }
}

function batchOf(page: LogPage, scope: ReadonlySet<string> | null, tally: RedactionTally): MatchBatch {
  const provenance = page.provenance;
  if (!provenance || provenance.length !== page.rows.length) {
    throw new ConsoleError('INTERNAL', 'The source did not say where each row came from; nothing was exported.');
  }
  if (scope) {
    for (const row of page.rows) {
      const client = clientOf(row);
      if (client === null || !scope.has(client)) {
        throw new ConsoleError(
          'INTERNAL',
          `The source returned a record outside your scope (id ${row.id}); the export was stopped and nothing was kept.`,
        );
      }
    }
  }
  const redacted = redactSecrets<readonly ExportRow[]>(page.rows);
  // What the source left out as it read the rows (a profile edit's values), then what redaction removed.
  for (const counts of [page.redactions, redacted.tally.byRule]) {
    for (const [rule, count] of Object.entries(counts)) tally.add(rule as RedactionRule, count);
  }
  return { family: page.family, rows: redacted.value, provenance };
}

function assertComplete(page: LogPage): void {
  if (!page.partial) return;
  throw new ConsoleError(
    'UNAVAILABLE',
    `${page.partial.failedShards} shard(s) of the cluster did not answer (${page.partial.reasons[0] ?? 'no reason given'}); an export must be complete, so nothing was kept. Retry when the cluster is healthy.`,
  );
}

async function releaseQuietly(source: LogSource, page: LogPage | null): Promise<void> {
  if (!page?.nextCursor) return;
  await source.releaseCursor(page.family, page.nextCursor).catch(() => undefined);
}
