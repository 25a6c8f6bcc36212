/**
 * What a word is, for free-text search on both engines: a run of Unicode letters and digits; every
 * other character separates words (`client_id` and `3.14` are two words each), and case is ignored.
 * The embedded store indexes these words and the cluster compiler matches them inside the terms the
 * standard analyzer indexed, so changing what a word is means changing this file only.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** Bumped whenever what a word is changes: embedded stores that indexed words the old way then read as older. */
export const TEXT_WORDS_VERSION = 1;

/** The words of a text as search sees them: lowercased, in order, repeats kept. */
export function textWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.toLowerCase().match(WORD) ?? [];
}
