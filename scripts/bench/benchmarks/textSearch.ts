import { LogQuery } from '../../../src/shared/query/logQuery';
import { registerBenchmark } from '../benchmark';
import { measurePair } from '../measure';
import { figure, openSource, PAGE_SIZE, release } from './logSearchFixtures';

registerBenchmark({
  name: 'logs.textSearch',
  description:
    'First page of a free-text query: whole words and a last-word prefix, split the way the embedded store splits',
  async run(ctx) {
    const source = await openSource(ctx);
    const index = ctx.dataset.patterns.operational;
    const query = LogQuery.parse({ family: 'operational', text: 'transaction hunt', pageSize: PAGE_SIZE });
    // The naive DSL: a term and a prefix on the analyzed fields, blind to words the tokenizer joins
    // (`api.huntli.com`). Not the same answer; it shows what the exact word matching costs.
    const naive = {
      bool: {
        filter: [
          { bool: { should: [{ term: { description: 'transaction' } }, { term: { error: 'transaction' } }] } },
          { bool: { should: [{ prefix: { description: 'hunt' } }, { prefix: { error: 'hunt' } }] } },
        ],
      },
    };
    const rawNaive = () =>
      ctx.client.search({
        index,
        query: naive,
        size: PAGE_SIZE + 1,
        track_total_hits: 10_000,
        sort: [{ created: 'desc' }, { id: 'desc' }],
      });
    try {
      const [viaSource, viaNaive] = await measurePair(() => source.search(query), rawNaive, {
        cleanupFirst: (page) => release(source, page),
      });
      return [
        figure('text first page, console source', viaSource, 'raw client, naive term + prefix (no PIT)', viaNaive, {
          note: 'informational: the peer answers a looser question',
        }),
      ];
    } finally {
      await source.close();
    }
  },
});
