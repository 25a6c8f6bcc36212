import { Client, type estypes } from '@elastic/elasticsearch';
import { readLocalConnection } from '../../../scripts/elasticsearch/connection';
import { FIXTURE_INDEX_PATTERNS } from '../../integration/support/fixtureDataset';

/** An activity event as the fixture stores it (the fields the tests read). */
export interface ActivityDocument {
  id: string;
  clientId: string;
  eventName: string;
  createdAt: string;
  actorId: string | null;
  actorName: string | null;
  metadata: Record<string, unknown>;
  change: {
    actionType: string;
    target: { type: string; id: string };
    changedFields: string[];
  } | null;
}

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

  /**
   * Ids of `size` matches after the first `offset`, newest first with the id breaking ties, read by
   * search_after so an offset past 10,000 is exact too.
   */
  async idsFrom(filter: estypes.QueryDslQueryContainer[], offset: number, size: number): Promise<string[]> {
    let after: estypes.SortResults | undefined;
    let left = offset;
    const ids: string[] = [];
    while (ids.length < size) {
      const take = left > 0 ? Math.min(left, 10_000) : size - ids.length;
      const response = await this.client.search<{ id: string }>({
        index: FIXTURE_INDEX_PATTERNS.operational,
        size: take,
        query: { bool: { filter } },
        sort: [{ created: 'desc' }, { id: 'desc' }],
        _source: ['id'],
        ...(after ? { search_after: after } : {}),
      });
      const hits = response.hits.hits;
      if (hits.length === 0) break;
      after = hits.at(-1)?.sort;
      if (left > 0) left -= hits.length;
      else ids.push(...hits.map((hit) => hit._source?.id ?? ''));
    }
    return ids;
  }

  /** The newest operational log matching the filter: its id and when it was created (UTC ISO). */
  async newestLog(filter: estypes.QueryDslQueryContainer[]): Promise<{ id: string; created: string }> {
    const response = await this.client.search<{ id: string; created: string }>({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size: 1,
      query: { bool: { filter } },
      sort: [{ created: 'desc' }, { id: 'desc' }],
      _source: ['id', 'created'],
    });
    const newest = response.hits.hits[0]?._source;
    if (!newest) throw new Error('No operational log of the fixture matches the filter');
    return newest;
  }

  /** One operational log's whole document, by id. */
  async log(id: string): Promise<Record<string, unknown> & { id: string; created: string }> {
    const response = await this.client.search<Record<string, unknown> & { id: string; created: string }>({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size: 1,
      query: { term: { id } },
    });
    const found = response.hits.hits[0]?._source;
    if (!found) throw new Error(`The fixture holds no operational log ${id}`);
    return found;
  }

  /** The newest operational log whose error carries a bearer token a producer logged by mistake. */
  async plantedBearerToken(): Promise<{ id: string; created: string; error: string }> {
    const response = await this.client.search<{ id: string; created: string; error: string }>({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size: 1,
      query: { match_phrase: { error: 'Bearer' } },
      sort: [{ created: 'desc' }],
      _source: ['id', 'created', 'error'],
    });
    const planted = response.hits.hits[0]?._source;
    if (!planted) throw new Error('The fixture holds no planted bearer token: was it seeded with injectViolations?');
    return planted;
  }

  /**
   * The client with the most terminal events in the fixture's activity, with the name the operational
   * logs give them and how many activity events (all, and in the terminal) they have.
   */
  async busyTerminalClient(): Promise<{ id: string; name: string; events: number; terminalEvents: number }> {
    const busiest = await this.client.search<never, { clients: { buckets: { key: string; doc_count: number }[] } }>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 0,
      query: { term: { sourceApp: 'terminal' } },
      aggs: { clients: { terms: { field: 'clientId', size: 1 } } },
    });
    const top = busiest.aggregations?.clients.buckets[0];
    if (!top) throw new Error('The fixture holds no terminal events');
    const named = await this.client.search<{ client: { name: string } | null }>({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size: 1,
      query: { term: { 'client.id': top.key } },
      _source: ['client'],
    });
    const name = named.hits.hits[0]?._source?.client?.name;
    if (!name) throw new Error(`No operational log names client ${top.key}`);
    const all = await this.client.count({
      index: FIXTURE_INDEX_PATTERNS.activity,
      query: { term: { clientId: top.key } },
    });
    return { id: top.key, name, events: all.count, terminalEvents: top.doc_count };
  }

  /** One activity event's whole document, by id. */
  async activity(id: string): Promise<ActivityDocument> {
    const response = await this.client.search<ActivityDocument>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 1,
      query: { term: { id } },
    });
    const found = response.hits.hits[0]?._source;
    if (!found) throw new Error(`The fixture holds no activity event ${id}`);
    return found;
  }

  /**
   * A client's newest manager edit (an `update` change), and how many edits (create, update, bulk
   * update) the log holds of the entity it touched, across all clients.
   */
  async newestManagerEdit(clientId: string): Promise<{ event: ActivityDocument; entityEdits: number }> {
    const response = await this.client.search<ActivityDocument>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 1,
      query: { bool: { filter: [{ term: { clientId } }, { term: { 'change.actionType': 'update' } }] } },
      sort: [{ createdAt: 'desc' }],
    });
    const event = response.hits.hits[0]?._source;
    if (!event?.change) throw new Error(`Client ${clientId} has no manager edit in the fixture`);
    const edits = await this.client.count({
      index: FIXTURE_INDEX_PATTERNS.activity,
      query: {
        bool: {
          filter: [
            { term: { 'change.target.type': event.change.target.type } },
            { term: { 'change.target.id': event.change.target.id } },
            { terms: { 'change.actionType': ['create', 'update', 'bulkUpdate'] } },
          ],
        },
      },
    });
    return { event, entityEdits: edits.count };
  }

  /** The ids of every event of one bulk operation. */
  async bulkEventIds(bulkId: string): Promise<string[]> {
    const response = await this.client.search<{ id: string }>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 10_000,
      query: { term: { 'change.bulkId': bulkId } },
      _source: ['id'],
    });
    return response.hits.hits.map((hit) => hit._source?.id ?? '');
  }

  /** The distinct clients a bulk operation's events name, counted by the cluster. */
  async bulkClientCount(bulkId: string): Promise<number> {
    const response = await this.client.search<never, { clients: { value: number } }>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 0,
      query: { term: { 'change.bulkId': bulkId } },
      aggs: { clients: { cardinality: { field: 'clientId', precision_threshold: 40_000 } } },
    });
    return response.aggregations?.clients.value ?? 0;
  }

  /** Activity events per event name (and in all), for one client or all, within an optional range. */
  async eventCounts(
    clientId: string | null,
    range?: { from: string; to: string },
  ): Promise<{ total: number; byName: Map<string, number> }> {
    const filter: estypes.QueryDslQueryContainer[] = [
      ...(clientId ? [{ term: { clientId } }] : []),
      ...(range ? [{ range: { createdAt: { gte: range.from, lte: range.to } } }] : []),
    ];
    const response = await this.client.search<never, { names: { buckets: { key: string; doc_count: number }[] } }>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 0,
      track_total_hits: true,
      query: { bool: { filter } },
      aggs: { names: { terms: { field: 'eventName', size: 1_000 } } },
    });
    const total = response.hits.total;
    return {
      total: typeof total === 'number' ? total : (total?.value ?? 0),
      byName: new Map(response.aggregations?.names.buckets.map((bucket) => [bucket.key, bucket.doc_count]) ?? []),
    };
  }

  /**
   * Writes one more operational log beside the newest one (same index), as a producer might have logged
   * it, and returns a function that takes it out again. Both wait for the index to refresh.
   */
  async plantLog(log: Record<string, unknown> & { id: string }): Promise<() => Promise<void>> {
    const newest = await this.client.search({
      index: FIXTURE_INDEX_PATTERNS.operational,
      size: 1,
      sort: [{ created: 'desc' }],
      _source: false,
    });
    const index = newest.hits.hits[0]?._index;
    if (!index) throw new Error('The fixture holds no operational log to plant one beside');
    await this.client.index({ index, id: log.id, document: log, refresh: 'wait_for' });
    return async () => {
      await this.client.delete({ index, id: log.id, refresh: 'wait_for' });
    };
  }

  /**
   * Writes documents of one family beside its newest one (same index), as producers might have logged
   * them, and returns a function that takes them out again (those still there). Both wait for the index to
   * refresh.
   */
  async plantDocuments(
    family: keyof typeof FIXTURE_INDEX_PATTERNS,
    documents: readonly (Record<string, unknown> & { id: string })[],
  ): Promise<() => Promise<void>> {
    const newest = await this.client.search({
      index: FIXTURE_INDEX_PATTERNS[family],
      size: 1,
      sort: [{ [family === 'operational' ? 'created' : 'createdAt']: 'desc' }],
      _source: false,
    });
    const index = newest.hits.hits[0]?._index;
    if (!index) throw new Error(`The fixture holds no ${family} document to plant one beside`);
    const written = await this.client.bulk({
      refresh: 'wait_for',
      operations: documents.flatMap((document) => [{ index: { _index: index, _id: document.id } }, document]),
    });
    if (written.errors) throw new Error(`Planting ${family} documents failed: ${JSON.stringify(written.items[0])}`);
    return async () => {
      await this.client.bulk({
        refresh: 'wait_for',
        operations: documents.map((document) => ({ delete: { _index: index, _id: document.id } })),
      });
    };
  }

  /** The manager with the most edits in the fixture: their usual hours are judged. */
  async busiestManager(): Promise<string> {
    const response = await this.client.search<never, { managers: { buckets: { key: string }[] } }>({
      index: FIXTURE_INDEX_PATTERNS.activity,
      size: 0,
      query: { term: { actorType: 'manager' } },
      aggs: { managers: { terms: { field: 'actorId', size: 1 } } },
    });
    const busiest = response.aggregations?.managers.buckets[0]?.key;
    if (!busiest) throw new Error('The fixture holds no manager edits');
    return busiest;
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
