import type { LogFamily } from '../../shared/query/logQuery';

export const VIOLATION_KINDS = [
  'password',
  'cardNumber',
  'bearerToken',
  'jwt',
  'iban',
  'privateKey',
  'cookie',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/** One planted privacy violation: where it is, exactly, so redaction tests can assert against it. */
export interface InjectedViolation {
  readonly kind: ViolationKind;
  readonly family: LogFamily;
  readonly docId: string;
  /** Dotted path of the field holding it (`metadata.password`, `message`, `error`, `change.after.iban`). */
  readonly field: string;
  /** The sensitive value exactly as it appears inside the field. */
  readonly value: string;
}
