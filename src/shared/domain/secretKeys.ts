import { foldLookAlikes } from './lookAlikeLetters';
import { memoizeText } from './memoizeText';

/** Key names whose value is a secret wherever they appear, compared without case or separators. */
const SECRET_KEYS = new Set([
  'pw',
  'pwd',
  'pass',
  'senha',
  'haslo',
  'bearer',
  'jwt',
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'pin',
  'pan',
  'otp',
  'totp',
  'iban',
  'accountnumber',
]);
/** A key holding one of these anywhere is secret (`newPassword`, `client_secret`, `db_credentials`). */
const SECRET_KEY_PARTS = [
  'password',
  'passwd',
  'passwort',
  'kennwort',
  'motdepasse',
  'contrasena',
  'contrasea',
  'passphrase',
  'passcode',
  'secret',
  'credential',
  'privatekey',
  'cardnumber',
  'securitycode',
];
/** A key ending in one of these is secret (`accessToken`, `x-api-key`, `set-cookie`, `pinCode`). */
const SECRET_KEY_ENDINGS = [
  'token',
  'apikey',
  'cookie',
  'authorization',
  'signingkey',
  'encryptionkey',
  'accesskey',
  'hmackey',
  'pincode',
  'otpcode',
  'mfacode',
  'smscode',
  'authcode',
  'resetcode',
  'verificationcode',
];
/**
 * A key that names a secret but ends in one of these describes it instead (`passwordChangedAt`,
 * `secretName`, `privateKeyId`): its value is a date, a count or an id, and stays readable.
 */
const DESCRIPTIVE_ENDINGS = [
  'at',
  'date',
  'time',
  'timestamp',
  'count',
  'length',
  'policy',
  'changed',
  'updated',
  'expires',
  'expiry',
  'strength',
  'required',
  'enabled',
  'type',
  'kind',
  'id',
  'ids',
  'name',
  'masked',
  'last4',
];

/**
 * Every secret key name holds one of these as written, whatever its case and separators (`api_key`,
 * `Set-Cookie`, `user[password]`): a text with none of them holds no `key=value` secret, and its scan
 * for keys is skipped.
 */
export const SECRET_KEY_HINT =
  /pass|pw|secret|token|key|auth|cookie|cred|cvv|cvc|pin|pan|otp|iban|jwt|bearer|account|card|code|wort|senha|haslo|contras/i;

/** A key name as compared: look-alike letters read as Latin (`раssword`), lower case, no separators. */
export function normalizeKey(key: string): string {
  return foldLookAlikes(key)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function namesSecret(key: string): boolean {
  const normalized = normalizeKey(key);
  if (SECRET_KEYS.has(normalized) || SECRET_KEY_ENDINGS.some((ending) => normalized.endsWith(ending))) return true;
  if (!SECRET_KEY_PARTS.some((part) => normalized.includes(part))) return false;
  return !DESCRIPTIVE_ENDINGS.some((ending) => normalized.endsWith(ending));
}

/** True for a key like `password`, `newPassword`, `client_secret`, `Authorization`, `x-api-key`, `pw`, `iban`. */
export const isSecretKey: (key: string) => boolean = memoizeText(namesSecret);

/**
 * The plural of a secret key name (`tokens`, `apiKeys`, `pins`): a list under it holds one secret per
 * item, while a number under it is a count and stays readable.
 */
export const isSecretListKey: (key: string) => boolean = memoizeText((key) => {
  const normalized = normalizeKey(key);
  return normalized.endsWith('s') && !isSecretKey(key) && isSecretKey(normalized.slice(0, -1));
});

/** Keys whose value is a cookie: counted as cookies rather than secret fields. */
export function isCookieKey(key: string): boolean {
  const normalized = normalizeKey(key);
  return normalized === 'cookie' || normalized === 'setcookie';
}
