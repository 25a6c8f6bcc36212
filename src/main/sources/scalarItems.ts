/**
 * A producer's single value or list as the texts a keyword field indexes: each string, number or boolean
 * as a string; anything else (null, an object inside the list) is none, as the cluster holds no keyword
 * for it either. Both engines read list fields through this.
 */
export function scalarItems(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) =>
    typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? [String(item)] : [],
  );
}
