import { findPaymentNumbers } from './paymentNumbers';
import { findSecretShapes } from './secretShapes';

/**
 * `text` with every card number, IBAN and other secret (a JWT, `password=…`, a token after `Bearer`)
 * replaced by the marker redaction shows for it, as a message may repeat what was typed.
 */
export function maskSensitiveText(text: string): string {
  const found = [...findPaymentNumbers(text), ...findSecretShapes(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  let masked = '';
  let from = 0;
  for (const { start, end, marker } of found) {
    // Overlapping finds are one secret, shown by the marker of the one that starts first.
    if (start >= from) masked += text.slice(from, start) + marker;
    from = Math.max(from, end);
  }
  return masked + text.slice(from);
}
