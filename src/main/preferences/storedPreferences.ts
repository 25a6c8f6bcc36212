import { z } from 'zod';
import { RECENT_CLIENT_LIMIT, RecentClient } from '../../shared/domain/clientDirectory';
import {
  ColumnLayout,
  DisplayPreferences,
  GRIDS,
  OperatorPreferences,
  SAVED_VIEW_LIMIT,
  type SavedView,
} from '../../shared/domain/preferences';
import { readStoredView, type StoredView } from './storedView';

/**
 * A preferences file as this version reads it: each part on its own (each view, each grid's layout, the
 * display choices, each recent client), so one part it cannot read (a field the cluster no longer has, a
 * newer console's setting) is left out of what it uses and kept in the file, never the whole file called
 * damaged. Only a file that is no JSON, or whose views are no list, is damaged.
 */
export const StoredPreferences = z.looseObject({
  columns: z.record(z.string(), z.unknown()).default({}),
  views: z.array(z.unknown()).max(SAVED_VIEW_LIMIT).default([]),
  display: z.unknown().optional(),
  recentClients: z.array(z.unknown()).default([]),
});

/** A preferences file read: what this version uses, each stored view, and the file's object as it was. */
export interface ReadPreferences {
  preferences: OperatorPreferences;
  stored: StoredView[];
  raw: Record<string, unknown>;
}

/** The display choices as far as this version reads them: a choice it does not know is left to the file. */
function displayOf(value: unknown): DisplayPreferences {
  const whole = DisplayPreferences.safeParse(value ?? {});
  if (whole.success) return whole.data;
  const zone = typeof value === 'object' && value !== null ? (value as { timeZone?: unknown }).timeZone : undefined;
  const known = DisplayPreferences.safeParse({ timeZone: zone });
  return known.success ? known.data : DisplayPreferences.parse({});
}

export function readPreferences(value: unknown): ReadPreferences {
  const file = StoredPreferences.parse(value);
  const stored = file.views.map(readStoredView);
  const columns = Object.fromEntries(
    GRIDS.flatMap((grid) => {
      const layout = ColumnLayout.safeParse(file.columns[grid]);
      return file.columns[grid] !== undefined && layout.success ? [[grid, layout.data]] : [];
    }),
  );
  const recentClients = file.recentClients
    .flatMap((client) => {
      const parsed = RecentClient.safeParse(client);
      return parsed.success ? [parsed.data] : [];
    })
    .slice(0, RECENT_CLIENT_LIMIT);
  const preferences = OperatorPreferences.parse({
    columns,
    views: stored.flatMap((entry) => (entry.readable ? [entry.view] : [])),
    display: displayOf(file.display),
    recentClients,
  });
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { preferences, stored, raw };
}

/**
 * The views to write after a change: each flagged view just as it was read and where it was (but the one
 * `dropped` names), each readable one as the change left it (or gone), then those the change added.
 */
function viewsToWrite(stored: readonly StoredView[], changed: readonly SavedView[], dropped?: string): unknown[] {
  const left = new Map(changed.map((view) => [view.id, view]));
  const written: unknown[] = [];
  for (const entry of stored) {
    if (!entry.readable) {
      if (entry.flagged.key !== dropped) written.push(entry.raw);
      continue;
    }
    const view = left.get(entry.view.id);
    if (view) written.push(view);
    left.delete(entry.view.id);
  }
  return [...written, ...left.values()];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The file to write after a change: every part the change left as it was read is written as the file held
 * it (what this version could not read of it included); a part it changed is written as changed.
 */
export function fileToWrite(read: ReadPreferences, updated: OperatorPreferences, dropped?: string) {
  const { preferences, raw } = read;
  const rawColumns = StoredPreferences.shape.columns.parse(raw.columns);
  const columns = { ...rawColumns };
  for (const grid of GRIDS) {
    const layout = updated.columns[grid];
    if (layout !== undefined && !same(layout, preferences.columns[grid])) columns[grid] = layout;
  }
  const kept = <K extends 'display' | 'recentClients'>(part: K) =>
    part in raw && same(updated[part], preferences[part]) ? raw[part] : updated[part];
  const rawDisplay = raw.display;
  // A display choice changed keeps the choices this version does not know beside it.
  const display =
    typeof rawDisplay === 'object' && rawDisplay !== null && !Array.isArray(rawDisplay)
      ? { ...rawDisplay, ...updated.display }
      : updated.display;
  return {
    ...raw,
    columns,
    views: viewsToWrite(read.stored, updated.views, dropped),
    display: same(updated.display, preferences.display) ? kept('display') : display,
    recentClients: kept('recentClients'),
  };
}
