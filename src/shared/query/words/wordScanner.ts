import { buildWordAutomaton, TOKEN_KINDS, type TokenKind, type WordAutomaton } from './wordGrammar';

/**
 * Character classes for the token rules: `flags[c]` is class c's WORD_FLAGS, and `runs` gives every code
 * point from U+0000 to U+10FFFF its class as `class.length` runs in base 36, comma-separated.
 */
export interface WordClassTable {
  readonly flags: readonly number[];
  readonly runs: string;
}

export interface Token {
  /** As written in the text. */
  readonly text: string;
  readonly kind: TokenKind;
  /** UTF-16 offsets in the text. */
  readonly start: number;
  readonly end: number;
}

/** Lucene cuts longer tokens at this many UTF-16 units (StandardAnalyzer's default). */
export const MAX_TOKEN_LENGTH = 255;

const LAST_CODE_POINT = 0x10ffff;

interface ClassLookup {
  readonly bmp: Uint8Array;
  /** Astral runs as [first code point, class] pairs, in order. */
  readonly astralStarts: Uint32Array;
  readonly astralClasses: Uint8Array;
}

function decodeRuns(runs: string): ClassLookup {
  const bmp = new Uint8Array(0x10000);
  const starts: number[] = [];
  const classes: number[] = [];
  let at = 0;
  for (const run of runs.split(',')) {
    const [cls = '0', length = '0'] = run.split('.');
    const id = parseInt(cls, 36);
    const end = at + parseInt(length, 36);
    if (at < 0x10000) bmp.fill(id, at, Math.min(end, 0x10000));
    if (end > 0x10000) {
      starts.push(Math.max(at, 0x10000));
      classes.push(id);
    }
    at = end;
  }
  if (at !== LAST_CODE_POINT + 1) throw new Error(`The word class table covers ${at} code points, not all`);
  return { bmp, astralStarts: Uint32Array.from(starts), astralClasses: Uint8Array.from(classes) };
}

function astralClass(lookup: ClassLookup, codePoint: number): number {
  const { astralStarts, astralClasses } = lookup;
  let low = 0;
  let high = astralStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((astralStarts[middle] ?? 0) <= codePoint) low = middle;
    else high = middle - 1;
  }
  return astralClasses[low] ?? 0;
}

/** The class of every code point in a table, as a function. */
export function classLookup(table: WordClassTable): (codePoint: number) => number {
  const lookup = decodeRuns(table.runs);
  return (codePoint) => (codePoint < 0x10000 ? (lookup.bmp[codePoint] ?? 0) : astralClass(lookup, codePoint));
}

/** A tokenizer over a class table (see scanWords). */
export function createWordScanner(table: WordClassTable): (text: string) => Token[] {
  const classAt = classLookup(table);
  const automaton = buildWordAutomaton(table.flags);
  return (text) => scanWords(text, automaton, classAt);
}

/**
 * The tokens of a text: at each place the longest token any rule matches (the earlier rule on a tie),
 * cut at MAX_TOKEN_LENGTH units; a character no rule starts with is skipped.
 */
export function scanWords(text: string, automaton: WordAutomaton, classAt: (codePoint: number) => number): Token[] {
  const { classes, next, accepts } = automaton;
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    let state = 0;
    let at = start;
    let end = -1;
    let rule = -1;
    while (at < text.length) {
      const codePoint = text.codePointAt(at) ?? 0;
      const width = codePoint > 0xffff ? 2 : 1;
      if (at + width - start > MAX_TOKEN_LENGTH) break;
      state = next[state * classes + classAt(codePoint)] ?? -1;
      if (state < 0) break;
      at += width;
      const accepted = accepts[state] ?? -1;
      if (accepted >= 0) {
        end = at;
        rule = accepted;
      }
    }
    if (end < 0) {
      start += (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    tokens.push({ text: text.slice(start, end), kind: TOKEN_KINDS[rule] ?? 'word', start, end });
    start = end;
  }
  return tokens;
}
