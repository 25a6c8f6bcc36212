import { findKeyedSecrets as findKeyedSecretPlaces, keyedSecretMarker } from '../../shared/domain/keyedSecrets';
import type { SecretSpan } from './secretSpan';

/** Values under secret key names inside text, as redaction replaces them. */
export function findKeyedSecrets(text: string, spans: SecretSpan[]): void {
  for (const { start, end, key, cookie } of findKeyedSecretPlaces(text)) {
    spans.push({ start, end, rule: cookie ? 'cookie' : 'secret field', marker: keyedSecretMarker({ key, cookie }) });
  }
}
