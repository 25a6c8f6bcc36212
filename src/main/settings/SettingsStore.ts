import type { SecretKeeping, Settings } from '../../shared/domain/settings';

/** Where settings live: electron-store on the desktop, a plain JSON file under Node. */
export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

/** Secrets (passwords, API keys) by connection id; kept apart from settings and never sent to the renderer. */
export interface SecretStore {
  /** Where secrets are kept: encrypted with the OS keychain, or only in this process's memory. */
  readonly keeping: SecretKeeping;
  get(connectionId: string): Promise<string | undefined>;
  set(connectionId: string, secret: string): Promise<void>;
  delete(connectionId: string): Promise<void>;
}
