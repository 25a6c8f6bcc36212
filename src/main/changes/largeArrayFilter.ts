import type { ArrayDelta, DiffContext } from 'jsondiffpatch';

/**
 * Above this many item pairs (the changed middles' lengths multiplied), arrays are matched here rather
 * than by jsondiffpatch's own filter, whose longest-common-subsequence table grows with that product:
 * measured on 5,000 reversed items it took over 40 s and a gigabyte; this takes milliseconds (see
 * tests/unit/main/changes/largeArrays.test.ts and `npm run bench -- diff.largeArray`).
 */
export const LARGE_ARRAY_PAIRS = 250_000;

type Identity = (item: object) => string;

/** A key equal for items jsondiffpatch would match: the identity of an object, the value of anything else. */
function keyOf(item: unknown, identity: Identity): string {
  return typeof item === 'object' && item !== null ? `o:${identity(item)}` : `${typeof item}:${String(item)}`;
}

/** Indices (into `values`) of a longest strictly increasing subsequence, in O(n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) kept.add(index);
  return kept;
}

/**
 * jsondiffpatch's array delta for large arrays, in its own format: items pair up by identity (first
 * unused match, so repeats pair in order), the longest run of pairs still in order stays put, other
 * pairs are moves, the rest removed or added. Paired items are compared further as child contexts,
 * as the library's own filter does.
 */
export function largeArrayFilter(identity: Identity) {
  const filter = (context: DiffContext): void => {
    if (!context.leftIsArray || !Array.isArray(context.left) || !Array.isArray(context.right)) return;
    const left: unknown[] = context.left;
    const right: unknown[] = context.right;
    let head = 0;
    while (head < left.length && head < right.length && keyOf(left[head], identity) === keyOf(right[head], identity))
      head++;
    let tail = 0;
    while (
      tail + head < left.length &&
      tail + head < right.length &&
      keyOf(left[left.length - 1 - tail], identity) === keyOf(right[right.length - 1 - tail], identity)
    )
      tail++;
    if ((left.length - head - tail) * (right.length - head - tail) <= LARGE_ARRAY_PAIRS) return;
    const Context = context.constructor as new (left: unknown, right: unknown) => DiffContext;
    const compare = (i: number, j: number) => context.push(new Context(left[i], right[j]), j);
    for (let i = 0; i < head; i++) compare(i, i);
    for (let k = 1; k <= tail; k++) compare(left.length - k, right.length - k);

    const waiting = new Map<string, number[]>();
    for (let i = head; i < left.length - tail; i++) {
      const key = keyOf(left[i], identity);
      const list = waiting.get(key);
      if (list) list.push(i);
      else waiting.set(key, [i]);
    }
    const pairs: [number, number][] = [];
    const result: ArrayDelta = { _t: 'a' };
    for (let j = head; j < right.length - tail; j++) {
      const i = waiting.get(keyOf(right[j], identity))?.shift();
      if (i === undefined) result[j] = [right[j]];
      else pairs.push([i, j]);
    }
    for (const list of waiting.values()) for (const i of list) result[`_${i}`] = [left[i], 0, 0];
    const inOrder = longestIncreasing(pairs.map(([i]) => i));
    pairs.forEach(([i, j], index) => {
      if (!inOrder.has(index)) result[`_${i}`] = ['', j, 3];
      compare(i, j);
    });
    context.setResult(result).exit();
  };
  filter.filterName = 'largeArrays';
  return filter;
}
