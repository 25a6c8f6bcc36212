import type { SecretKeeping } from '../../shared/domain/settings';
import type { SecretStore } from './SettingsStore';

/** Secrets held only for the life of the process: browser mode and tests. */
export class MemorySecretStore implements SecretStore {
  get keeping(): SecretKeeping {
    return 'process';
  }
  private readonly secrets = new Map<string, string>();

  get(connectionId: string): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(connectionId));
  }

  set(connectionId: string, secret: string): Promise<void> {
    this.secrets.set(connectionId, secret);
    return Promise.resolve();
  }

  delete(connectionId: string): Promise<void> {
    this.secrets.delete(connectionId);
    return Promise.resolve();
  }
}
