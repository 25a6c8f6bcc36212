import { ConsoleError } from '../../shared/contract/errors';
import type { ConnectionDraft, SettingsView } from '../../shared/contract/settingsChannels';
import type { ClusterConnection, Settings } from '../../shared/domain/settings';
import { lostSettingsWarning } from '../../shared/domain/workstationAdmins';
import { toWriteFailure } from '../files/writeFailure';
import type { Handlers } from '../router/createRouter';
import { checkSavedConnection } from '../settings/checkSavedConnection';
import { chooseSecret } from '../settings/connectionSecretRules';
import { readConnectionSecret, storeConnectionSecret } from '../settings/connectionSecrets';
import { MemorySecretStore } from '../settings/MemorySecretStore';
import { completeDraft, placeConnection } from '../settings/placeConnection';
import type { SecretStore } from '../settings/SettingsStore';
import { testConnection } from '../settings/testConnection';
import { readCaCertificateFile } from '../sources/elasticsearch/resolveTrustedCertificate';

type SettingsHandlers = Pick<
  Handlers,
  | 'settings/get'
  | 'settings/connection/save'
  | 'settings/connection/delete'
  | 'settings/connection/activate'
  | 'settings/connection/test'
  | 'settings/operators/save'
>;

export interface SettingsServiceDependencies {
  current: () => Settings;
  /** Saves settings and reopens the data source they choose. */
  apply: (settings: Settings) => Promise<void>;
  secrets: SecretStore;
}

/** The id a connection under test has when it is not saved yet; it lives only in a throwaway store. */
const UNSAVED_ID = 'unsaved-connection';

