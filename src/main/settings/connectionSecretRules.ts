import { ConsoleError } from '../../shared/contract/errors';
import type { ClusterConnection } from '../../shared/domain/settings';
import { readConnectionSecret } from './connectionSecrets';
import type { SecretStore } from './SettingsStore';

const noun = (connection: ClusterConnection) => (connection.auth.kind === 'apiKey' ? 'API key' : 'password');

/**
 * The secret a save or a test uses: the one typed in, else the stored one, which only serves the
 * address, kind of credential and user it was saved for. `undefined` for a connection without auth.
 */
export async function chooseSecret(
  secrets: SecretStore,
  connection: ClusterConnection,
  typed: string | undefined,
  saved: boolean,
): Promise<string | undefined> {
  if (connection.auth.kind === 'none') {
    if (typed !== undefined) {
      throw new ConsoleError(
        'BAD_REQUEST',
        'This connection uses no authentication; leave the password empty or choose a kind of authentication.',
        'secret',
      );
    }
    return undefined;
  }
  if (typed !== undefined) return typed;
  const stored = saved ? await readConnectionSecret(secrets, connection) : undefined;
  if (stored !== undefined) return stored;
  throw new ConsoleError(
    'BAD_REQUEST',
    saved
      ? `Enter the ${noun(connection)} again: a stored secret is only sent to the address, kind of authentication and user it was saved for.`
      : `Enter the ${noun(connection)}.`,
    'secret',
  );
}
