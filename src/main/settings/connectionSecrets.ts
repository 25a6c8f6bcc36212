import { z } from 'zod';
import type { ClusterConnection } from '../../shared/domain/settings';
import type { SecretStore } from './SettingsStore';

/** A connection's fields a secret is bound to; a connection parsed from settings has them all. */
type Endpoint = Pick<ClusterConnection, 'id' | 'url' | 'auth'> &
  Partial<Pick<ClusterConnection, 'failoverUrls' | 'tls'>>;

/**
 * What a stored secret is bound to: every node address in order, the kind of credential, the user and
 * the certificates trusted for TLS; a change of any of them needs the secret typed again. A one-node
 * connection trusting the system's certificates keeps the binding secrets were first stored with.
 */
function bindingOf(endpoint: Endpoint): string {
  const { auth, tls = { kind: 'system' } } = endpoint;
  const user = auth.kind === 'basic' ? auth.username : null;
  const urls = [endpoint.url, ...(endpoint.failoverUrls ?? [])].map((url) => new URL(url).href);
  if (urls.length === 1 && tls.kind === 'system') return JSON.stringify([urls[0], auth.kind, user]);
  return JSON.stringify([urls, auth.kind, user, tls]);
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
