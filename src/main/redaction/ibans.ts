import { findIbans as findIbanPlaces, IBAN_MARKER } from '../../shared/domain/ibans';
import type { SecretSpan } from './secretSpan';

/** IBANs in `text` as redaction replaces them. */
export function findIbans(text: string, spans: SecretSpan[]): void {
  for (const { start, end } of findIbanPlaces(text)) spans.push({ start, end, rule: 'IBAN', marker: IBAN_MARKER });
}
