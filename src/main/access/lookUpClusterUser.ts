import { ConsoleError } from '../../shared/contract/errors';
import type { AuthenticatedUser, ElasticsearchAdapter } from '../sources/elasticsearch/ElasticsearchAdapter';

/** How a user was found: asked as them (any realm), or read from the native realm's user API. */
export type UserLookup = 'run_as' | 'user API';

/**
 * Who a cluster user is, asked with the admin's own credentials: as that user (`run_as`, which works for
 * every realm, the file realm included, whose users the user API does not list), else from the native
 * user API (`read_security`). When neither is allowed, the error names both privileges and who lacks them.
 */
export async function lookUpClusterUser(
  adapter: ElasticsearchAdapter,
  username: string,
  admin: string | null,
  signal?: AbortSignal,
): Promise<{ user: AuthenticatedUser; lookup: UserLookup }> {
  const asThem = await adapter.authenticateAs(username, signal);
  if (asThem !== 'refused') return { user: asThem, lookup: 'run_as' };
  const native = await adapter.nativeUser(username, signal);
  if (native !== null && native !== 'refused') return { user: native, lookup: 'user API' };
  const you = admin === null ? 'Your credentials' : `Your cluster user ${admin}`;
  if (native === null) {
    throw new ConsoleError(
      'NOT_FOUND',
      `The cluster has no native user ${username}, and ${you.charAt(0).toLowerCase()}${you.slice(1)} may not run as ` +
        `${username}, which looking up users of other realms (file, LDAP, …) takes; check the name, or give one of ` +
        `your cluster roles the run_as privilege for ${username}.`,
    );
  }
  throw new ConsoleError(
    'FORBIDDEN',
    `${you} may not look up ${username}: that takes the run_as privilege for ${username} on one of your cluster ` +
      `roles (any realm), or the cluster privilege read_security (native users only), and you hold neither ` +
      `(the cluster answers the same for a user it does not know). ` +
      `Enter the user’s cluster roles instead, or ask a cluster administrator for one of them.`,
  );
}
