import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { searchClusterJournal } from '../../../../src/main/journal/searchClusterJournal';
import type { ElasticsearchAdapter } from '../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';

/** Records the query the journal index is asked, and answers that nothing matched. */
function recordingAdapter() {
  const asked: estypes.SearchRequest[] = [];
  const adapter = {
    search(request: estypes.SearchRequest) {
      asked.push(request);
      return Promise.resolve({ hits: { total: { value: 0, relation: 'eq' }, hits: [] } });
    },
  };
  return { asked, adapter: adapter as unknown as ElasticsearchAdapter };
}

const rangeOf = (request: estypes.SearchRequest | undefined) => {
  const filter = request?.query?.bool?.filter;
  return (Array.isArray(filter) ? filter : [filter]).find((clause) => clause?.range)?.range;
};

describe('searchClusterJournal', () => {
  it.each([
    [
      'bounds given in other zones',
      { from: '2026-10-01T02:00:00.5+02:00', to: '2026-09-30T21:00:01-04:00' },
      { gte: '2026-10-01T00:00:00.500Z', lte: '2026-10-01T01:00:01.000Z' },
    ],
    [
      'bounds given in UTC without their milliseconds',
      { from: '2026-10-01T00:00:00Z', to: '2026-10-01T00:00:00.5Z' },
      { gte: '2026-10-01T00:00:00.000Z', lte: '2026-10-01T00:00:00.500Z' },
    ],
    ['an open start', { to: '2026-10-01T00:00:00+00:00' }, { lte: '2026-10-01T00:00:00.000Z' }],
  ])('asks the cluster for %s as UTC instants', async (_, period, range) => {
    const { asked, adapter } = recordingAdapter();
    await searchClusterJournal(adapter, JournalSearchRequest.parse(period));
    expect(rangeOf(asked[0])).toEqual({ at: range });
  });

  it('asks for no range where the period is open at both ends', async () => {
    const { asked, adapter } = recordingAdapter();
    await searchClusterJournal(adapter, JournalSearchRequest.parse({ operator: 'ann' }));
    expect(rangeOf(asked[0])).toBeUndefined();
  });
});
