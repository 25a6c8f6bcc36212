import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import { ensureElasticsearch } from '../elasticsearch/connection';
import { createElasticsearchClient } from '../../src/main/sources/elasticsearch/createElasticsearchClient';
import { buildWordAutomaton } from '../../src/shared/query/words/wordGrammar';
import { classLookup, scanWords, type WordClassTable } from '../../src/shared/query/words/wordScanner';
import { analyzeProbes, type NodeToken } from './analyzeProbes';
import { classTable, unicodeWordFlags } from './unicodeWordFlags';

/**
 * Writes src/shared/query/words/wordClasses.ts, the character classes the embedded store's word
 * splitter runs on, and proves them against the cluster: the classes come from the Unicode data
 * Lucene's StandardTokenizer is built from, then every assigned code point is tokenized by the node's
 * `_analyze` in the contexts below and by our splitter; a code point whose tokens differ anywhere is
 * given the class that makes all its contexts agree, and one no class fits fails the run. (Unicode
 * 12.1 is the version the node answers by: 9, 11 and 14 each differ from it on some characters.)
 *
 *   ES_PORT=9207 npx tsx scripts/words/generateWordClasses.ts [--check]
 */

const OUTPUT = fileURLToPath(new URL('../../src/shared/query/words/wordClasses.ts', import.meta.url));
const UNICODE_DATA = 'unicode-12.1.0';

/** Where each character is tried: alone, after and between letters, digits, Hebrew, kana, emoji, Thai, Han... */
const CONTEXTS: readonly ((c: string) => string)[] = [
  (c) => c,
  (c) => `a${c}`,
  (c) => `${c}a`,
  (c) => `a${c}a`,
  (c) => `1${c}1`,
  (c) => `1${c}`,
  (c) => `\u05d0${c}`,
  (c) => `\u05d0${c}\u05d1`,
  (c) => `\u30a2${c}\u30a2`,
  (c) => `\uac00${c}\uac00`,
  (c) => `\u0e01${c}\u0e01`,
  (c) => `\u4e2d${c}`,
  (c) => `${c}\u20e3`,
  (c) => `${c}\u{1f3fd}`,
  (c) => `\u{1f600}${c}`,
  (c) => `\u{1f600}\u200d${c}`,
  (c) => `${c}\u200d\u{1f600}`,
  (c) => `\u{1f1e9}${c}`,
  (c) => `\u{1f3f4}${c}\u{e007f}`,
];

const NODE_TYPES = {
  emoji: '<EMOJI>',
  number: '<NUM>',
  hangul: '<HANGUL>',
  katakana: '<KATAKANA>',
  word: '<ALPHANUM>',
  southEastAsian: '<SOUTHEAST_ASIAN>',
  ideographic: '<IDEOGRAPHIC>',
  hiragana: '<HIRAGANA>',
} as const;

/** Code points worth a probe: assigned ones (as this Node knows them) and any our data classes. */
function probedCodePoints(table: WordClassTable): number[] {
  const classAt = classLookup(table);
  const assigned = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}]$/u;
  const points: number[] = [];
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
    if (classAt(codePoint) !== 0 || assigned.test(String.fromCodePoint(codePoint))) points.push(codePoint);
  }
  return points;
}

const render = (tokens: readonly { text: string; type: string; start: number; end: number }[]) =>
  tokens.map((token) => `${token.start}-${token.end}${token.type}`).join(' ');

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const table = classTable(await unicodeWordFlags(UNICODE_DATA, UNICODE_DATA));
  const local = await ensureElasticsearch({ log: (line) => console.log(line) });
  const client = createElasticsearchClient({
    url: local.url,
    ...(local.username !== undefined ? { username: local.username, password: local.password ?? '' } : {}),
    ...(local.apiKey !== undefined ? { apiKey: local.apiKey } : {}),
    requestTimeoutMs: 120_000,
  });
  const points = probedCodePoints(table);
  console.log(`${table.flags.length} classes; probing ${points.length} code points in ${CONTEXTS.length} contexts ...`);
  const automaton = buildWordAutomaton(table.flags);
  const classAt = classLookup(table);
  const overrides = new Map<number, number>();
  const classOf = (codePoint: number) => overrides.get(codePoint) ?? classAt(codePoint);
  const ours = (probe: string) =>
    render(scanWords(probe, automaton, classOf).map((token) => ({ ...token, type: NODE_TYPES[token.kind] })));
  const failures: string[] = [];
  const started = performance.now();
  for (let first = 0; first < points.length; first += 4_000) {
    const chunk = points.slice(first, first + 4_000);
    const probes = chunk.flatMap((codePoint) => CONTEXTS.map((context) => context(String.fromCodePoint(codePoint))));
    const answers = (await analyzeProbes(client, probes, { tokenizer: 'standard' })).map((tokens: NodeToken[]) =>
      render(tokens),
    );
    chunk.forEach((codePoint, index) => {
      const expected = answers.slice(index * CONTEXTS.length, (index + 1) * CONTEXTS.length);
      const agrees = () => expected.every((answer, at) => answer === ours(probes[index * CONTEXTS.length + at] ?? ''));
      if (agrees()) return;
      const fit = table.flags.findIndex((_, cls) => {
        overrides.set(codePoint, cls);
        return agrees();
      });
      if (fit >= 0) overrides.set(codePoint, fit);
      else {
        overrides.delete(codePoint);
        failures.push(`U+${codePoint.toString(16).toUpperCase()}`);
      }
    });
    console.log(
      `  ${first + chunk.length} code points, ${overrides.size} reclassified, ${failures.length} unfit (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  await client.close();
  if (failures.length > 0)
    throw new Error(`No class fits ${failures.length} code points: ${failures.slice(0, 50).join(' ')}`);
  if (checkOnly) {
    if (overrides.size > 0) throw new Error(`${overrides.size} code points tokenize differently from the node`);
    console.log('Every probed code point tokenizes as the node does.');
    return;
  }
  const flags = new Uint32Array(0x110000);
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) flags[codePoint] = table.flags[classOf(codePoint)] ?? 0;
  await writeTable(classTable(flags), overrides.size);
}

async function writeTable(table: WordClassTable, reclassified: number): Promise<void> {
  const runs = table.runs.match(/.{1,100}(,|$)/g) ?? [];
  const source = [
    '// Generated by scripts/words/generateWordClasses.ts; do not edit. The classes of every code point for',
    '// the word splitter, from the Unicode 12.1 word-break, script, line-break and emoji data, checked against the',
    `// cluster's standard tokenizer code point by code point (${reclassified} code points taken from the node).`,
    "import type { WordClassTable } from './wordScanner';",
    '',
    'export const WORD_CLASSES: WordClassTable = {',
    `  flags: [${table.flags.join(', ')}],`,
    '  runs: [',
    ...runs.map((line) => `    '${line.replace(/,$/, '')}',`),
    "  ].join(','),",
    '};',
    '',
  ].join('\n');
  writeFileSync(OUTPUT, await format(source, { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT }));
  console.log(`Wrote ${OUTPUT}: ${table.flags.length} classes, ${table.runs.split(',').length} runs.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
