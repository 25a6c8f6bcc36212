/**
 * The words a free-text search looks for: lowercased, split on anything that is not a letter or a digit.
 * The index templates analyze the searched fields the same way, so each word is one indexed term.
 */
export function textSearchTerms(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}
