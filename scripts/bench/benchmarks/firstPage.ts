import { compileToElasticsearch } from '../../../src/main/sources/elasticsearch/compileToElasticsearch';
import { fieldCapsFields, readFieldCapabilities } from '../../../src/main/sources/elasticsearch/readFieldCapabilities';
import { registerBenchmark } from '../benchmark';
import { measurePair, TARGET_RUNS } from '../measure';
import { afterPauseFigure } from './afterPause';
import { exactTotalFigures } from './exactTotals';
import { figure, openSource, release, typicalQuery } from './logSearchFixtures';
import { openServicePath } from './servicePath';

registerBenchmark({
  name: 'logs.firstPage',
  description:
    'First page of a typical filtered query through the console service path (router, service, source) vs the raw client sending the same DSL',
  async run(ctx) {
    const source = await openSource(ctx);
    const service = openServicePath(source);
    const query = typicalQuery(ctx);
    const index = ctx.dataset.patterns.operational;
    try {
      // The very DSL the source sends: same mapping knowledge, same clock, same paging additions.
      const caps = readFieldCapabilities(
        await ctx.client.fieldCaps({
          index,
          fields: fieldCapsFields('operational', { operational: {}, activity: {} }),
        }),
        'operational',
        { operational: {}, activity: {} },
        index,
      );
      const compiled = compileToElasticsearch(query, {
        mapping: { operational: {}, activity: {} },
        scopeClientIds: null,
        nowMs: Date.now(),
        keywordFields: caps.keywordFields,
      });
      const rawWithPit = async () => {
        const pit = await ctx.client.openPointInTime({ index, keep_alive: '5m' });
        const response = await ctx.client.search({
          ...compiled,
          size: compiled.size + 1,
          pit: { id: pit.id, keep_alive: '5m' },
        });
        return response.pit_id ?? pit.id;
      };
      const rawPlain = () => ctx.client.search({ index, ...compiled, size: compiled.size + 1 });

      const matches = (await ctx.client.count({ index, query: compiled.query })).count;
      ctx.log(`  typical query: ${matches.toLocaleString('en')} matches`);
      await service.release(await service.search(query));

      const closePit = async (pit: string) => {
        await ctx.client.closePointInTime({ id: pit });
      };
      const [viaService, viaRaw] = await measurePair(() => service.search(query), rawWithPit, {
        cleanupFirst: (page) => service.release(page),
        cleanupSecond: closePit,
      });
      const [viaServiceAgain, plain] = await measurePair(() => service.search(query), rawPlain, {
        cleanupFirst: (page) => service.release(page),
        runs: TARGET_RUNS,
      });
      const [viaSource, viaRawAgain] = await measurePair(() => source.search(query), rawWithPit, {
        cleanupFirst: (page) => release(source, page),
        cleanupSecond: closePit,
      });
      const target = { maxRatio: 1.2, plusMs: 30 };
      const exactTotals = await exactTotalFigures(ctx.client, index, caps.keywordFields, service, target);
      const afterPause = await afterPauseFigure(ctx, query, rawPlain, { maxRatio: 1.2 });
      return [
        figure('first page, service path', viaService, 'raw client, same requests (PIT + search)', viaRaw, { target }),
        figure('first page, service path', viaServiceAgain, 'raw client, one plain search (no PIT)', plain, {
          target: { maxRatio: 1.2 },
          note: 'the first page is one plain search; the point in time for later pages opens alongside',
        }),
        figure('first page, source alone', viaSource, 'raw client, same requests (PIT + search)', viaRawAgain, {
          note: 'without router, redaction and journal: their cost is the gap to the service path',
        }),
        afterPause,
        ...exactTotals,
      ];
    } finally {
      await source.close();
    }
  },
});
