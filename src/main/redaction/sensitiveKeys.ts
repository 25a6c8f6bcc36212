/** Key names whose value is a secret wherever they appear, compared without case or separators. */
const SECRET_KEY_PARTS = ['password', 'passwd', 'passphrase', 'secret', 'privatekey', 'cardnumber', 'securitycode'];
const SECRET_KEYS = new Set([
  'pwd',
  'pass',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'sessiontoken',
  'authtoken',
  'bearer',
  'jwt',
  'apikey',
  'apisecret',
  'authorization',
  'cookie',
  'setcookie',
  'cvv',
  'cvv2',
  'cvc',
  'pin',
  'pan',
  'otp',
  'iban',
  'accountnumber',
]);

function normalize(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** True for a key like `password`, `newPassword`, `client_secret`, `Authorization`, `cardNumber`, `iban`. */
export function isSecretKey(key: string): boolean {
  const normalized = normalize(key);
  return SECRET_KEYS.has(normalized) || SECRET_KEY_PARTS.some((part) => normalized.includes(part));
}
