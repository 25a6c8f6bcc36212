import { z } from 'zod';

export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'UNTRUSTED_SENDER',
  'FORBIDDEN',
  'UNAVAILABLE',
  'TIMEOUT',
  'AUTH_FAILED',
  'QUERY_REJECTED',
  'MAPPING_MISMATCH',
  'CANCELLED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CORRUPT',
  'DISK_FULL',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Failure = z.object({
  ok: z.literal(false),
  code: ErrorCode,
  /** A sentence a person can act on; never a stack trace. */
  message: z.string(),
  /** The request field at fault, for validation errors. */
  field: z.string().optional(),
});
export type Failure = z.infer<typeof Failure>;

/** How the router begins a refusal of a request its schema rejects: "Invalid request — field: …". */
export const SCHEMA_REFUSAL_PREFIX = 'Invalid request — ';

/** A refusal's own sentence, without the router's "Invalid request — field:" before it. */
export function refusalSentenceOf(failure: Pick<Failure, 'message' | 'field'>): string {
  const prefix = `${SCHEMA_REFUSAL_PREFIX}${failure.field ?? ''}: `;
  return failure.field !== undefined && failure.message.startsWith(prefix)
    ? failure.message.slice(prefix.length)
    : failure.message;
}

export type Result<T> = { ok: true; data: T } | Failure;

/** The answer to a call its caller aborted, whichever transport carried it. */
export const CANCELLED_CALL: Failure = {
  ok: false,
  code: 'CANCELLED',
  message: 'Cancelled; what was on screen stays.',
};

/** Thrown by services; the router turns it into a `Failure` value. */
export class ConsoleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }
}
