/** Names as a sentence lists them: "", "a", "a and b", "a, b and c". */
export function listInSentence(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
