/**
 * The token rules of Lucene's StandardTokenizer (UAX #29 word boundaries with Lucene's token types),
 * written as regular expressions over character classes and compiled once into one DFA, so words are
 * found with the same longest-match rule the cluster's tokenizer uses.
 */

/** What a character is to the token rules; a class is a combination of these (see wordClasses). */
export const WORD_FLAGS = {
  /** Word_Break ALetter or Hebrew_Letter. */
  letter: 1 << 0,
  hebrewLetter: 1 << 1,
  /** A Hangul letter: its runs are one token of their own. */
  hangul: 1 << 2,
  /** Word_Break Numeric, and the full-width digits. */
  numeric: 1 << 3,
  katakana: 1 << 4,
  /** Word_Break ExtendNumLet (`_` and kin): joins letters and digits. */
  extendNumLet: 1 << 5,
  /** MidLetter, MidNumLet or Single_Quote: joins two letters (`client's`, `api.huntli`). */
  midLetter: 1 << 6,
  /** MidNum, MidNumLet or Single_Quote: joins two digits (`3.5`, `1,000`). */
  midNum: 1 << 7,
  singleQuote: 1 << 8,
  doubleQuote: 1 << 9,
  /** Extend, Format or ZWJ: carried along by the character before it. */
  extend: 1 << 10,
  zwj: 1 << 11,
  /** Script Han: each ideograph is a token. */
  han: 1 << 12,
  /** Script Hiragana: each character is a token. */
  hiragana: 1 << 13,
  /** Line_Break Complex_Context (Thai, Lao, Khmer, Myanmar...): runs are one token, no dictionary. */
  southEastAsian: 1 << 14,
  regionalIndicator: 1 << 15,
  /** Extended_Pictographic, or Emoji but neither a digit, a regional indicator nor a modifier. */
  emoji: 1 << 16,
  emojiModifierBase: 1 << 17,
  emojiModifier: 1 << 18,
  /** `0`-`9`, `#`, `*`: the start of a keycap emoji. */
  keycapBase: 1 << 19,
  /** U+20E3 COMBINING ENCLOSING KEYCAP. */
  keycap: 1 << 20,
  /** U+FE0F, the emoji presentation selector. */
  emojiPresentation: 1 << 21,
  /** U+FE0E, the text presentation selector. */
  textPresentation: 1 << 22,
  tagSpec: 1 << 23,
  tagTerm: 1 << 24,
} as const;

/** Token kinds by rule, in the order the rules win a tie of equal length. */
export const TOKEN_KINDS = [
  'emoji',
  'number',
  'hangul',
  'katakana',
  'word',
  'southEastAsian',
  'ideographic',
  'hiragana',
] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

type Pattern =
  | { readonly op: 'char'; readonly any: number; readonly none: number }
  | { readonly op: 'seq' | 'alt'; readonly items: readonly Pattern[] }
  | { readonly op: 'star'; readonly item: Pattern };

const char = (any: number, none = 0): Pattern => ({ op: 'char', any, none });
const seq = (...items: Pattern[]): Pattern => ({ op: 'seq', items });
const alt = (...items: Pattern[]): Pattern => ({ op: 'alt', items });
const star = (item: Pattern): Pattern => ({ op: 'star', item });
const plus = (item: Pattern): Pattern => seq(item, star(item));
const opt = (item: Pattern): Pattern => alt(item, seq());

const F = WORD_FLAGS;
const extended = star(char(F.extend));
/** A character of `flags` with the Extend/Format/ZWJ characters that follow it (UAX #29 WB4). */
const ex = (flags: number): Pattern => seq(char(flags), extended);

const hebrew = ex(F.hebrewLetter);
const letter = ex(F.letter);
const numeric = ex(F.numeric);
const katakana = ex(F.katakana);
const extendNumLet = ex(F.extendNumLet);
const midLetter = ex(F.midLetter);
const midNum = ex(F.midNum);

const numberRun = seq(numeric, star(seq(alt(star(extendNumLet), midNum), numeric)));
const letterRun = seq(letter, star(seq(alt(star(extendNumLet), midLetter), letter)));
const hebrewQuoted = seq(hebrew, alt(ex(F.singleQuote), seq(ex(F.doubleQuote), hebrew)));
const wordCore = alt(
  seq(katakana, star(seq(star(extendNumLet), katakana))),
  plus(alt(hebrewQuoted, numberRun, letterRun)),
);

