import type { ConnectionDraft } from '../../shared/contract/settingsChannels';
import { ConsoleError } from '../../shared/contract/errors';
import { ClusterConnection, type Settings } from '../../shared/domain/settings';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** An id made from the name ("Prod EU" -> "prod-eu"), numbered when another connection has it. */
function distinctId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'cluster';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A draft as a whole connection under `id`: what the form does not show (the field mapping, the request
 * time-out) is kept from the saved connection it edits when the draft leaves it out, else the default.
 */
export function completeDraft(
  draft: ConnectionDraft,
  id: string,
  saved: ClusterConnection | undefined,
): ClusterConnection {
  return ClusterConnection.parse({
    ...draft,
    id,
    fieldMapping: draft.fieldMapping ?? saved?.fieldMapping,
    requestTimeoutMs: draft.requestTimeoutMs ?? saved?.requestTimeoutMs,
  });
}

/**
 * Where a draft goes among the saved connections: a draft with an id is an edit and replaces that
 * connection (an id naming none is refused), one without gets an id of its own, so a new connection
 * never replaces another. Names stay distinct.
 */
export function placeConnection(draft: ConnectionDraft, settings: Settings): ClusterConnection {
  const { id } = draft;
  const saved = id === undefined ? undefined : settings.connections.find((connection) => connection.id === id);
  if (id !== undefined && saved === undefined) {
    throw new ConsoleError('NOT_FOUND', 'This connection no longer exists; reload Settings and add it again.');
  }
  const clash = settings.connections.find(
    (connection) => connection.id !== id && sameName(connection.name, draft.name),
  );
  if (clash) {
    throw new ConsoleError(
      'BAD_REQUEST',
      `A connection named “${clash.name}” exists already; choose another name.`,
      'connection.name',
    );
  }
  const placed = id ?? distinctId(draft.name, new Set(settings.connections.map((connection) => connection.id)));
  return completeDraft(draft, placed, saved);
}
