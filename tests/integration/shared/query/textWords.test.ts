import { afterAll, describe, expect, inject, it } from 'vitest';
import { analyzeProbes } from '../../../../scripts/words/analyzeProbes';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { textWords } from '../../../../src/shared/query/textWords';
import { WORD_CLASSES } from '../../../../src/shared/query/words/wordClasses';
import { WORD_FLAGS } from '../../../../src/shared/query/words/wordGrammar';
import { classLookup } from '../../../../src/shared/query/words/wordScanner';
import { QueryRandom } from '../../main/sources/randomLogQueries';
import { randomScriptText } from '../../support/multiScriptText';
import '../../support/providedContext';

/**
 * One definition of a word on both engines: the embedded store's splitter (textWords) against the
 * cluster's standard analyzer, on generated text in many scripts and shapes.
 */

const client = createElasticsearchClient(inject('elasticsearch'));
afterAll(() => client.close());

/** Tokens at and around the 255-unit cut, with joiners and surrogate pairs on the boundary. */
const LONG = [
  'a'.repeat(254) + '.b' + 'c'.repeat(10),
  'a'.repeat(253) + "'" + 'b'.repeat(300),
  '7'.repeat(600),
  '1'.repeat(254) + ',5' + '2'.repeat(5),
  'x'.repeat(254) + '\u{1d400}yz',
  'y'.repeat(254) + '\u0301\u0301z',
  `${'Ab_'.repeat(120)}end`,
  '東'.repeat(300),
  'ภ'.repeat(400),
  'カ'.repeat(260),
];

describe('the embedded splitter and the cluster split words alike', () => {
  it('on 3,000 generated texts in many scripts, and on tokens at the 255-unit cut', async () => {
    const random = new QueryRandom(20_260_101);
    const texts = [...Array.from({ length: 3_000 }, () => randomScriptText(random)), ...LONG];
    const answers = await analyzeProbes(client, texts, { analyzer: 'standard' });
    const differences = texts.flatMap((text, index) => {
      const cluster = (answers[index] ?? []).map((token) => token.text);
      const ours = textWords(text);
      return JSON.stringify(cluster) === JSON.stringify(ours) ? [] : [{ text, cluster, ours }];
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('lowercases every letter as the cluster does (a sample of every letter class)', async () => {
    const classAt = classLookup(WORD_CLASSES);
    const letters: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const flags = WORD_CLASSES.flags[classAt(codePoint)] ?? 0;
      if ((flags & WORD_FLAGS.letter) !== 0 && (codePoint < 0x3000 || codePoint % 11 === 0)) {
        letters.push(String.fromCodePoint(codePoint));
      }
    }
    const answers = await analyzeProbes(client, letters, { analyzer: 'standard' });
    const differences = letters.filter(
      (letter, index) =>
        JSON.stringify((answers[index] ?? []).map((t) => t.text)) !== JSON.stringify(textWords(letter)),
    );
    expect(letters.length).toBeGreaterThan(5_000);
    expect(differences.map((letter) => `U+${letter.codePointAt(0)?.toString(16)}`)).toEqual([]);
  });
});
