import { join } from 'node:path';
import Store from 'electron-store';
import { Settings } from '../../shared/domain/settings';
import { withTemporaryCleanup } from '../files/withTemporaryCleanup';
import { parseStoredSettings, toSettingsReadFailure } from '../settings/storedSettings';
import type { SettingsStore } from '../settings/SettingsStore';

/**
 * Settings in electron-store's JSON file in the app's data folder. The file is opened on first use,
 * so a damaged one is reported as such (and never cleared) instead of failing at construction.
 */
export class ElectronSettingsStore implements SettingsStore {
  readonly path: string;
  private store: Store<{ settings: unknown }> | null = null;

  constructor(private readonly dir: string) {
    this.path = join(dir, 'settings.json');
  }

  private open(): Store<{ settings: unknown }> {
    this.store ??= new Store<{ settings: unknown }>({ name: 'settings', cwd: this.dir, clearInvalidConfig: false });
    return this.store;
  }

  read(): Promise<Settings> {
    let raw: unknown;
    try {
      raw = this.open().get('settings');
    } catch (error) {
      return Promise.reject(toSettingsReadFailure(error, this.path));
    }
    return Promise.resolve(parseStoredSettings(raw ?? {}, this.path));
  }

  write(settings: Settings): Promise<void> {
    const parsed = Settings.parse(settings);
    return withTemporaryCleanup(this.path, () => this.open().set('settings', parsed));
  }
}
