import { nonOverlapping } from './nonOverlapping';
import { SECRET_SHAPES, type PaymentKind, type ShapedSecret } from './secretShapeTable';

/**
 * The full payment data in `text` (card numbers passing Luhn, valid IBANs), in order and never
 * overlapping: an IBAN holding a run of digits that would pass as a card is one IBAN.
 */
export function findPaymentNumbers(text: string): ShapedSecret<PaymentKind>[] {
  return nonOverlapping(SECRET_SHAPES.payment.flatMap((find) => find(text)));
}
