import type { Settings } from '../../shared/domain/settings';

/** Where settings live: electron-store on the desktop, a plain JSON file under Node. */
export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

/** Secrets (passwords, API keys) by connection id; kept apart from settings and never sent to the renderer. */
export interface SecretStore {
  get(connectionId: string): Promise<string | undefined>;
  set(connectionId: string, secret: string): Promise<void>;
  delete(connectionId: string): Promise<void>;
}
