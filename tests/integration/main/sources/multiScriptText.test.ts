import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import type { ElasticsearchLogSource } from '../../../../src/main/sources/elasticsearch/ElasticsearchLogSource';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { textWords } from '../../../../src/shared/query/textWords';
import { randomScriptText } from '../../support/multiScriptText';
import { QueryRandom } from './randomLogQueries';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * Free text in many scripts (CJK, Thai, combining marks, emoji, zero-width characters) searched on both
 * engines: operational entries whose descriptions are generated in those scripts, and searches drawn
 * from their words (whole words, a last-word prefix, quoted phrases, an excluded word), must find the
 * same rows, count the same totals and refuse the same texts.
 */

const PATTERNS = { operational: 'it-scripts-operational-*', activity: 'it-scripts-activity-*' };
const INDEX = 'it-scripts-operational-2025';
const QUERY_COUNT = 200;
const random = new QueryRandom(20_261_202);

const documents = [...generateDataset({ clients: 8, days: 6, seed: 'it-multi-script', endDate: '2025-06-30' })]
  .map((item) => item.doc)
  .filter((doc) => 'created' in doc)
  .slice(0, 600)
  .map((doc) => ({ ...doc, description: randomScriptText(random) }));

/** One to three consecutive words of a description, as a word, a prefix, a phrase or with an excluded word. */
function randomSearch(): string {
  const words = textWords(random.pick(documents).description);
  if (words.length === 0) return random.pick(['👍', '東京都', 'ภาษาไทย']);
  const start = random.below(words.length);
  const chosen = words.slice(start, start + 1 + random.below(3));
  const roll = random.below(4);
  if (roll === 0) return `"${chosen.join(' ')}"`;
  if (roll === 1) {
    const last = chosen.at(-1) ?? '';
    const cut = [...last].slice(0, Math.max(4, [...last].length - 1 - random.below(3))).join('');
    return [...chosen.slice(0, -1), cut].join(' ');
  }
  if (roll === 2) return `${chosen.join(' ')} -${random.pick(textWords(random.pick(documents).description)) ?? 'x'}`;
  return chosen.join(' ');
}

let cluster: ElasticsearchLogSource;
let embedded: EmbeddedLogSource;

beforeAll(async () => {
  ({ cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { operational: { index: INDEX, documents } },
    now: () => Date.parse('2025-07-01T00:00:00Z'),
  }));
}, 120_000);

afterAll(async () => {
  await cluster?.close();
  await embedded?.close();
});

/** The first page's ids and the total, or the refusal of the text. */
async function answerOf(source: LogSource, text: string) {
  try {
    const query = LogQuery.parse({ family: 'operational', text, pageSize: 100 });
    const page = await source.search(query);
    if (page.nextCursor) await source.releaseCursor('operational', page.nextCursor);
    return { total: page.total, ids: page.rows.map((row) => row.id) };
  } catch (error) {
    if (error instanceof ConsoleError && error.code === 'BAD_REQUEST') return { refused: error.message };
    throw error;
  }
}

describe('free text in many scripts on both engines', () => {
  it(`finds the same rows for ${QUERY_COUNT} searches drawn from the texts`, async () => {
    const seen = { matched: 0, refused: 0 };
    for (let index = 0; index < QUERY_COUNT; index++) {
      const text = randomSearch();
      const fromCluster = await answerOf(cluster, text);
      const fromEmbedded = await answerOf(embedded, text);
      expect(fromEmbedded, `the search ${JSON.stringify(text)}`).toEqual(fromCluster);
      if ('refused' in fromCluster) seen.refused += 1;
      else if (fromCluster.total.value > 0) seen.matched += 1;
    }
    // The searches exercised matches and refusals, not only empty answers.
    expect(seen.matched).toBeGreaterThan(QUERY_COUNT / 3);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
