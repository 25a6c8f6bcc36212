import { cardNumberMarker, findCardNumbers as findCardNumberPlaces } from '../../shared/domain/cardNumbers';
import type { SecretSpan } from './secretSpan';

/** Card numbers in `text` as redaction replaces them: each keeps its last four digits in its marker. */
export function findCardNumbers(text: string, spans: SecretSpan[]): void {
  for (const { start, end, lastFour } of findCardNumberPlaces(text)) {
    spans.push({ start, end, rule: 'card number', marker: cardNumberMarker(lastFour) });
  }
}
