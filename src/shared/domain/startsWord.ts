/**
 * Whether a word starts at `index`: at the text's start, after a character that is no letter or
 * digit, or after an escaped line break or tab (`\n` as JSON writes it inside a string).
 */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? '';
  if (!/[\w\\]/.test(before)) return true;
  return /[nrt]/.test(before) && text[index - 2] === '\\' && text[index - 3] !== '\\';
}
