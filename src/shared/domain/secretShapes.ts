import { findKeyedSecrets, keyedSecretMarker } from './keyedSecrets';
import { normalizeKey } from './secretKeys';
import {
  findJwts,
  findPrivateKeys,
  findSchemeCredentials,
  findUrlPasswords,
  JWT_MARKER,
  PASSWORD_MARKER,
  PRIVATE_KEY_MARKER,
  TOKEN_MARKER,
  type TextPlace,
} from './tokenShapes';

/** What a secret found in text is, as a sentence names it ("looks like an access token"). */
export type SecretKind = 'private key' | 'access token' | 'password' | 'cookie' | 'secret';

/** One secret other than payment data found in a text, with what the operator reads in its place. */
export interface SecretShapePlace extends TextPlace {
  readonly kind: SecretKind;
  readonly marker: string;
}

const PASSWORD_KEY = /pass|pw|wort|senha|haslo|contras/;
const TOKEN_KEY = /token|apikey|accesskey|bearer|jwt|auth/;

/** What the value under a secret key name is, by the key: `password=…` a password, `api_key=…` a token. */
function keyedKind(key: string, cookie: boolean): SecretKind {
  if (cookie) return 'cookie';
  const normalized = normalizeKey(key);
  if (PASSWORD_KEY.test(normalized)) return 'password';
  if (TOKEN_KEY.test(normalized)) return 'access token';
  return 'secret';
}

const shaped = (places: TextPlace[], kind: SecretKind, marker: string): SecretShapePlace[] =>
  places.map(({ start, end }) => ({ start, end, kind, marker }));

/**
 * The secrets in `text` that redaction withholds other than card numbers and IBANs (private keys, JWTs,
 * credentials after `Bearer`/`Basic`, passwords in an address, values under secret key names such as
 * `password=…`), in order and never overlapping: the first found of two overlapping ones is kept.
 */
export function findSecretShapes(text: string): SecretShapePlace[] {
  const found = [
    ...shaped(findPrivateKeys(text), 'private key', PRIVATE_KEY_MARKER),
    ...shaped(findJwts(text), 'access token', JWT_MARKER),
    ...shaped(findSchemeCredentials(text), 'access token', TOKEN_MARKER),
    ...findKeyedSecrets(text).map(({ start, end, key, cookie }) => ({
      start,
      end,
      kind: keyedKind(key, cookie),
      marker: keyedSecretMarker({ key, cookie }),
    })),
    ...shaped(findUrlPasswords(text), 'password', PASSWORD_MARKER),
  ];
  const places: SecretShapePlace[] = [];
  for (const place of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = places.at(-1);
    if (last === undefined || place.start >= last.end) places.push(place);
  }
  return places;
}
