import { registerBenchmark } from '../benchmark';
import { measurePair } from '../measure';
import { figure, openSource, PAGE_SIZE, release, typicalQuery } from './logSearchFixtures';

const DEEP_PAGE = 500;

registerBenchmark({
  name: 'logs.deepPage',
  description: `Page ${DEEP_PAGE} vs page 1 (${PAGE_SIZE} rows each) through the console source: point-in-time + search_after`,
  async run(ctx) {
    const source = await openSource(ctx);
    const query = typicalQuery(ctx);
    try {
      const walkStarted = performance.now();
      let page = await source.search(query);
      for (let number = 2; number < DEEP_PAGE; number += 1) {
        if (!page.nextCursor)
          throw new Error(`The typical query has only ${number - 1} pages; page ${DEEP_PAGE} is out of reach`);
        page = await source.search({ ...query, cursor: page.nextCursor });
      }
      const cursor = page.nextCursor;
      if (!cursor) throw new Error(`The typical query has only ${DEEP_PAGE - 1} pages`);
      const walkSeconds = (performance.now() - walkStarted) / 1000;
      ctx.log(
        `  walked to page ${DEEP_PAGE - 1} in ${walkSeconds.toFixed(1)} s (${((walkSeconds * 1000) / (DEEP_PAGE - 1)).toFixed(1)} ms a page)`,
      );

      const [deep, first] = await measurePair(
        () => source.search({ ...query, cursor }),
        () => source.search(query),
        { cleanupSecond: (firstPage) => release(source, firstPage) },
      );
      await source.releaseCursor('operational', cursor);
      return [
        figure(`page ${DEEP_PAGE}, console source`, deep, 'page 1, console source', first, {
          target: { maxRatio: 1.5 },
          note: `row ${((DEEP_PAGE - 1) * PAGE_SIZE + 1).toLocaleString('en')} onwards; walking there took ${walkSeconds.toFixed(1)} s`,
        }),
      ];
    } finally {
      await source.close();
    }
  },
});
