import { create, type Delta } from 'jsondiffpatch';
import { largeArrayFilter } from './largeArrayFilter';

/** Keys that name an array item whatever else changed in it, in the order producers use them. */
const IDENTITY_KEYS = ['id', '_id', 'key', 'uid', 'uuid', 'code', 'name'] as const;

/**
 * What identifies an array item: its id-like field when it has one, else its whole content, so an
 * item that moved is recognised as the same item, and an edited item with an id as that item edited.
 */
export function itemIdentity(item: object): string {
  const record = item as Record<string, unknown>;
  for (const key of IDENTITY_KEYS) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') return `${key}:${String(value)}`;
  }
  return `json:${JSON.stringify(item)}`;
}

const differ = create({
  objectHash: itemIdentity,
  arrays: { detectMove: true, includeValueOnMove: false },
  // Values are compared, never shared: the delta is read, not patched into anything.
  cloneDiffValues: false,
});
differ.processor.pipes.diff.before('arrays', largeArrayFilter(itemIdentity));

/** The structural delta between two JSON values (jsondiffpatch's format); undefined when they are equal. */
export function changeDelta(before: unknown, after: unknown): Delta {
  return differ.diff(before, after);
}
