import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { GridId, MAX_VIEW_NAME, SavedView, ViewId } from '../../shared/domain/preferences';
import { listFirstOf, listInSentence } from '../../shared/domain/listInSentence';
import { characterCount } from '../../shared/domain/tooLong';
import type { UnreadableView } from '../../shared/domain/unreadableView';
import { openableView } from './openableView';
import { quoted, shownText } from './shownText';

/** One entry of a preferences file's views: a view this version opens, or one it keeps as it found it. */
export type StoredView =
  { readable: true; view: SavedView } | { readable: false; raw: unknown; grid: GridId | null; flagged: UnreadableView };

type Issue = z.core.$ZodIssue;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a flagged view is deleted by: its own id when it has one, else a fingerprint of what it holds. */
export function unreadableKey(raw: unknown): string {
  const id = isRecord(raw) ? ViewId.safeParse(raw.id) : null;
  if (id?.success) return id.data;
  return `unreadable-${createHash('sha256')
    .update(JSON.stringify(raw) ?? '')
    .digest('hex')
    .slice(0, 20)}`;
}

/** Names as a sentence lists them, the first few of a long list and the rest counted. */
const namedList = (names: readonly string[]) => (names.length <= 4 ? listInSentence(names) : listFirstOf(names, 3));

const nameTooLong = (raw: Record<string, unknown>) =>
  typeof raw.name === 'string' && characterCount(raw.name.trim()) > MAX_VIEW_NAME;

/** What is wrong with a stored view, said as the analyst would look for it: a field, a setting, a value, a name. */
function wrongOf(raw: Record<string, unknown>, issues: readonly Issue[]): string {
  if (typeof raw.name === 'string' && nameTooLong(raw)) {
    const name = raw.name.trim();
    return `Its name has ${characterCount(name).toLocaleString('en')} characters, more than the ${MAX_VIEW_NAME} a view’s name may have`;
  }
  const at = (issue: Issue, ...path: PropertyKey[]) => path.every((part, index) => issue.path[index] === part);
  const inFilters = (issue: Issue) => at(issue, 'query', 'filters') || at(issue, 'query', 'exclude');
  const fields = [
    ...issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.path.length === 2 && inFilters(issue) ? issue.keys : [],
    ),
    ...issues.flatMap((issue) =>
      issue.code === 'invalid_value' && at(issue, 'query', 'sort', 'field')
        ? [isRecord(raw.query) && isRecord(raw.query.sort) ? raw.query.sort.field : '']
        : [],
    ),
  ];
  if (fields.length > 0) {
    const named = namedList(fields.map((field) => quoted(field)));
    return `It names the ${fields.length === 1 ? 'field' : 'fields'} ${named}, which this cluster no longer has`;
  }
  const settings = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.path.length === 1 && at(issue, 'query') ? issue.keys : [],
  );
  if (settings.length > 0) {
    const named = namedList(settings.map((setting) => quoted(setting)));
    return `It uses ${named}, which this version of the console cannot apply (a newer console may have saved it)`;
  }
  const value = issues.find((issue) => inFilters(issue) && typeof issue.path[3] === 'number');
  if (value) {
    const [, part, field, index] = value.path;
    const values = isRecord(raw.query) && isRecord(raw.query[String(part)]) ? raw.query[String(part)] : {};
    const stored = isRecord(values) && Array.isArray(values[String(field)]) ? (values[String(field)] as unknown[]) : [];
    return `It filters ${quoted(String(field))} on ${quoted(stored[Number(index)])}, which this console does not know`;
  }
  const first = issues[0];
  const where = first && first.path.length > 0 ? first.path.map(String).join('.') : 'the view';
  return `Its ${quoted(where)} is not what this version reads (${first?.message ?? 'unreadable'})`;
}

/** What the analyst can do about it, given what can be opened of it. */
function whatToDo(openable: UnreadableView['openable'], shorter: boolean): string {
  if (!openable) return 'delete it, or open it in the console that saved it';
  if (openable.without === null) {
    return `open it, save it under ${shorter ? 'a shorter' : 'a new'} name, then delete this one`;
  }
  return `delete it, or open it without ${openable.without} and save it under a name to keep it so`;
}

/** One stored entry as this version reads it: never changed, only flagged when it cannot be opened as it is. */
export function readStoredView(raw: unknown): StoredView {
  const parsed = SavedView.safeParse(raw);
  if (parsed.success) return { readable: true, view: parsed.data };
  const key = unreadableKey(raw);
  if (!isRecord(raw)) {
    const problem = 'It is not a view this version reads (it has no name, grid or query): delete it.';
    return { readable: false, raw, grid: null, flagged: { key, name: null, problem, openable: null } };
  }
  const grid = GridId.safeParse(raw.grid);
  const openable = openableView(raw);
  const problem = `${wrongOf(raw, parsed.error.issues)}: ${whatToDo(openable, nameTooLong(raw))}.`;
  const name = typeof raw.name === 'string' && raw.name.trim() !== '' ? shownText(raw.name) : null;
  return { readable: false, raw, grid: grid.success ? grid.data : null, flagged: { key, name, problem, openable } };
}
