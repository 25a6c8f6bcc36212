import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ConsoleError } from '../../shared/contract/errors';
import { canonicalQuery } from '../../shared/query/canonicalQuery';
import { LOG_FAMILIES, type LogFamily, type LogQuery } from '../../shared/query/logQuery';

/** Whom and what a cursor is issued for; a cursor is accepted only where all of it matches. */
export interface CursorBinding {
  /** The source kind that issued it: an engine never reads the other's positions. */
  source: 'elasticsearch' | 'embedded';
  family: LogFamily;
  /** The operator it was handed to; null for a caller with no operator (tools, tests). */
  operatorId: string | null;
  /** The queryFingerprint of the query and scope it continues. */
  fingerprint: string;
}

/** A short, stable hash of the canonical query text: what a cursor's query binding compares. */
export function queryFingerprint(query: LogQuery, scopeClientIds: readonly string[] | null): string {
  return createHash('sha256').update(canonicalQuery(query, scopeClientIds)).digest('base64url').slice(0, 22);
}

const Envelope = z
  .object({
    v: z.literal(2),
    s: z.enum(['elasticsearch', 'embedded']),
    f: z.enum(LOG_FAMILIES),
    o: z.string().nullable(),
    q: z.string(),
    /** The engine's own position (sort values, clock, carried total). */
    b: z.unknown(),
  })
  .strict();
type Envelope = z.infer<typeof Envelope>;

/** The key this process signs cursors with: random at start, never stored, so no cursor outlives the process. */
const PROCESS_KEY = randomBytes(32);

const RELOAD = 'reload the results from the first page';
const notIssued = () =>
  new ConsoleError('BAD_REQUEST', `The page position is not one this console issued; ${RELOAD}.`, 'cursor');

/**
 * One envelope for the cursors of both engines: the engine's position, who it was issued to and for
 * which query, signed with an HMAC under a per-process random key. A renderer can read a cursor but
 * cannot change any of it (the carried total, the position, the binding) or present it as another
 * operator's or another query's without the signature failing.
 */
export class CursorEnvelope {
  constructor(private readonly key: Buffer = PROCESS_KEY) {}

  seal(body: unknown, binding: CursorBinding): string {
    const envelope: Envelope = {
      v: 2,
      s: binding.source,
      f: binding.family,
      o: binding.operatorId,
      q: binding.fingerprint,
      b: body,
    };
    const payload = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The position inside a cursor issued for exactly this binding; a ConsoleError naming the mismatch otherwise. */
  open<T>(cursor: string, body: z.ZodType<T>, expected: CursorBinding): T {
    const envelope = this.verify(cursor);
    this.checkIssuedTo(envelope, expected);
    if (envelope.q !== expected.fingerprint) {
      throw new ConsoleError(
        'BAD_REQUEST',
        `The page position belongs to a different query (filters, text, time range, sort or scope changed); ${RELOAD}.`,
        'cursor',
      );
    }
    return readBody(envelope, body);
  }

  /** Like open, without the query: releasing a cursor names none. */
  openForRelease<T>(cursor: string, body: z.ZodType<T>, expected: Omit<CursorBinding, 'fingerprint'>): T {
    const envelope = this.verify(cursor);
    this.checkIssuedTo(envelope, expected);
    return readBody(envelope, body);
  }

  private checkIssuedTo(envelope: Envelope, expected: Omit<CursorBinding, 'fingerprint'>): void {
    if (envelope.o !== expected.operatorId) {
      throw new ConsoleError('FORBIDDEN', `The page position was issued to another operator; ${RELOAD}.`);
    }
    if (envelope.s !== expected.source || envelope.f !== expected.family) {
      throw new ConsoleError(
        'BAD_REQUEST',
        `The page position belongs to other logs or another data source; ${RELOAD}.`,
        'cursor',
      );
    }
  }

  private verify(cursor: string): Envelope {
    const [payload, signature, ...rest] = cursor.split('.');
    if (!payload || !signature || rest.length > 0) throw notIssued();
    const expected = Buffer.from(this.sign(payload), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notIssued();
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw notIssued();
    }
    const parsed = Envelope.safeParse(json);
    if (!parsed.success) throw notIssued();
    return parsed.data;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function readBody<T>(envelope: Envelope, body: z.ZodType<T>): T {
  const parsed = body.safeParse(envelope.b);
  // Signed by us yet unreadable: issued by another version of the body; the same advice holds.
  if (!parsed.success) throw notIssued();
  return parsed.data;
}
