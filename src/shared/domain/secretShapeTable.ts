import { cardNumberMarker, findCardNumbers } from './cardNumbers';
import { findIbans, IBAN_MARKER } from './ibans';
import { findKeyedSecrets, keyedSecretMarker, type KeyedSecretPlace } from './keyedSecrets';
import { findMarkupSecrets } from './markupSecrets';
import { findProseSecrets } from './proseSecrets';
import { normalizeKey } from './secretKeys';
import {
  findDigestResponses,
  findIssuerKeys,
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
import { findUrlSignatures, findUrlUserTokens } from './urlSecrets';

/** Which rule of redaction found a secret in free text; the operator reads these names in redaction counts. */
export type SecretRule = 'card number' | 'IBAN' | 'JWT' | 'bearer token' | 'private key' | 'secret field' | 'cookie';

/** What a secret other than payment data is, as a sentence names it ("looks like an access token"). */
export type SecretKind = 'private key' | 'access token' | 'password' | 'cookie' | 'secret';

/** Full payment data, which sentences name on their own (a card by its last four digits). */
export type PaymentKind = 'card number' | 'IBAN';

/** One secret found in a text, with what redaction counts it as, what sentences call it and what is shown instead. */
export interface ShapedSecret<Kind extends SecretKind | PaymentKind> extends TextPlace {
  readonly rule: SecretRule;
  readonly kind: Kind;
  /** What the operator reads in its place, e.g. `[redacted: card •••• 1111]`. */
  readonly marker: string;
  /** Only a card's: the digits it may be named by. */
  readonly lastFour: string | null;
}

type FindShape<Kind extends SecretKind | PaymentKind> = (text: string) => ShapedSecret<Kind>[];

/** A column of the table: the same for every find of a shape, or read off each find. */
type Column<Place, Value> = Value | ((place: Place) => Value);

interface SecretShape<Place extends TextPlace, Kind extends SecretKind | PaymentKind> {
  readonly find: (text: string) => Place[];
  readonly rule: Column<Place, SecretRule>;
  readonly kind: Column<Place, Kind>;
  readonly marker: Column<Place, string>;
  readonly lastFour?: (place: Place) => string;
}

const read = <Place, Value extends string>(column: Column<Place, Value>, place: Place): Value =>
  typeof column === 'function' ? column(place) : column;

function shape<Place extends TextPlace, Kind extends SecretKind | PaymentKind>(
  row: SecretShape<Place, Kind>,
): FindShape<Kind> {
  return (text) =>
    row.find(text).map((place) => ({
      start: place.start,
      end: place.end,
      rule: read(row.rule, place),
      kind: read(row.kind, place),
      marker: read(row.marker, place),
      lastFour: row.lastFour?.(place) ?? null,
    }));
}

const PASSWORD_KEY = /pass|pw|wort|senha|haslo|contras/;
const TOKEN_KEY = /token|apikey|accesskey|bearer|jwt|auth/;

/** What the value under a secret key name is, by the key: `password=…` a password, `api_key=…` a token. */
function keyedKind({ key, cookie }: KeyedSecretPlace): SecretKind {
  if (cookie) return 'cookie';
  const normalized = normalizeKey(key);
  if (PASSWORD_KEY.test(normalized)) return 'password';
  if (TOKEN_KEY.test(normalized)) return 'access token';
  return 'secret';
}

/**
 * Every shape of secret redaction withholds in free text: its finder, redaction's rule, the kind sentences
 * name and the marker shown in its place. Each list is in order of precedence when two find the same span.
 */
export const SECRET_SHAPES: {
  readonly credentials: readonly FindShape<SecretKind>[];
  readonly payment: readonly FindShape<PaymentKind>[];
} = {
  credentials: [
    shape({ find: findPrivateKeys, rule: 'private key', kind: 'private key', marker: PRIVATE_KEY_MARKER }),
    shape({ find: findJwts, rule: 'JWT', kind: 'access token', marker: JWT_MARKER }),
    // The scheme stays, so the operator sees what kind of credential it was.
    shape({ find: findSchemeCredentials, rule: 'bearer token', kind: 'access token', marker: TOKEN_MARKER }),
    shape({ find: findDigestResponses, rule: 'bearer token', kind: 'access token', marker: TOKEN_MARKER }),
    shape({ find: findIssuerKeys, rule: 'bearer token', kind: 'access token', marker: TOKEN_MARKER }),
    ...[findKeyedSecrets, findMarkupSecrets, findProseSecrets, findUrlSignatures].map((find) =>
      shape({
        find,
        rule: ({ cookie }: KeyedSecretPlace) => (cookie ? 'cookie' : 'secret field'),
        kind: keyedKind,
        marker: keyedSecretMarker,
      }),
    ),
    shape({ find: findUrlPasswords, rule: 'secret field', kind: 'password', marker: PASSWORD_MARKER }),
    shape({ find: findUrlUserTokens, rule: 'secret field', kind: 'access token', marker: TOKEN_MARKER }),
  ],
  payment: [
    shape({ find: findIbans, rule: 'IBAN', kind: 'IBAN', marker: IBAN_MARKER }),
    shape({
      find: findCardNumbers,
      rule: 'card number',
      kind: 'card number',
      marker: ({ lastFour }) => cardNumberMarker(lastFour),
      lastFour: ({ lastFour }) => lastFour,
    }),
  ],
};
