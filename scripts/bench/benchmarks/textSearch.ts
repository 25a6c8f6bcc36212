import { compileToElasticsearch } from '../../../src/main/sources/elasticsearch/compileToElasticsearch';
import { fieldCapsFields, readFieldCapabilities } from '../../../src/main/sources/elasticsearch/readFieldCapabilities';
import { ElasticsearchAdapter } from '../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { expandPrefix } from '../../../src/main/sources/elasticsearch/expandPrefix';
import { LOG_FIELDS } from '../../../src/shared/query/fieldRoles';
import { LogQuery } from '../../../src/shared/query/logQuery';
import { registerBenchmark } from '../benchmark';
import { measurePair, TARGET_RUNS } from '../measure';
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
    // The console counts every match (exact totals); the peer counts the same way, so the ratio is the
    // cost of matching words exactly. The capped count Kibana-like viewers send is measured beside it.
    const naiveSearch = (trackTotalHits: true | number) => () =>
      ctx.client.search({
        index,
        query: naive,
        size: PAGE_SIZE + 1,
        track_total_hits: trackTotalHits,
        sort: [{ created: 'desc' }, { id: 'desc' }],
      });
    const rawNaive = naiveSearch(true);
    const rawNaiveCapped = naiveSearch(10_000);
    // The request a cluster without the word sub-field gets: the same query compiled to exact regexps.
    const noMapping = { operational: {}, activity: {} };
    const caps = readFieldCapabilities(
      await ctx.client.fieldCaps({ index, fields: fieldCapsFields('operational', noMapping) }),
      'operational',
      noMapping,
      index,
    );
    ctx.log(`  text search path on the benchmark indices: ${caps.textSearch}`);
    const fallback = compileToElasticsearch(query, {
      mapping: noMapping,
      scopeClientIds: null,
      nowMs: Date.now(),
      keywordFields: caps.keywordFields,
    });
    const rawFallback = () => ctx.client.search({ index, ...fallback, size: fallback.size + 1 });
    const listed = await expandPrefix(
      new ElasticsearchAdapter(ctx.client, {
        url: ctx.connection.url,
        username: ctx.connection.username ?? null,
        usesApiKey: ctx.connection.apiKey !== undefined,
        requestTimeoutMs: 120_000,
      }),
      index,
      Object.values(caps.wordFields),
      'hunt',
    );
    const prefixPath = listed ? 'the words "hunt" reaches, listed from the term dictionaries' : 'the bounded regexp';
    ctx.log(`  the prefix is sent as ${prefixPath}`);
    try {
      const [viaSource, viaNaive] = await measurePair(() => source.search(query), rawNaive, {
        cleanupFirst: (page) => release(source, page),
        runs: TARGET_RUNS,
      });
      const [viaSourceAgain, viaNaiveCapped] = await measurePair(() => source.search(query), rawNaiveCapped, {
        cleanupFirst: (page) => release(source, page),
      });
      // A prefix this operator has not searched before: each run is asked as another operator, so the
      // search goes out as the prefix's plain ASCII pattern beside the listing of the words it reaches.
      let newcomer = 0;
      const asNewcomer = () => source.search(query, { operatorId: `bench-newcomer-${(newcomer += 1)}` });
      const [viaNewcomer, viaNaiveThird] = await measurePair(asNewcomer, rawNaive, {
        cleanupFirst: async (page) => {
          if (page.nextCursor) {
            await source.releaseCursor(page.family, page.nextCursor, { operatorId: `bench-newcomer-${newcomer}` });
          }
        },
        runs: TARGET_RUNS,
      });
      // Typed in the filter panel: its counts ask for the draft's text once it settles, before Save. Each run
      // is another operator whose panel counted first (untimed, in the cleanup of the run before).
      let typist = 0;
      const panelCounts = () =>
        source.facets(query, LOG_FIELDS.operational.facets, { operatorId: `bench-typist-${typist + 1}` });
      await panelCounts();
      const afterCounts = () => source.search(query, { operatorId: `bench-typist-${(typist += 1)}` });
      const [viaTypist, viaNaiveFourth] = await measurePair(afterCounts, rawNaive, {
        cleanupFirst: async (page) => {
          if (page.nextCursor) {
            await source.releaseCursor(page.family, page.nextCursor, { operatorId: `bench-typist-${typist}` });
          }
          await panelCounts();
        },
        runs: TARGET_RUNS,
      });
      const [viaFallback, viaNaiveAgain] = await measurePair(rawFallback, rawNaive);
      return [
        figure(
          'text first page, console source',
          viaSource,
          'raw client, naive term + prefix, exact total (no PIT)',
          viaNaive,
          {
            target: { maxRatio: 1.5 },
            note: `text search path: ${caps.textSearch}, prefix as ${prefixPath}, searched again (the listing goes beside the search); the peer answers a looser question`,
          },
        ),
        figure(
          'text first page, console source',
          viaSourceAgain,
          'raw client, naive term + prefix, total capped at 10,000',
          viaNaiveCapped,
          { note: 'the console counts every match; this peer stops counting at 10,000' },
        ),
        figure(
          'text first page, a prefix not searched before',
          viaNewcomer,
          'raw client, naive term + prefix, exact total (no PIT)',
          viaNaiveThird,
          {
            target: { maxRatio: 1.5 },
            note: 'a link or pinned query opened cold: sent as the plain ASCII pattern beside the listing, kept when that reaches every listed word',
          },
        ),
        figure(
          'text first page, typed in the filter panel',
          viaTypist,
          'raw client, naive term + prefix, exact total (no PIT)',
          viaNaiveFourth,
          {
            target: { maxRatio: 1.5 },
            note: "a prefix this operator has not searched, listed by the panel's counts (asked as the draft settles) before Save",
          },
        ),
        figure('regexp fallback, same query (raw DSL)', viaFallback, 'raw client, naive term + prefix', viaNaiveAgain, {
          note: 'what a cluster whose indices lack the word sub-field answers with',
        }),
      ];
    } finally {
      await source.close();
    }
  },
});
