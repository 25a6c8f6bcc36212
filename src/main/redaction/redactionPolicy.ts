import { createHash } from 'node:crypto';
import { MAX_DEPTH, redactSecrets } from './redactSecrets';
import type { RedactionRule } from './redactionTally';

/** What each rule removes, in words an auditor reads in an export preview or a bundle's custody record. */
export const REDACTION_RULE_DESCRIPTIONS: Readonly<Record<RedactionRule, string>> = {
  'secret field':
    'values under secret field names (password, token, API key, card number, CVV, PIN, IBAN…) as fields, key=value text, markup elements, command-line flags or words ("password is …"), each item of a list under a plural name (tokens, apiKeys), presigned URL signatures, and passwords or tokens written into URLs',
  'card number': 'full payment card numbers passing the Luhn check (the last four digits are kept)',
  IBAN: 'bank account numbers (IBANs) passing their check digits',
  JWT: 'JSON web tokens',
  'bearer token':
    "Bearer and Basic authorization credentials, HTTP Digest responses, and API keys known by their issuer's prefix (ghp_, sk_live_, xoxb-…)",
  'private key': 'PEM private key blocks',
  cookie: 'Cookie and Set-Cookie header values',
  'too-deep value': 'values nested too deep to be read safely',
  'withheld row (redaction failed)': 'records that could not be checked for secrets (an export stops instead)',
  'profile edit value':
    "what a client's profile edit logged beyond the names of its changed fields: values, other metadata, its message",
};

/** A nest of `depth` objects around a secret: the depth limit is part of the rules. */
function nested(depth: number): unknown {
  let value: unknown = { password: 'deep-secret' };
  for (let level = 0; level < depth; level += 1) value = { level: value };
  return value;
}

/**
 * Inputs every rule acts on, and look-alikes the rules must leave alone (timestamps, ids, order
 * numbers). What the redaction makes of them is its behaviour, and that goes into the policy hash.
 */
const PROBES: readonly unknown[] = [
  {
    password: 'hunter2',
    newPassword: 'x',
    client_secret: 's',
    apiKey: 'k',
    'x-api-key': 'k',
    token: 't',
    cardNumber: '4111111111111111',
    cvv: '123',
    pinCode: '1234',
    otp_code: '99',
    iban: 'DE89370400440532013000',
    Authorization: 'Bearer abcdefghijklmnop',
    cookie: 'sid=1',
    'Set-Cookie': 'sid=2; HttpOnly',
    status: 'ok',
    countryCode: 'DE',
    statusCode: 200,
    description: 'plain text',
  },
  'Card 4111 1111 1111 1111 charged; Amex 378282246310005; Maestro 6759649826438453; Mastercard 2221000000000009',
  'Order 1234567890123 shipped at 1751328000000; masked card 4111 **** **** 1111',
  'IBAN DE89 3704 0044 0532 0130 00 and GB82WEST12345698765432, not IBAN DE00 0000 0000 0000 0000 00',
  'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJl in a message',
  'Authorization: Bearer abcdefghijklmnop; Basic dXNlcjpwYXNzd29yZA==; api_key=AKIA1234567890; password=hunter2&user=ivy',
  '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----',
  'https://ivy:secret@example.com/path?x=1 and https://example.com/plain',
  'https:\\/\\/ivy:secret@example.com, redis://:secret@cache and key sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'IBAN De89 3704 0044 0532 0130 00 in mixed case; not the id De12ab34c4d403e5b2830d',
  'body {"pass\\u0077ord":"p1"}, password=&quot;p2&quot;, pass\u200Bword=p3, password := p4',
  '{"password":"p","nested":{"token":"t","note":"4111111111111111"}}',
  'passwort: geheim; senha=segredo; contraseña: secreto',
  'GET /o?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835&sig=Zm9v%3D',
  'Authorization: Digest username="u", nonce="n", response="6629fae49393a05397450978507c4ef1", cnonce="0a4f113b"',
  '<ns:Password type="text">p1</ns:Password> <param name="apiKey" value="k1"/> <password/>',
  'password is Hunter22, token -> abc123def456, mysql -uroot -pS3cret; password is required, reset password -> sent',
  '--password Hunter22 --api-key abc123def456 --password-file /etc/x, use --token to sign in',
  'https://0123456789abcdef0123456789abcdef01234567@github.com/o/r and https://build-bot@github.com/o/r',
  { tokens: ['a', 'b'], apiKeys: ['k'], passwords: 3, tokenCount: 3, раssword: 'x' },
  'tokens: 3, {"tokens":["a","b"]}, раssword=Hunter22, id_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2ln',
  '-----begin private key-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4w\n-----end private key----- and gB29nwbk60161331926819',
  '2025-06-30T23:59:12.000Z 686323a05b086ac0ca157235 sha256:9a20fc6bfbaa0ae78851e57156b5b517222e0a7584fbab4a62f2fa5d',
  1751328000000,
  4111111111111111,
  nested(MAX_DEPTH - 2),
  nested(MAX_DEPTH + 2),
];

/** JSON with object keys sorted at every depth, so equal descriptors hash equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function behaviourOnProbes(): string {
  const answers = PROBES.map((probe) => {
    try {
      const { value, tally } = redactSecrets(probe);
      return { value, removed: tally.byRule };
    } catch (error) {
      return { throws: error instanceof Error ? error.name : typeof error };
    }
  });
  return createHash('sha256')
    .update(JSON.stringify(canonical(answers)))
    .digest('hex');
}

/**
 * The redaction rules as a small, stable descriptor: each rule by name with what it removes, the depth
 * limit, and a fingerprint of what the detectors make of a fixed set of probes (secrets of every kind
 * and look-alikes they must leave alone). It is computed from the detectors themselves, so it cannot
 * drift from them: change what a rule catches and the fingerprint, hence the policy hash a bundle
 * carries, changes with it. Rules are listed with their names as values: a key like "secret field"
 * would itself be redacted wherever the descriptor is shown.
 */
export const REDACTION_POLICY = {
  name: 'audit-console-redaction',
  rules: (Object.entries(REDACTION_RULE_DESCRIPTIONS) as [RedactionRule, string][])
    .map(([name, removes]) => ({ name, removes }))
    .sort((a, b) => a.name.localeCompare(b.name)),
  maxDepth: MAX_DEPTH,
  behaviourOnProbes: behaviourOnProbes(),
};

/** `sha256:` and the hex SHA-256 of a policy descriptor in canonical JSON. */
export function redactionPolicyHash(policy: unknown = REDACTION_POLICY): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify(canonical(policy)))
    .digest('hex')}`;
}

/** Counts by rule as the list that exports and bundles carry. */
export function redactionCounts(byRule: Partial<Record<RedactionRule, number>>): { rule: string; count: number }[] {
  return Object.entries(byRule)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
}
