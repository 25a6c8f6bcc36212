import { luhnCheckDigit, mod97 } from '../../shared/domain/checksums';
import type { SeededRandom } from './seededRandom';

/** A Luhn-valid 16-digit Visa or Mastercard number. */
export function cardNumber(random: SeededRandom): string {
  let digits = random.pick(['4', '51', '53', '55']);
  while (digits.length < 15) digits += String(random.int(0, 9));
  return digits + luhnCheckDigit(digits);
}

/** A checksum-valid German IBAN (DE, 22 characters), printed without spaces. */
export function iban(random: SeededRandom): string {
  let bban = '';
  while (bban.length < 18) bban += String(random.int(0, 9));
  // Country letters move to the end as D=13, E=14, with check digits 00, per ISO 13616.
  const check = 98 - mod97(`${bban}131400`);
  return `DE${String(check).padStart(2, '0')}${bban}`;
}

function base64Url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** A well-formed (unsigned by any real key) HS256 JWT. */
export function jwt(random: SeededRandom, subject: string): string {
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64Url(
    JSON.stringify({ sub: subject, role: 'client', iat: 1_700_000_000 + random.int(0, 90_000_000) }),
  );
  return `${header}.${payload}.${Buffer.from(random.hex(64), 'hex').toString('base64url')}`;
}

export function bearerToken(random: SeededRandom): string {
  return random.alphanumeric(40);
}

export function password(random: SeededRandom): string {
  return `${random.pick(['Summer', 'Winter', 'Trader', 'Monaco', 'Falcon'])}${random.int(1_000, 9_999)}${random.pick(['!', '#', '$', '?'])}`;
}

/** A PEM private key block (random bytes in the shape of one, no real key), lines of 64 characters. */
export function privateKey(random: SeededRandom): string {
  const body = Buffer.from(random.hex(2 * 190), 'hex').toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN RSA PRIVATE KEY-----', ...lines, '-----END RSA PRIVATE KEY-----'].join('\n');
}

/** A session cookie as a web framework sets it: its name and an opaque value. */
export function sessionCookie(random: SeededRandom): string {
  return `crm_session=${random.alphanumeric(32)}`;
}
