import Store from 'electron-store';
import { safeStorage } from 'electron';
import { ConsoleError } from '../../shared/contract/errors';
import type { SecretStore } from '../settings/SettingsStore';

/**
 * Secrets encrypted with the OS keychain through `safeStorage`. On Linux with no keyring the backend
 * is `basic_text` (a hard-coded key): storing a secret there would only look safe, so it is refused.
 */
export class SafeStorageSecretStore implements SecretStore {
  private readonly store = new Store<Record<string, string>>({ name: 'secrets' });

  private ensureProtected(): void {
    const basic = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
    if (!safeStorage.isEncryptionAvailable() || basic) {
      throw new ConsoleError(
        'UNAVAILABLE',
        'No OS keychain is available to protect the secret; start a keyring (e.g. GNOME Keyring or KWallet) and retry.',
      );
    }
  }

  get(connectionId: string): Promise<string | undefined> {
    const sealed = this.store.get(connectionId);
    if (sealed === undefined) return Promise.resolve(undefined);
    this.ensureProtected();
    return Promise.resolve(safeStorage.decryptString(Buffer.from(sealed, 'base64')));
  }

  set(connectionId: string, secret: string): Promise<void> {
    this.ensureProtected();
    this.store.set(connectionId, safeStorage.encryptString(secret).toString('base64'));
    return Promise.resolve();
  }

  delete(connectionId: string): Promise<void> {
    this.store.delete(connectionId);
    return Promise.resolve();
  }
}
