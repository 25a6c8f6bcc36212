import { listInSentence } from './listInSentence';
import { findSecretShapes, type SecretKind } from './secretShapes';

const LOOKS_LIKE: Readonly<Record<SecretKind, string>> = {
  'access token': 'an access token',
  password: 'a password',
  'private key': 'a private key',
  cookie: 'a cookie',
  secret: 'a secret value',
};
const NAMED: Readonly<Record<SecretKind, string>> = {
  'access token': 'token',
  password: 'password',
  'private key': 'private key',
  cookie: 'cookie',
  secret: 'secret value',
};

/**
 * What is wrong with text an operator typed to name or describe something (a connection, a case, a view,
 * an export's purpose) that holds a secret redaction would withhold (a JWT, a token after `Bearer`,
 * `password=…`, a private key), or null. Such text is shown on every screen and written as it is into the
 * journal and bundles' custody records. The sentence names the kind and never repeats the secret; `what`
 * begins it ("The connection’s name").
 */
export function secretShapeProblem(what: string, text: string): string | null {
  const places = findSecretShapes(text);
  if (places.length === 0) return null;
  const kinds = [...new Set(places.map(({ kind }) => kind))];
  const [only] = kinds;
  const without =
    kinds.length === 1 && only !== undefined ? `the ${NAMED[only]}${places.length === 1 ? '' : 's'}` : 'them';
  return (
    `${what} holds what looks like ${listInSentence(kinds.map((kind) => LOOKS_LIKE[kind]))}; ` +
    `secrets are never shown or kept here. Write it without ${without}.`
  );
}
