import type { Delta } from 'jsondiffpatch';
import {
  MAX_DIFF_ROWS,
  type ChangeComparison,
  type DiffCell,
  type DiffRow,
  type DiffStatus,
  type DiffSummary,
  type ValueKind,
} from '../../shared/domain/changeDiff';
import { changeDelta } from './changeDelta';

/** Whether a value at a path must be hidden (redaction would hide it): decided in main, by redaction's rules. */
export type HidesValue = (path: readonly string[], value: unknown) => boolean;

/** Most characters a cell carries; a longer value carries its start and its whole length (copy gives it whole). */
export const MAX_CELL_TEXT = 4_000;

type Json = Record<string, unknown> | unknown[];
type ArrayDelta = Record<string, Delta>;

const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const isAdded = (delta: Delta): delta is [unknown] => Array.isArray(delta) && delta.length === 1;
const isModified = (delta: Delta): delta is [unknown, unknown] => Array.isArray(delta) && delta.length === 2;
const isArrayDelta = (delta: Delta): delta is ArrayDelta & { _t: 'a' } =>
  typeof delta === 'object' && delta !== null && !Array.isArray(delta) && '_t' in delta && delta._t === 'a';
const isObjectDelta = (delta: Delta): delta is Record<string, Delta> =>
  typeof delta === 'object' && delta !== null && !Array.isArray(delta) && !isArrayDelta(delta);

export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (isContainer(value)) {
    const size = Object.keys(value).length;
    return `${size} ${size === 1 ? 'field' : 'fields'}`;
  }
  return value === null || value === undefined ? 'null' : String(value);
}

/** A value's text as a cell carries it: one longer than MAX_CELL_TEXT characters is cut there, never inside a character. */
export function cutToCell(kind: ValueKind, text: string): DiffCell {
  if (text.length <= MAX_CELL_TEXT) return { kind, text };
  const characters = [...text];
  if (characters.length <= MAX_CELL_TEXT) return { kind, text };
  return { kind, text: characters.slice(0, MAX_CELL_TEXT).join(''), wholeLength: characters.length };
}

/** One side's cell of a comparison. */
const cellOf = (value: unknown): DiffCell => cutToCell(kindOf(value), textOf(value));

/**
 * Compares before and after structurally (jsondiffpatch: nested objects key by key, arrays item by
 * item with moves recognised by each item's identity) and lays the result out as side-by-side rows.
 * Unchanged containers are one row each; added and removed ones are shown whole. A value `hides` says
 * redaction would hide is compared but never shown: its row says only that it changed.
 */
