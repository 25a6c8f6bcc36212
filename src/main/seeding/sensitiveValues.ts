import type { SeededRandom } from './seededRandom';

/** Check digit that makes `digits` + it pass the Luhn test. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function passesLuhn(number: string): boolean {
  return luhnCheckDigit(number.slice(0, -1)) === Number(number.slice(-1));
}

/** A Luhn-valid 16-digit Visa or Mastercard number. */
export function cardNumber(random: SeededRandom): string {
  let digits = random.pick(['4', '51', '53', '55']);
  while (digits.length < 15) digits += String(random.int(0, 9));
  return digits + luhnCheckDigit(digits);
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder;
}

/** A checksum-valid German IBAN (DE, 22 characters), printed without spaces. */
export function iban(random: SeededRandom): string {
  let bban = '';
  while (bban.length < 18) bban += String(random.int(0, 9));
  // Country letters move to the end as D=13, E=14, with check digits 00, per ISO 13616.
  const check = 98 - mod97(`${bban}131400`);
  return `DE${String(check).padStart(2, '0')}${bban}`;
}

export function ibanIsValid(value: string): boolean {
  const rearranged = value.slice(4) + value.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
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
