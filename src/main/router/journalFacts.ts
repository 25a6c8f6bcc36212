import type { JournalCall } from '../../shared/domain/journal';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How much an answer returned: rows of a page, suggestions or an export, buckets of facets or a histogram. */
export function answerSize(data: unknown): Pick<JournalCall, 'rows' | 'buckets'> {
  if (Array.isArray(data)) {
    const facets = data.filter((item): item is { buckets: unknown[] } => isRecord(item) && Array.isArray(item.buckets));
    if (facets.length > 0 && facets.length === data.length) {
      return { buckets: facets.reduce((sum, facet) => sum + facet.buckets.length, 0) };
    }
    return { rows: data.length };
  }
  if (isRecord(data) && Array.isArray(data.rows)) return { rows: data.rows.length };
  // An export answers once finished: the rows it wrote are what the operator took away.
  if (isRecord(data) && typeof data.rowsWritten === 'number') return { rows: data.rowsWritten };
  if (isRecord(data) && Array.isArray(data.buckets)) return { buckets: data.buckets.length };
  return {};
}

/** The clients a validated request names in its filters (directly or in its `query`), for "who looked at". */
export function namedClients(request: unknown): Pick<JournalCall, 'clientIds'> {
  const query = isRecord(request) && isRecord(request.query) ? request.query : request;
  const filters = isRecord(query) && isRecord(query.filters) ? query.filters : null;
  const ids = filters && Array.isArray(filters.clientId) ? filters.clientId : [];
  const clientIds = ids.filter((id): id is string => typeof id === 'string').slice(0, 20);
  return clientIds.length > 0 ? { clientIds } : {};
}
