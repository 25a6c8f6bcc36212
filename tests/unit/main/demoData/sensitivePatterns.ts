import type { ViolationKind } from '../../../../src/main/demoData/injectedViolation';
import { isValidIban, passesLuhn } from '../../../../src/shared/domain/checksums';
import { strings } from './datasetFixtures';

export interface Finding {
  readonly kind: ViolationKind;
  readonly field: string;
  readonly value: string;
}

const CARD = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;
const BEARER = /\bBearer\s+[\w.~+/-]+=*/g;
const SECRET_KEY = /(^|\.)(password|passwd|secret|token|apiKey|authorization)$/i;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;
const COOKIE_HEADER = /^(?:Set-)?Cookie: ([^;\n]+)/gim;

/** An independent detector for what must never be logged, to check the generator against. */
export function findSensitiveValues(doc: object): Finding[] {
  const findings: Finding[] = [];
  for (const [field, value] of strings(doc)) {
    if (SECRET_KEY.test(field)) findings.push({ kind: 'password', field, value });
    for (const match of value.matchAll(CARD)) {
      if (passesLuhn(match[0].replace(/[ -]/g, ''))) findings.push({ kind: 'cardNumber', field, value: match[0] });
    }
    for (const match of value.matchAll(IBAN))
      if (isValidIban(match[0])) findings.push({ kind: 'iban', field, value: match[0] });
    for (const match of value.matchAll(JWT)) findings.push({ kind: 'jwt', field, value: match[0] });
    for (const match of value.matchAll(BEARER)) findings.push({ kind: 'bearerToken', field, value: match[0] });
    for (const match of value.matchAll(PRIVATE_KEY)) findings.push({ kind: 'privateKey', field, value: match[0] });
    for (const match of value.matchAll(COOKIE_HEADER)) findings.push({ kind: 'cookie', field, value: match[1] ?? '' });
  }
  return findings;
}
