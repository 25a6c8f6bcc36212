import Store from 'electron-store';
import { Settings } from '../../shared/domain/settings';
import type { SettingsStore } from '../settings/SettingsStore';

/** Settings in electron-store's JSON file in the app's data folder. */
export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<{ settings: unknown }>({ name: 'settings' });

  read(): Promise<Settings> {
    return Promise.resolve(Settings.parse(this.store.get('settings') ?? {}));
  }

  write(settings: Settings): Promise<void> {
    this.store.set('settings', Settings.parse(settings));
    return Promise.resolve();
  }
}
