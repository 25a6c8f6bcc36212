import { startsWord } from './startsWord';

/** Secrets recognised by their own shape: private keys, JWTs, credentials after an auth scheme, URL passwords. */

/** One secret found in a text: `text.slice(start, end)`. */
export interface TextPlace {
  readonly start: number;
  readonly end: number;
}

/** What the operator reads in place of each shape, everywhere the console shows text. */
export const PRIVATE_KEY_MARKER = '[redacted: private key]';
export const JWT_MARKER = '[redacted: JWT]';
export const TOKEN_MARKER = '[redacted: token]';
export const PASSWORD_MARKER = '[redacted: password]';

/** A PEM private key block, in any case; a block cut off before its end line is withheld to the end of the text. */
const PRIVATE_KEY =
  /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/gi;
const JWT = /eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g;
const AUTH_SCHEME = /(bearer|basic)\s+([\w.~+/-]+=*)/gi;
/** HTTP Digest authentication's `response="…"`: the hash that proves the password (nonces and names are not secret). */
const DIGEST_RESPONSE = /\bDigest\s[^\n]{0,2000}?\bresponse\s*=\s*(?:\\*")?([0-9a-f]{32,128})\b/gi;
/**
 * API keys their issuers print with a fixed prefix so that a scanner knows them anywhere (GitHub, GitLab,
 * Stripe, Slack, Google, npm, SendGrid, OpenAI): found bare, with no key name or scheme before them.
 */
const ISSUER_KEY =
  /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_\w{22,251}|glpat-[\w-]{20,200}|[rs]k_(?:live|test)_[A-Za-z0-9]{16,247}|whsec_[A-Za-z0-9+/=]{24,200}|xox[abposr]-[A-Za-z0-9-]{10,250}|AIza[\w-]{35}|npm_[A-Za-z0-9]{36}|SG\.[\w-]{22}\.[\w-]{43}|sk-(?:proj-)?(?=[\w-]*\d)(?=[\w-]*[A-Z])[\w-]{32,200})/g;
/** What every issuer's key starts with: a text with none holds no such key, and is not scanned for one. */
export const ISSUER_KEY_HINT =
  /(?<![A-Za-z0-9])(?:gh[pousr]_|github_pat_|glpat-|[rs]k_(?:live|test)_|whsec_|xox[abposr]-|AIza|npm_|SG\.|sk-)/;
/**
 * `scheme://user:password@host`: the password part; also with no user (`https://:password@host`) and
 * with the slashes escaped as JSON writes them (`https:\/\/user:password@host`).
 */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{0,20}:(?:\\*\/){2}[^\s/?#@:]{0,256}:([^\s/@]{1,256})@/gi;

/**
 * Whether the word after `Bearer`/`Basic` is a credential rather than prose ("bearer of bad news",
 * "basic plan"): long, or carrying a digit, a token symbol or an inner capital.
 */
function isCredential(word: string): boolean {
  if (word.length >= 16) return true;
  return word.length >= 4 && /[\d._~+/=-]|.[A-Z]/.test(word);
}

export function findPrivateKeys(text: string): TextPlace[] {
  if (!/PRIVATE KEY/i.test(text)) return [];
  return [...text.matchAll(PRIVATE_KEY)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** JWTs standing alone, or glued to an identifier's prefix by an underscore (`id_eyJ…`). */
export function findJwts(text: string): TextPlace[] {
  if (!text.includes('eyJ')) return [];
  return [...text.matchAll(JWT)]
    .filter((match) => startsWord(text, match.index) || text[match.index - 1] === '_')
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The credential after `Bearer` or `Basic`; the scheme stays out of it, so the reader sees what kind it was. */
export function findSchemeCredentials(text: string): TextPlace[] {
  if (!/bearer|basic/i.test(text)) return [];
  const places: TextPlace[] = [];
  for (const match of text.matchAll(AUTH_SCHEME)) {
    const [whole, , credential = ''] = match;
    if (!startsWord(text, match.index) || !isCredential(credential)) continue;
    const end = match.index + whole.length;
    places.push({ start: end - credential.length, end });
  }
  return places;
}

/** The response of HTTP Digest authentication (`Authorization: Digest username="u", …, response="…"`). */
export function findDigestResponses(text: string): TextPlace[] {
  if (!/digest/i.test(text)) return [];
  return [...text.matchAll(DIGEST_RESPONSE)].map((match) => {
    const end = match.index + match[0].length;
    return { start: end - (match[1] ?? '').length, end };
  });
}

export function findIssuerKeys(text: string): TextPlace[] {
  if (!ISSUER_KEY_HINT.test(text)) return [];
  return [...text.matchAll(ISSUER_KEY)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function findUrlPasswords(text: string): TextPlace[] {
  if (!/:\\*\//.test(text)) return [];
  return [...text.matchAll(URL_PASSWORD)].map((match) => {
    const password = match[1] ?? '';
    const end = match.index + match[0].length - 1;
    return { start: end - password.length, end };
  });
}
