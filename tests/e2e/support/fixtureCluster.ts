import { Client, type estypes } from '@elastic/elasticsearch';
import { readLocalConnection } from '../../../scripts/elasticsearch/connection';
import { FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

/**
 * Reads the seeded fixture straight from the cluster, so an e2e test compares what the console shows
 * with what the cluster holds for the same filter.
 */
export class FixtureCluster {
  private readonly client: Client;

  constructor() {
    const local = readLocalConnection();
    if (!local) throw new Error('No local cluster recorded: the e2e global setup should have started one');
    this.client = new Client({
      node: local.url,
      ...(local.username ? { auth: { username: local.username, password: local.password ?? '' } } : {}),
    });
  }

  async count(filter: estypes.QueryDslQueryContainer[]): Promise<number> {
    const response = await this.client.count({
      index: FIXTURE_INDEX_PATTERNS.operational,
      query: { bool: { filter } },
    });
    return response.count;
  }

  /** Ids of the first `size` matches, newest first with the id breaking ties, as the console sorts. */
  async newestIds(filter: estypes.QueryDslQueryContainer[], size: number): Promise<string[]> {
    const response = await this.client.search<{ id: string }>({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size,
      query: { bool: { filter } },
      sort: [{ created: 'desc' }, { id: 'desc' }],
      _source: ['id'],
    });
    return response.hits.hits.map((hit) => hit._source?.id ?? '');
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
