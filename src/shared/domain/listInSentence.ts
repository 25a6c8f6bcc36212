/** Names as a sentence lists them: "", "a", "a and b", "a, b and c"; joined by "or", "a, b or c". */
export function listInSentence(names: readonly string[], joinedBy: 'and' | 'or' = 'and'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${joinedBy} ${names.at(-1)}`;
}

/** The first `named` of a long list, the rest counted: "a, b, c and 2 more"; a short list in full ("a, b"). */
export function listFirstOf(items: readonly string[], named: number): string {
  const more = items.length - named;
  return `${items.slice(0, named).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