/** Connections, the workstation's operators and the active source; secrets go in, never out. */
export function createSettingsService({ current, apply, secrets }: SettingsServiceDependencies): SettingsHandlers {
  /**
   * Changes run one after another, each reading the settings the one before wrote: a removal sent while
   * a save of the same connection is on its way waits for it, rather than being undone by it.
   */
  let changes: Promise<unknown> = Promise.resolve();
  function inTurn<T>(change: () => Promise<T>): Promise<T> {
    const next = changes.then(change);
    changes = next.catch(() => undefined);
    return next;
  }

  async function view(): Promise<SettingsView> {
    const settings = current();
    const connections = await Promise.all(
      settings.connections.map(async (connection) => ({
        ...connection,
        hasSecret: connection.auth.kind === 'none' || (await readConnectionSecret(secrets, connection)) !== undefined,
      })),
    );
    return { ...settings, connections, vault: secrets.keeping };
  }

  /** Writes the settings; a failure says what was not done (`failed` starts that sentence). */
  async function write(next: Settings, failed: string): Promise<void> {
    try {
      await apply(next);
    } catch (error) {
      throw toWriteFailure(error, failed);
    }
  }

  /** Runs a change of the secret store; a failure says what was not done. */
  async function changeSecret(change: () => Promise<void>, failed: string): Promise<void> {
    try {
      await change();
    } catch (error) {
      throw toWriteFailure(error, failed);
    }
  }

  /** Puts the secret store back as it was, keeping the first failure as the answer. */
  async function restoreSecret(id: string, before: string | undefined): Promise<void> {
    try {
      await (before === undefined ? secrets.delete(id) : secrets.set(id, before));
    } catch (error) {
      console.error(`[settings] could not restore the stored secret of "${id}" after a failed save`, error);
    }
  }

  /** Writes the settings first, then forgets the connection's secret; settings are put back if that fails. */
  async function writeThenForget(id: string, next: Settings, previous: Settings, failed: string): Promise<void> {
    await write(next, failed);
    try {
      if ((await secrets.get(id)) !== undefined) await secrets.delete(id);
    } catch (error) {
      const undone = await apply(previous).then(
        () => true,
        (undoError: unknown) => {
          console.error(`[settings] could not put back the settings after "${id}" kept its secret`, undoError);
          return false;
        },
      );
      if (undone) throw toWriteFailure(error, failed);
      throw new ConsoleError(
        'UNAVAILABLE',
        'The settings were changed, but the connection’s stored secret could not be removed; it stays stored, ' +
          'bound to its address, and is never sent anywhere else. Retry when the disk or keychain is available.',
      );
    }
  }

  /** Writes a connection as drafted (the secret typed or the one kept); answers it as saved. */
  async function saveConnection(draft: ConnectionDraft, typed: string | undefined): Promise<ClusterConnection> {
    const settings = current();
    const connection = placeConnection(draft, settings);
    const saved = draft.id !== undefined;
    const secret = await chooseSecret(secrets, connection, typed, saved);
    if (connection.tls.kind === 'caFile') await readCaCertificateFile(connection.tls.path);
    const connections = saved
      ? settings.connections.map((existing) => (existing.id === connection.id ? connection : existing))
      : [...settings.connections, connection];
    const next = { ...settings, connections };
    const failed = `The connection “${connection.name}” was not saved`;
    if (secret === undefined) await writeThenForget(connection.id, next, settings, failed);
    else {
      const before = await secrets.get(connection.id);
      await changeSecret(() => storeConnectionSecret(secrets, connection, secret), failed);
      try {
        await write(next, failed);
      } catch (error) {
        await restoreSecret(connection.id, before);
        throw error;
      }
    }
    return connection;
  }

  async function deleteConnection(id: string): Promise<SettingsView> {
    const settings = current();
    const connection = settings.connections.find((existing) => existing.id === id);
    if (!connection) throw new ConsoleError('NOT_FOUND', 'This connection no longer exists; reload Settings.');
    const next = {
      ...settings,
      connections: settings.connections.filter((existing) => existing.id !== id),
      activeConnectionId: settings.activeConnectionId === id ? null : settings.activeConnectionId,
    };
    await writeThenForget(id, next, settings, `The connection “${connection.name}” was not removed`);
    return view();
  }

  return {
    'settings/get': () => view(),
    'settings/connection/save': async ({ connection: draft, secret: typed }, { signal }) => {
      const connection = await inTurn(() => saveConnection(draft, typed));
      // Tested as saved, with the stored secret: the answer says whether it works, whatever the form believed.
      return { ...(await view()), saved: await checkSavedConnection(connection, secrets, signal) };
    },
    'settings/connection/delete': ({ id }) => inTurn(() => deleteConnection(id)),
    'settings/connection/activate': ({ id }) =>
      inTurn(async () => {
        const settings = current();
        if (id !== null && !settings.connections.some((connection) => connection.id === id)) {
          throw new ConsoleError('NOT_FOUND', 'This connection no longer exists; reload Settings.');
        }
        await write({ ...settings, activeConnectionId: id }, 'The data source was not changed');
        return view();
      }),
    'settings/connection/test': async ({ connection: draft, secret: typed }, { signal }) => {
      const saved = current().connections.find((existing) => draft.id !== undefined && existing.id === draft.id);
      const connection = completeDraft(draft, draft.id ?? UNSAVED_ID, saved);
      const secret = await chooseSecret(secrets, connection, typed, saved !== undefined);
      const trial = new MemorySecretStore();
      if (secret !== undefined) await storeConnectionSecret(trial, connection, secret);
      return testConnection(connection, trial, signal);
    },
    'settings/operators/save': async ({ operators, defaultRole, acknowledgeWarnings }, { operator, identity }) => {
      // The list governs the caller unless a cluster vouches for them: on the demo workspace, a cluster with
      // security off, or one that cannot say who they are, the caller is this workstation's user (one that
      // leaves no console admin at all was refused with the request).
      const governed = identity?.source !== 'cluster';
      const warning = governed ? lostSettingsWarning({ operators, defaultRole }, operator.id) : null;
      if (warning !== null && !acknowledgeWarnings)
        throw new ConsoleError('BAD_REQUEST', warning, 'acknowledgeWarnings');
      await inTurn(() => write({ ...current(), operators, defaultRole }, 'The operators were not saved'));
      return view();
    },
  };
}
