import { WORD_FLAGS } from '../../src/shared/query/words/wordGrammar';

/**
 * Every code point's WORD_FLAGS from the Unicode Character Database, as Lucene's StandardTokenizer
 * grammar reads it: word-break, script, line-break and emoji properties of one Unicode version (12.1
 * is the one the cluster's tokenizer answers by: every other version tried differs from it on some
 * characters, see generateWordClasses).
 */

const CODE_POINTS = 0x110000;

interface UnicodeRange {
  begin: number;
  end: number;
}

async function ranges(pkg: string, property: string): Promise<UnicodeRange[]> {
  const module = (await import(`@unicode/${pkg}/${property}/ranges.mjs`)) as { default: UnicodeRange[] };
  return module.default;
}

export async function unicodeWordFlags(wordBreakPackage: string, emojiPackage: string): Promise<Uint32Array> {
  const flags = new Uint32Array(CODE_POINTS);
  const mark = async (pkg: string, property: string, flag: number, only?: (codePoint: number) => boolean) => {
    for (const { begin, end } of await ranges(pkg, property)) {
      for (let codePoint = begin; codePoint < end; codePoint++) {
        if (!only || only(codePoint)) flags[codePoint] = (flags[codePoint] ?? 0) | flag;
      }
    }
  };
  const has = (codePoint: number, flag: number) => ((flags[codePoint] ?? 0) & flag) !== 0;
  const F = WORD_FLAGS;
  await mark(wordBreakPackage, 'Word_Break/ALetter', F.letter);
  await mark(wordBreakPackage, 'Word_Break/Hebrew_Letter', F.letter | F.hebrewLetter);
  await mark(wordBreakPackage, 'Word_Break/Numeric', F.numeric);
  await mark(wordBreakPackage, 'Word_Break/Katakana', F.katakana);
  await mark(wordBreakPackage, 'Word_Break/ExtendNumLet', F.extendNumLet);
  await mark(wordBreakPackage, 'Word_Break/MidLetter', F.midLetter);
  await mark(wordBreakPackage, 'Word_Break/MidNum', F.midNum);
  await mark(wordBreakPackage, 'Word_Break/MidNumLet', F.midLetter | F.midNum);
  await mark(wordBreakPackage, 'Word_Break/Single_Quote', F.midLetter | F.midNum | F.singleQuote);
  await mark(wordBreakPackage, 'Word_Break/Double_Quote', F.doubleQuote);
  await mark(wordBreakPackage, 'Word_Break/Extend', F.extend);
  await mark(wordBreakPackage, 'Word_Break/Format', F.extend);
  await mark(wordBreakPackage, 'Word_Break/ZWJ', F.extend | F.zwj);
  await mark(wordBreakPackage, 'Word_Break/Regional_Indicator', F.regionalIndicator);
  await mark(wordBreakPackage, 'Script/Han', F.han);
  await mark(wordBreakPackage, 'Script/Hiragana', F.hiragana);
  await mark(wordBreakPackage, 'Script/Hangul', F.hangul, (codePoint) => has(codePoint, F.letter));
  await mark(wordBreakPackage, 'Line_Break/Complex_Context', F.southEastAsian);
  // Full-width digits count as numeric too ([\p{Blk:HalfAndFullForms}&&\p{Nd}]).
  for (let codePoint = 0xff10; codePoint <= 0xff19; codePoint++) flags[codePoint] = (flags[codePoint] ?? 0) | F.numeric;

  const emoji = new Uint8Array(CODE_POINTS);
  for (const { begin, end } of await ranges(emojiPackage, 'Binary_Property/Emoji')) emoji.fill(1, begin, end);
  await mark(emojiPackage, 'Binary_Property/Emoji_Modifier', F.emojiModifier);
  await mark(emojiPackage, 'Binary_Property/Emoji_Modifier_Base', F.emojiModifierBase);
  const keycapBase = (codePoint: number) =>
    (codePoint >= 0x30 && codePoint <= 0x39) || codePoint === 0x23 || codePoint === 0x2a;
  const accidental = new Set([0xa9, 0xae, 0x2122, 0x3030, 0x303d]);
  for (let codePoint = 0; codePoint < CODE_POINTS; codePoint++) {
    if (keycapBase(codePoint)) flags[codePoint] = (flags[codePoint] ?? 0) | F.keycapBase;
    const excluded =
      has(codePoint, F.regionalIndicator) ||
      keycapBase(codePoint) ||
      accidental.has(codePoint) ||
      has(codePoint, F.emojiModifier);
    if (emoji[codePoint] === 1 && !excluded) flags[codePoint] = (flags[codePoint] ?? 0) | F.emoji;
  }
  await mark(emojiPackage, 'Binary_Property/Extended_Pictographic', F.emoji);
  flags[0x20e3] = (flags[0x20e3] ?? 0) | F.keycap;
  flags[0xfe0f] = (flags[0xfe0f] ?? 0) | F.emojiPresentation;
  flags[0xfe0e] = (flags[0xfe0e] ?? 0) | F.textPresentation;
  for (let codePoint = 0xe0020; codePoint <= 0xe007e; codePoint++)
    flags[codePoint] = (flags[codePoint] ?? 0) | F.tagSpec;
  flags[0xe007f] = (flags[0xe007f] ?? 0) | F.tagTerm;
  return flags;
}

/** Distinct flag combinations as classes (class 0 is "nothing"), and the code points as runs of them. */
export function classTable(flags: Uint32Array): { flags: number[]; runs: string } {
  const classes: number[] = [0];
  const ids = new Map<number, number>([[0, 0]]);
  const runs: string[] = [];
  let current = -1;
  let length = 0;
  for (const value of flags) {
    let id = ids.get(value);
    if (id === undefined) {
      id = classes.push(value) - 1;
      ids.set(value, id);
    }
    if (id === current) {
      length++;
      continue;
    }
    if (length > 0) runs.push(`${current.toString(36)}.${length.toString(36)}`);
    current = id;
    length = 1;
  }
  runs.push(`${current.toString(36)}.${length.toString(36)}`);
  return { flags: classes, runs: runs.join(',') };
}
