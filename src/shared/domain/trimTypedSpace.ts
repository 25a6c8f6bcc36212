/** Space an operator types or pastes around a value: spaces of every width (a no-break space too), tabs, line ends. */
const TYPED_SPACE = '[\\p{Zs}\\t\\n\\r\\u2028\\u2029]+';
const AROUND = new RegExp(`^${TYPED_SPACE}|${TYPED_SPACE}$`, 'gu');

/**
 * `text` without the space around it, and nothing else: unlike `String.prototype.trim`, which also drops
 * U+FEFF, a character that cannot be seen is kept as typed, so an id ending in one still matches its record
 * and is named where it is shown.
 */
export function trimTypedSpace(text: string): string {
  return text.replace(AROUND, '');
}
