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
}

/** Splits the text at spaces outside quotes; a quote runs to the next quote (or the end). */
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
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      const end = close < 0 ? text.length : close;
      found.push({ text: text.slice(at + 1, end), quoted: true, excluded });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < text.length && !/\s/.test(text[end] ?? '') && text[end] !== '"') end++;
    found.push({ text: text.slice(at, end), quoted: false, excluded });
    at = end;
  }
  return found;
}

/**
 * What the search box's text asks for. Outside quotes every word is a part of its own; in quotes the
 * words form one phrase. A leading minus leaves out rows with the word, or with the words together
 * when several are written without a space (`-api.huntli.com/v2`) or in quotes. Only the grammar is
 * read here; which words may match how (and which text is refused) is decided in main.
 */
export function parseSearchText(text: string | null | undefined): SearchPart[] {
  const parts: SearchPart[] = [];
  for (const chunk of chunks(text ?? '')) {
    const words = textWords(chunk.text);
    if (words.length === 0) continue;
    if (chunk.quoted || chunk.excluded) {
      parts.push({ words, phrase: words.length > 1, excluded: chunk.excluded, last: false });
    } else {
      for (const word of words) parts.push({ words: [word], phrase: false, excluded: false, last: false });
    }
  }
  const final = parts.at(-1);
  const lastChunk = chunks(text ?? '').at(-1);
  if (final && lastChunk && !lastChunk.quoted && !final.excluded) parts[parts.length - 1] = { ...final, last: true };
  return parts;
}
