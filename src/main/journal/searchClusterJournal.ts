import type { estypes } from '@elastic/elasticsearch';
import { JournalEntry, type JournalSearchRequest } from '../../shared/contract/journalChannels';
import { JOURNAL_INDEX } from '../../shared/domain/journal';
import { resolvePeriod } from '../../shared/query/timeRange';
import type { ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';

function filtersOf(filters: JournalSearchRequest): estypes.QueryDslQueryContainer[] {
  const clauses: estypes.QueryDslQueryContainer[] = [{ term: { kind: 'call' } }];
  if (filters.operator) {
    const who = filters.operator;
    clauses.push({ bool: { should: [{ term: { operatorId: who } }, { term: { operatorName: who } }] } });
  }
  if (filters.channel) clauses.push({ term: { channel: filters.channel } });
  if (filters.clientId) clauses.push({ term: { clientIds: filters.clientId } });
  if (filters.outcome) clauses.push({ term: { outcome: filters.outcome } });
  // The bounds go as UTC instants: what is compared is the instant, whatever offset each was written with.
  const { fromMs, toMs } = resolvePeriod(filters);
  if (fromMs !== undefined || toMs !== undefined) {
    const utc = (ms: number) => new Date(ms).toISOString();
    clauses.push({
      range: {
        at: {
          ...(fromMs === undefined ? {} : { gte: utc(fromMs) }),
          ...(toMs === undefined ? {} : { lte: utc(toMs) }),
        },
      },
    });
  }
  return clauses;
}

/** A document of the journal index as a reader sees it; one that does not have a line's shape is left out. */
function entryOf(source: unknown): JournalEntry | null {
  if (typeof source !== 'object' || source === null) return null;
  const line = source as Record<string, unknown>;
  const parsed = JournalEntry.safeParse({
    ...line,
    code: line.code ?? null,
    rows: line.rows ?? null,
    buckets: line.buckets ?? null,
    clientIds: line.clientIds ?? [],
    request: typeof line.request === 'string' ? line.request : null,
  });
  return parsed.success ? parsed.data : null;
}

/** The newest matching calls in the cluster's journal index, newest first, read with the operator's credentials. */
export async function searchClusterJournal(
  adapter: ElasticsearchAdapter,
  filters: JournalSearchRequest,
  signal?: AbortSignal,
): Promise<{ entries: JournalEntry[]; truncated: boolean }> {
  const response = await adapter.search(
    {
      index: JOURNAL_INDEX,
      ignore_unavailable: true,
      allow_no_indices: true,
      query: { bool: { filter: filtersOf(filters) } },
      sort: [{ at: { order: 'desc' } }, { seq: { order: 'desc' } }],
      size: filters.limit,
      track_total_hits: filters.limit + 1,
    },
    JOURNAL_INDEX,
    signal,
  );
  const entries = response.hits.hits.flatMap((hit) => {
    const entry = entryOf(hit._source);
    return entry ? [entry] : [];
  });
  const total = response.hits.total;
  const count = typeof total === 'number' ? total : (total?.value ?? entries.length);
  return { entries, truncated: count > entries.length };
}
