/**
 * A bounded memo of a pure function of a string: key names repeat on every row of every page, so
 * what is known about one is worked out once. Cleared whole when full, so odd keys cannot grow it.
 */
export function memoizeText<T extends NonNullable<unknown>>(
  compute: (text: string) => T,
  limit = 4096,
): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
