/**
 * What a field says when its text is past the limit: the text is kept as typed, never cut, and the
 * sentence gives both lengths so the operator knows how much to shorten. Null while the text fits.
 */
export function tooLongSentence(subject: string, length: number, max: number): string | null {
  if (length <= max) return null;
  return `The ${subject} is ${length.toLocaleString('en')} characters long; keep it to ${max.toLocaleString('en')} or fewer.`;
}
