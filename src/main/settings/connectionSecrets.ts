import { z } from 'zod';
import type { ClusterConnection } from '../../shared/domain/settings';
import type { SecretStore } from './SettingsStore';

type Endpoint = Pick<ClusterConnection, 'id' | 'url' | 'auth'>;

/** What a stored secret is bound to: the exact address, the kind of credential and the user. */
function bindingOf({ url, auth }: Endpoint): string {
  return JSON.stringify([new URL(url).href, auth.kind, auth.kind === 'basic' ? auth.username : null]);
}

const SealedSecret = z.object({ boundTo: z.string(), secret: z.string() });

function unseal(stored: string): z.infer<typeof SealedSecret> | null {
  try {
    const parsed = SealedSecret.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    // A value stored before secrets were bound to their address: bound to nothing, so never sent.
    return null;
  }
}

/** Stores the secret for the connection, bound to its address, credential kind and user. */
export function storeConnectionSecret(secrets: SecretStore, connection: Endpoint, secret: string): Promise<void> {
  return secrets.set(connection.id, JSON.stringify({ boundTo: bindingOf(connection), secret }));
}

/**
 * The connection's secret, but only if it was stored for this very address, kind of credential and
 * user: a secret goes nowhere but where it was entered for, whatever a request names.
 */
export async function readConnectionSecret(secrets: SecretStore, connection: Endpoint): Promise<string | undefined> {
  const stored = await secrets.get(connection.id);
  const sealed = stored === undefined ? null : unseal(stored);
  return sealed !== null && sealed.boundTo === bindingOf(connection) ? sealed.secret : undefined;
}
