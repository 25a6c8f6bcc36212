import {
  findJwts as findJwtPlaces,
  findPrivateKeys as findPrivateKeyPlaces,
  findSchemeCredentials as findSchemeCredentialPlaces,
  findUrlPasswords as findUrlPasswordPlaces,
  JWT_MARKER,
  PASSWORD_MARKER,
  PRIVATE_KEY_MARKER,
  TOKEN_MARKER,
} from '../../shared/domain/tokenShapes';
import type { SecretSpan } from './secretSpan';

/** Secrets recognised by their own shape, as redaction replaces them. */

export function findPrivateKeys(text: string, spans: SecretSpan[]): void {
  for (const place of findPrivateKeyPlaces(text))
    spans.push({ ...place, rule: 'private key', marker: PRIVATE_KEY_MARKER });
}

export function findJwts(text: string, spans: SecretSpan[]): void {
  for (const place of findJwtPlaces(text)) spans.push({ ...place, rule: 'JWT', marker: JWT_MARKER });
}

/** The credential after `Bearer` or `Basic`; the scheme stays, so the operator sees what kind it was. */
export function findSchemeCredentials(text: string, spans: SecretSpan[]): void {
  for (const place of findSchemeCredentialPlaces(text))
    spans.push({ ...place, rule: 'bearer token', marker: TOKEN_MARKER });
}

export function findUrlPasswords(text: string, spans: SecretSpan[]): void {
  for (const place of findUrlPasswordPlaces(text))
    spans.push({ ...place, rule: 'secret field', marker: PASSWORD_MARKER });
}
