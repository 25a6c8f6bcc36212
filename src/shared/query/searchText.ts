import { textWords } from './textWords';

/**
 * One part of what an operator typed in the search box: a word, a run of words that must stand
 * together (a quoted phrase, or words typed without a space between them after a minus), or either
 * of those to leave out.
 */
export interface SearchPart {
  /** Its words as search sees them (textWords): lowercased, in order. */
  readonly words: readonly string[];
  /** The words must stand next to each other in this order (quotes). */
  readonly phrase: boolean;
  /** Rows holding it are left out (a leading minus). */
  readonly excluded: boolean;
  /** The last word typed, outside quotes and not excluded: the one that may be the start of a word. */
  readonly last: boolean;
}

interface Chunk {
  text: string;
  quoted: boolean;
  excluded: boolean;
  /** Where its quote stands in the text (a UTF-16 index), and whether a quote closes it; quoted chunks only. */
  quoteAt?: number;
  closed?: boolean;
}

/**
 * The characters read as quotes: the straight one and the typographic ones text pasted from a document or
 * a mail carries (“ ” „ ‟ « »). Any of them closes a phrase any of them opened, so “a b”, „a b“ and
 * «a b» read as "a b" does. None is a character of a word (textWords), so no word loses one.
 */
const QUOTES = new Set(['"', '“', '”', '„', '‟', '«', '»']);
const isQuote = (char: string | undefined): boolean => char !== undefined && QUOTES.has(char);

/** The index of the first quote at or after `from`, or -1. */
function nextQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (isQuote(text[at])) return at;
  return -1;
}

/** Splits the text at spaces outside quotes; a quote runs to the next quote, or to the end when none closes it. */
function chunks(text: string): Chunk[] {
  const found: Chunk[] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (at >= text.length) break;
    let excluded = false;
    if (text[at] === '-' && at + 1 < text.length && !/\s/.test(text[at + 1] ?? '')) {
      excluded = true;
      at++;
    }
    if (isQuote(text[at])) {
      const close = nextQuote(text, at + 1);
      const end = close < 0 ? text.length : close;
      found.push({ text: text.slice(at + 1, end), quoted: true, excluded, quoteAt: at, closed: close >= 0 });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < text.length && !/\s/.test(text[end] ?? '') && !isQuote(text[end])) end++;
    found.push({ text: text.slice(at, end), quoted: false, excluded });
    at = end;
  }
  return found;
}

/**
 * What the search box's text asks for. Outside quotes every word is a part of its own; in quotes the
 * words form one phrase. A leading minus leaves out rows with the word, or with the words together
 * when several are written without a space (`-api.huntli.com/v2`) or in quotes. A quote no other quote
 * closes runs to the end of the text, as most search boxes read it (`unclosedQuote` says where it opened,
 * for the search box to tell). Only the grammar is read here; which words may match how (and which text is refused) is decided in main.
 */
export function parseSearchText(text: string | null | undefined): SearchPart[] {
  const parts: SearchPart[] = [];
  let lastChunk: Chunk | undefined;
  for (const chunk of chunks(text ?? '')) {
    const words = textWords(chunk.text);
    if (words.length === 0) continue;
    lastChunk = chunk;
    if (chunk.quoted || chunk.excluded) {
      parts.push({ words, phrase: words.length > 1, excluded: chunk.excluded, last: false });
    } else {
      for (const word of words) parts.push({ words: [word], phrase: false, excluded: false, last: false });
    }
  }
  const final = parts.at(-1);
  // A quote that holds no word (a stray one at the end) searches nothing, and leaves the word before it the last.
  if (final && lastChunk && !lastChunk.quoted && !final.excluded) parts[parts.length - 1] = { ...final, last: true };
  return parts;
}

/** A quote no other quote closes, as `unclosedQuote` finds it. */
export interface UnclosedQuote {
  /** Its place in the text: the character it is, counted from 1. */
  readonly at: number;
  /** What follows it holds a word: those words are one phrase running to the end, matched as whole words. */
  readonly searched: boolean;
  /** A minus before it leaves that phrase out. */
  readonly excluded: boolean;
}

/** The quote of the search text that no other quote closes; null when every quote is closed. */
export function unclosedQuote(text: string | null | undefined): UnclosedQuote | null {
  const open = chunks(text ?? '').find((chunk) => chunk.quoted && !chunk.closed);
  if (open?.quoteAt === undefined) return null;
  return {
    at: [...(text ?? '').slice(0, open.quoteAt)].length + 1,
    searched: textWords(open.text).length > 0,
    excluded: open.excluded,
  };
}