export function compareValues(before: unknown, after: unknown, hides: HidesValue): ChangeComparison {
  const rows: DiffRow[] = [];
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, typeChanged: 0, moved: 0, hidden: 0 };
  let omittedRows = 0;

  /**
   * Adds a row unless the limit is reached (then only counts it); answers whether its value is hidden.
   * A container whose contents changed is not counted itself: its changed rows are. The contents of a
   * value added or removed whole (`inside`) are shown but counted once, with it.
   */
  function emit(
    row: Omit<DiffRow, 'container' | 'hidden'>,
    values: [unknown, unknown],
    container: boolean,
    inside = false,
  ): boolean {
    const hidden =
      (row.before !== null && hides(row.path, values[0])) || (row.after !== null && hides(row.path, values[1]));
    const status = row.status;
    const counted = status !== 'unchanged' && !(container && status === 'changed');
    if (counted && !inside) summary[status] += 1;
    if (hidden && counted) summary.hidden += 1;
    if (rows.length >= MAX_DIFF_ROWS) {
      omittedRows += 1;
      return hidden;
    }
    rows.push({
      ...row,
      before: row.before && (hidden ? { ...row.before, text: null } : row.before),
      after: row.after && (hidden ? { ...row.after, text: null } : row.after),
      hidden,
      container: container && !hidden,
    });
    return hidden;
  }

  /** A value present on one side only, shown whole: its own row, then its contents as added or removed. */
  function whole(
    path: string[],
    label: string,
    value: unknown,
    status: 'added' | 'removed',
    index: number | null,
    inside = false,
  ) {
    const side = cellOf(value);
    const hidden = emit(
      {
        path,
        depth: path.length - 1,
        label,
        status,
        before: status === 'removed' ? side : null,
        after: status === 'added' ? side : null,
        beforeIndex: status === 'removed' ? index : null,
        afterIndex: status === 'added' ? index : null,
      },
      [value, value],
      isContainer(value),
      inside,
    );
    if (hidden || !isContainer(value)) return;
    children(path, value, status);
  }

  /** Both sides present at `path`: compares them under the delta jsondiffpatch found (undefined: equal). */
  function pair(
    path: string[],
    label: string,
    left: unknown,
    right: unknown,
    delta: Delta,
    indices: [number, number] | null,
  ) {
    const [beforeIndex, afterIndex] = indices ?? [null, null];
    const status: DiffStatus = movedItems.has(path.join('\u0000'))
      ? 'moved'
      : delta === undefined
        ? 'unchanged'
        : kindOf(left) !== kindOf(right)
          ? 'typeChanged'
          : 'changed';
    const nested = delta !== undefined && isContainer(left) && isContainer(right) && status !== 'typeChanged';
    const row = {
      path,
      depth: path.length - 1,
      label,
      before: cellOf(left),
      after: cellOf(right),
      beforeIndex,
      afterIndex,
    };
    const hidden = emit({ ...row, status }, [left, right], nested || status === 'typeChanged');
    if (hidden) return;
    if (status === 'typeChanged') {
      if (isContainer(left)) children(path, left, 'removed');
      if (isContainer(right)) children(path, right, 'added');
      return;
    }
    if (!nested) return;
    if (Array.isArray(left) && Array.isArray(right) && isArrayDelta(delta)) arrayRows(path, left, right, delta);
    else if (!Array.isArray(left) && !Array.isArray(right) && isObjectDelta(delta))
      objectRows(path, left as Record<string, unknown>, right as Record<string, unknown>, delta);
  }

  /** Every item or field of a container present on one side only, each shown whole. */
  function children(path: string[], value: Json, status: 'added' | 'removed') {
    const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
    for (const [key, item] of entries) {
      const isIndex = typeof key === 'number';
      whole(
        [...path, isIndex ? `[${key}]` : key],
        isIndex ? `[${key}]` : key,
        item,
        status,
        isIndex ? key : null,
        true,
      );
    }
  }

  function objectRows(
    path: string[],
    left: Record<string, unknown>,
    right: Record<string, unknown>,
    delta: Record<string, Delta>,
  ) {
    const keys = [...Object.keys(left), ...Object.keys(right).filter((key) => !Object.hasOwn(left, key))];
    for (const key of keys) {
      const child = [...path, key];
      if (!Object.hasOwn(right, key)) whole(child, key, left[key], 'removed', null);
      else if (!Object.hasOwn(left, key)) whole(child, key, right[key], 'added', null);
      else pair(child, key, left[key], right[key], delta[key], null);
    }
  }

  /** Moved items, by their path on the after side: marked while their array is laid out. */
  const movedItems = new Set<string>();

  /**
   * Lays an array out in the after side's order, each removed item where it stood before: items
   * jsondiffpatch kept pair up in order, moved ones go where they went, added ones where they appear.
   */
  function arrayRows(path: string[], left: unknown[], right: unknown[], delta: ArrayDelta) {
    const removed = new Set<number>();
    const movedTo = new Map<number, number>();
    for (const [key, entry] of Object.entries(delta)) {
      if (!key.startsWith('_') || key === '_t' || !Array.isArray(entry)) continue;
      const index = Number(key.slice(1));
      if (entry[2] === 3) movedTo.set(Number(entry[1]), index);
      else removed.add(index);
    }
    const added = new Set<number>();
    for (const [key, entry] of Object.entries(delta)) if (/^\d+$/.test(key) && isAdded(entry)) added.add(Number(key));
    const movedFrom = new Set(movedTo.values());
    const keptBefore = left.map((_, i) => i).filter((i) => !removed.has(i) && !movedFrom.has(i));
    const keptAfter = right.map((_, j) => j).filter((j) => !added.has(j) && !movedTo.has(j));
    const beforeOf = new Map(keptAfter.map((j, k) => [j, keptBefore[k] ?? -1]));
    const removedInOrder = [...removed].sort((a, b) => a - b);
    let nextRemoved = 0;
    const flushRemovedBefore = (limit: number) => {
      while (nextRemoved < removedInOrder.length && (removedInOrder[nextRemoved] ?? 0) < limit) {
        const i = removedInOrder[nextRemoved++] ?? 0;
        whole([...path, `[${i}]`], `[${i}]`, left[i], 'removed', i);
      }
    };
    right.forEach((item, j) => {
      const label = `[${j}]`;
      const child = [...path, label];
      if (added.has(j)) {
        whole(child, label, item, 'added', j);
        return;
      }
      const i = movedTo.get(j) ?? beforeOf.get(j) ?? -1;
      flushRemovedBefore(i);
      if (movedTo.has(j)) movedItems.add(child.join('\u0000'));
      const itemDelta = delta[String(j)];
      pair(child, label, left[i], item, isModified(itemDelta) || itemDelta !== undefined ? itemDelta : undefined, [
        i,
        j,
      ]);
    });
    flushRemovedBefore(Number.POSITIVE_INFINITY);
  }

  const delta = changeDelta(before, after);
  if (isContainer(before) && isContainer(after) && !Array.isArray(before) && !Array.isArray(after)) {
    objectRows(
      [],
      before as Record<string, unknown>,
      after as Record<string, unknown>,
      isObjectDelta(delta) ? delta : {},
    );
  } else {
    pair(['(value)'], '(value)', before, after, delta, null);
  }
  return { rows, omittedRows, summary };
}
