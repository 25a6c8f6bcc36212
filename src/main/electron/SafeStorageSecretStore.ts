import Store from 'electron-store';
import { safeStorage } from 'electron';
import { ConsoleError } from '../../shared/contract/errors';
import { withTemporaryCleanup } from '../files/withTemporaryCleanup';
import type { SecretKeeping } from '../../shared/domain/settings';
import type { SecretStore } from '../settings/SettingsStore';

/**
 * Secrets encrypted with the OS keychain through `safeStorage`. On Linux with no keyring the backend
 * is `basic_text` (a hard-coded key): storing a secret there would only look safe, so it is refused.
 * The file is opened on first use, so a damaged one fails the calls that need it with a clear message
 * (and is never cleared) instead of stopping the console at start.
 */
export class SafeStorageSecretStore implements SecretStore {
  get keeping(): SecretKeeping {
    return 'keychain';
  }
  private store: Store<Record<string, string>> | null = null;

  private open(): Store<Record<string, string>> {
    try {
      this.store ??= new Store<Record<string, string>>({ name: 'secrets', clearInvalidConfig: false });
      return this.store;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw new ConsoleError(
        'CORRUPT',
        'The file of stored secrets (secrets.json in the app’s data folder) is damaged; move it away and enter the connections’ secrets again.',
      );
    }
  }

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
    const sealed = this.open().get(connectionId);
    if (sealed === undefined) return Promise.resolve(undefined);
    this.ensureProtected();
    return Promise.resolve(safeStorage.decryptString(Buffer.from(sealed, 'base64')));
  }

  set(connectionId: string, secret: string): Promise<void> {
    this.ensureProtected();
    const store = this.open();
    const sealed = safeStorage.encryptString(secret).toString('base64');
    return withTemporaryCleanup(store.path, () => store.set(connectionId, sealed));
  }

  delete(connectionId: string): Promise<void> {
    const store = this.open();
    return withTemporaryCleanup(store.path, () => store.delete(connectionId));
  }
}
