import { ConsoleError } from '../../shared/contract/errors';
import type { SettingsView } from '../../shared/contract/settingsChannels';
import type { Settings } from '../../shared/domain/settings';
import type { Handlers } from '../router/createRouter';
import type { SecretStore } from '../settings/SettingsStore';
import { openClusterSource } from '../sources/openClusterSource';
import { MemorySecretStore } from '../settings/MemorySecretStore';

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

/** Connections, role mappings and the active source; secrets go in, never out. */
export function createSettingsService({ current, apply, secrets }: SettingsServiceDependencies): SettingsHandlers {
  async function view(): Promise<SettingsView> {
    const settings = current();
    const connections = await Promise.all(
      settings.connections.map(async (connection) => ({
        ...connection,
        hasSecret: connection.auth.kind === 'none' || (await secrets.get(connection.id)) !== undefined,
      })),
    );
    return { ...settings, connections };
  }

  return {
    'settings/get': () => view(),
    'settings/connection/save': async ({ connection, secret }) => {
      if (secret !== undefined) await secrets.set(connection.id, secret);
      const settings = current();
      const others = settings.connections.filter((existing) => existing.id !== connection.id);
      await apply({ ...settings, connections: [...others, connection] });
      return view();
    },
    'settings/connection/delete': async ({ id }) => {
      const settings = current();
      await secrets.delete(id);
      await apply({
        ...settings,
        connections: settings.connections.filter((connection) => connection.id !== id),
        activeConnectionId: settings.activeConnectionId === id ? null : settings.activeConnectionId,
      });
      return view();
    },
    'settings/connection/activate': async ({ id }) => {
      const settings = current();
      if (id !== null && !settings.connections.some((connection) => connection.id === id)) {
        throw new ConsoleError('NOT_FOUND', `No connection with id "${id}"; save it first.`);
      }
      await apply({ ...settings, activeConnectionId: id });
      return view();
    },
    'settings/connection/test': async ({ connection, secret }, { signal }) => {
      const trial = new MemorySecretStore();
      const stored = secret ?? (await secrets.get(connection.id));
      if (stored !== undefined) await trial.set(connection.id, stored);
      const label = `${connection.name} (${connection.url})`;
      try {
        const cluster = await openClusterSource(connection, trial);
        try {
          const info = await cluster.adapter.info(signal);
          return { kind: 'elasticsearch', label, state: 'connected', detail: null, version: info.version };
        } finally {
          await cluster.close();
        }
      } catch (error) {
        if (!(error instanceof ConsoleError)) throw error;
        return { kind: 'elasticsearch', label, state: 'unreachable', detail: error.message, version: null };
      }
    },
    'settings/operators/save': async ({ operators, defaultRole }) => {
      await apply({ ...current(), operators, defaultRole });
      return view();
    },
  };
}