const notSelector = star(char(F.extend, F.emojiPresentation | F.textPresentation));
const emojiUnit = alt(
  seq(star(char(F.zwj)), char(F.emoji), notSelector, opt(char(F.emojiPresentation))),
  seq(opt(seq(star(char(F.zwj)), char(F.emojiModifierBase), notSelector)), char(F.emojiModifier), notSelector),
);

/** The rules in tie-break order, as TOKEN_KINDS lists them. */
const RULES: readonly Pattern[] = [
  alt(
    seq(emojiUnit, alt(star(seq(char(F.zwj), emojiUnit)), seq(plus(char(F.tagSpec)), char(F.tagTerm)))),
    seq(char(F.keycapBase), notSelector, opt(char(F.emojiPresentation)), char(F.keycap), notSelector),
    seq(ex(F.regionalIndicator), ex(F.regionalIndicator)),
  ),
  seq(star(extendNumLet), numberRun, star(extendNumLet)),
  plus(ex(F.hangul)),
  plus(katakana),
  seq(star(extendNumLet), wordCore, star(seq(plus(extendNumLet), wordCore)), star(extendNumLet)),
  plus(ex(F.southEastAsian)),
  ex(F.han),
  ex(F.hiragana),
];

/** A DFA over character classes: `next[state * classes + class]` (-1: no way on), `accepts[state]` a rule or -1. */
export interface WordAutomaton {
  readonly classes: number;
  readonly next: Int32Array;
  readonly accepts: Int8Array;
}

interface Nfa {
  /** Per state: [class set or null for an epsilon move, target]. */
  readonly moves: [Uint8Array | null, number][][];
  readonly accept: Map<number, number>;
}

/** Thompson's construction: one NFA for all rules, each rule's end state accepting with its index. */
function buildNfa(classFlags: readonly number[]): Nfa {
  const moves: [Uint8Array | null, number][][] = [[]];
  const state = () => moves.push([]) - 1;
  const matching = (pattern: { any: number; none: number }) =>
    Uint8Array.from(classFlags, (flags) => ((flags & pattern.any) !== 0 && (flags & pattern.none) === 0 ? 1 : 0));
  const build = (pattern: Pattern, from: number): number => {
    if (pattern.op === 'char') {
      const to = state();
      moves[from]?.push([matching(pattern), to]);
      return to;
    }
    if (pattern.op === 'star') {
      const loop = state();
      moves[from]?.push([null, loop]);
      moves[build(pattern.item, loop)]?.push([null, loop]);
      return loop;
    }
    if (pattern.op === 'seq') return pattern.items.reduce((at, item) => build(item, at), from);
    const end = state();
    for (const item of pattern.items) moves[build(item, from)]?.push([null, end]);
    return end;
  };
  const accept = new Map<number, number>();
  RULES.forEach((rule, index) => accept.set(build(rule, 0), index));
  return { moves, accept };
}

/** Subset construction: the DFA the scanner runs, each state accepting the best rule among its NFA states. */
export function buildWordAutomaton(classFlags: readonly number[]): WordAutomaton {
  const nfa = buildNfa(classFlags);
  const closure = (states: Iterable<number>): number[] => {
    const seen = new Set(states);
    const stack = [...seen];
    for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
      for (const [on, to] of nfa.moves[at] ?? []) {
        if (on === null && !seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen].sort((a, b) => a - b);
  };
  const classes = classFlags.length;
  const ids = new Map<string, number>();
  const sets: number[][] = [];
  const intern = (set: number[]): number => {
    const key = set.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = sets.push(set) - 1;
      ids.set(key, id);
    }
    return id;
  };
  intern(closure([0]));
  const rows: number[] = [];
  for (let current = 0; current < sets.length; current++) {
    for (let cls = 0; cls < classes; cls++) {
      const targets = (sets[current] ?? []).flatMap((at) =>
        (nfa.moves[at] ?? []).filter(([on]) => on?.[cls] === 1).map(([, to]) => to),
      );
      rows.push(targets.length === 0 ? -1 : intern(closure(targets)));
    }
  }
  const accepts = Int8Array.from(sets, (set) =>
    set.reduce((best, at) => {
      const rule = nfa.accept.get(at);
      return rule !== undefined && (best < 0 || rule < best) ? rule : best;
    }, -1),
  );
  return { classes, next: Int32Array.from(rows), accepts };
}
