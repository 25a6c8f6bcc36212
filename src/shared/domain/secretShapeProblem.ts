import { listInSentence } from './listInSentence';
import type { SecretKind } from './secretShapeTable';
import { findSecretShapes } from './secretShapes';

/** How a sentence names each kind: what the text looks like, and what to write it without. */
const WORDS: Readonly<Record<SecretKind, { readonly looksLike: string; readonly named: string }>> = {
  'access token': { looksLike: 'an access token', named: 'token' },
  password: { looksLike: 'a password', named: 'password' },
  'private key': { looksLike: 'a private key', named: 'private key' },
  cookie: { looksLike: 'a cookie', named: 'cookie' },
  secret: { looksLike: 'a secret value', named: 'secret value' },
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
    kinds.length === 1 && only !== undefined ? `the ${WORDS[only].named}${places.length === 1 ? '' : 's'}` : 'them';
  return (
    `${what} holds what looks like ${listInSentence(kinds.map((kind) => WORDS[kind].looksLike))}; ` +
    `secrets are never sent or kept. Write it without ${without}.`
  );
}
