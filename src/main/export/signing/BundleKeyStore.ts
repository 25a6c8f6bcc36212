import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConsoleError } from '../../../shared/contract/errors';
import type { SecretStore } from '../../settings/SettingsStore';
import { makeFolder } from '../../files/makeFolder';
import { errnoCode } from '../../files/errnoCode';

/** Where the workstation's bundle signing key (PKCS#8 PEM) is kept. */
export interface BundleKeyStore {
  read(): Promise<string | undefined>;
  write(privateKeyPem: string): Promise<void>;
}

/** The secret store's entry for the key; never a connection id (those are not namespaced this way). */
export const BUNDLE_KEY_SECRET_ID = 'audit-console:bundle-signing-key';

/** The key in the console's secret store: the OS keychain through safeStorage on the desktop. */
export function secretStoreBundleKeys(secrets: SecretStore): BundleKeyStore {
  return {
    read: () => secrets.get(BUNDLE_KEY_SECRET_ID),
    write: (pem) => secrets.set(BUNDLE_KEY_SECRET_ID, pem),
  };
}

/**
 * The key in a file only its owner may read (0600 in a 0700 folder), for the command line and browser
 * mode, which have no OS keychain to hand. A key file others can read is refused, as ssh refuses one.
 */
export class FileBundleKeyStore implements BundleKeyStore {
  constructor(readonly path: string) {}

  async read(): Promise<string | undefined> {
    let mode: number;
    try {
      mode = (await stat(this.path)).mode;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new ConsoleError(
        'UNAVAILABLE',
        `The bundle key ${this.path} can be read by other users; run "chmod 600 ${this.path}" and retry.`,
      );
    }
    return readFile(this.path, 'utf8');
  }

  async write(privateKeyPem: string): Promise<void> {
    await makeFolder(dirname(this.path), 0o700);
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, privateKeyPem, { mode: 0o600, flag: 'wx' });
    await chmod(temporary, 0o600);
    await rename(temporary, this.path);
  }
}
