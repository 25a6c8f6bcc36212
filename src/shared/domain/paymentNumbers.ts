import { cardNumberMarker, findCardNumbers } from './cardNumbers';
import { findIbans, IBAN_MARKER } from './ibans';

/** One full card number or IBAN found in a text, with what the operator reads in its place. */
export interface PaymentNumberPlace {
  readonly start: number;
  readonly end: number;
  readonly kind: 'card number' | 'IBAN';
  /** Only a card's: the digits it may be named by. */
  readonly lastFour: string | null;
  readonly marker: string;
}

/**
 * The full payment data in `text` (card numbers passing Luhn, valid IBANs), in order and never
 * overlapping: an IBAN holding a run of digits that would pass as a card is one IBAN.
 */
export function findPaymentNumbers(text: string): PaymentNumberPlace[] {
  const found: PaymentNumberPlace[] = [
    ...findIbans(text).map(({ start, end }) => ({
      start,
      end,
      kind: 'IBAN' as const,
      lastFour: null,
      marker: IBAN_MARKER,
    })),
    ...findCardNumbers(text).map(({ start, end, lastFour }) => ({
      start,
      end,
      kind: 'card number' as const,
      lastFour,
      marker: cardNumberMarker(lastFour),
    })),
  ];
  const places: PaymentNumberPlace[] = [];
  for (const place of found.sort((a, b) => a.start - b.start)) {
    const last = places.at(-1);
    if (last === undefined || place.start >= last.end) places.push(place);
  }
  return places;
}
