import type { ConnectionDraft } from '../../shared/contract/settingsChannels';
import { ConsoleError } from '../../shared/contract/errors';
import type { ClusterConnection, Settings } from '../../shared/domain/settings';

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
 * Where a draft goes among the saved connections: a draft with an id replaces that connection, one
 * without gets an id of its own, so a new connection never replaces another. Names stay distinct.
 */
export function placeConnection(draft: ConnectionDraft, settings: Settings): ClusterConnection {
  const { id } = draft;
  if (id !== undefined && !settings.connections.some((connection) => connection.id === id)) {
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
  return {
    ...draft,
    id: id ?? distinctId(draft.name, new Set(settings.connections.map((connection) => connection.id))),
  };
}
