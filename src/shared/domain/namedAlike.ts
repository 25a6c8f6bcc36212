/**
 * A name as a list tells two names apart by: its letters' case, the width of a letter (a full-width Ｗ),
 * and how many spaces of which kind (a no-break space, two spaces) stand between its words do not count,
 * since a list shows them alike.
 */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The first of `named` (not `ownId`, the one being named) whose name, read by `nameOf`, is `name` as a
 * list shows it (see `nameKey`), or undefined; nothing is named alike by a blank name.
 */
export function namedAlike<T extends { id: string }>(
  name: string,
  named: readonly T[],
  nameOf: (each: T) => string,
  ownId?: string,
): T | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return named.find((each) => each.id !== ownId && nameKey(nameOf(each)) === key);
}
