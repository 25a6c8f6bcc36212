/** The check digits of payment data: what redaction recognises and what the generator plants. */

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

/** The remainder modulo 97 of a long decimal string (ISO 7064, as IBANs use it). */
export function mod97(numeric: string): number {
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder;
}

/** ISO 13616 check, spaces and lower case allowed: the rearranged number modulo 97 is 1. */
export function isValidIban(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  return mod97(rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))) === 1;
}
