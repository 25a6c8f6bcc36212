import { startsWord } from '../../shared/domain/startsWord';
import type { SecretSpan } from './secretSpan';

/** Secrets recognised by their own shape: private keys, JWTs, credentials after an auth scheme, URL passwords. */

/** A PEM private key block; a block cut off before its end line is withheld to the end of the text. */
const PRIVATE_KEY =
  /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g;
const JWT = /eyJ[\w-]{2,}\.[\w-]{2,}\.[\w-]*/g;
const AUTH_SCHEME = /(bearer|basic)\s+([\w.~+/-]+=*)/gi;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/?#@:]{1,256}:([^\s/@]{1,256})@/gi;

/**
 * Whether the word after `Bearer`/`Basic` is a credential rather than prose ("bearer of bad news",
 * "basic plan"): long, or carrying a digit, a token symbol or an inner capital.
 */
function isCredential(word: string): boolean {
  if (word.length >= 16) return true;
  return word.length >= 4 && /[\d._~+/=-]|.[A-Z]/.test(word);
}

export function findPrivateKeys(text: string, spans: SecretSpan[]): void {
  if (!text.includes('PRIVATE KEY')) return;
  for (const match of text.matchAll(PRIVATE_KEY)) {
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'private key',
      marker: '[redacted: private key]',
    });
  }
}

export function findJwts(text: string, spans: SecretSpan[]): void {
  if (!text.includes('eyJ')) return;
  for (const match of text.matchAll(JWT)) {
    if (!startsWord(text, match.index)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, rule: 'JWT', marker: '[redacted: JWT]' });
  }
}

/** The credential after `Bearer` or `Basic`; the scheme stays, so the operator sees what kind it was. */
export function findSchemeCredentials(text: string, spans: SecretSpan[]): void {
  if (!/bearer|basic/i.test(text)) return;
  for (const match of text.matchAll(AUTH_SCHEME)) {
    const [whole, , credential = ''] = match;
    if (!startsWord(text, match.index) || !isCredential(credential)) continue;
    const end = match.index + whole.length;
    spans.push({ start: end - credential.length, end, rule: 'bearer token', marker: '[redacted: token]' });
  }
}

export function findUrlPasswords(text: string, spans: SecretSpan[]): void {
  if (!text.includes('://')) return;
  for (const match of text.matchAll(URL_PASSWORD)) {
    const password = match[1] ?? '';
    const end = match.index + match[0].length - 1;
    spans.push({ start: end - password.length, end, rule: 'secret field', marker: '[redacted: password]' });
  }
}
