import { ClientId } from '../../../shared/domain/clientDirectory';
import { characterCount, tooLongInLinkSentence } from '../../../shared/domain/tooLong';
import { idSecretProblem } from '../../../shared/query/searchTextSecret';

/** The client page's route for a client id; any character of the id survives the trip through the hash. */
export function clientRoute(clientId: string): string {
  return `/clients/${encodeURIComponent(clientId)}`;
}

export type ClientRouteTarget =
  { kind: 'directory' } | { kind: 'client'; clientId: string } | { kind: 'invalid'; message: string };

/**
 * What a `/clients…` route asks for: the directory, one client, or junk said plainly (a broken escape,
 * an id the console would refuse), so a typed or pasted URL never crashes the page.
 */
export function parseClientRoute(route: string): ClientRouteTarget {
  const [path = ''] = route.split('?');
  const rest = path.replace(/^\/clients\/?/, '');
  if (rest === '') return { kind: 'directory' };
  const [encoded = ''] = rest.split('/');
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return { kind: 'invalid', message: 'The address does not hold a readable client id; look the client up instead.' };
  }
  // An id holding a secret is never sent to be looked up, nor shown: the sentence names what it looks like.
  const secret = idSecretProblem(decoded, 'client id in the link', 'Check the link, or look the client up instead.');
  if (secret) return { kind: 'invalid', message: secret };
  const parsed = ClientId.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'too_big') {
      const sentence = tooLongInLinkSentence('client id', Number(issue.maximum), characterCount(decoded.trim()));
      return { kind: 'invalid', message: `${sentence} Check the link, or look the client up instead.` };
    }
    const problem = (parsed.error.issues[0]?.message ?? 'Not a client id').replace(/\.$/, '');
    return { kind: 'invalid', message: `${problem}; look the client up instead.` };
  }
  return { kind: 'client', clientId: parsed.data };
}
