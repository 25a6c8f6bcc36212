import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
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

const RELOAD = 'reload the results from the first page';
const TAG_BYTES = 16;
const notIssued = () =>
  new ConsoleError(
    'BAD_REQUEST',
    `The page position is not one this data source issued (it was changed, or the connection changed since); ${RELOAD}.`,
    'cursor',
  );

/**
 * One envelope for the cursors of both engines: the engine's position, who it was issued to and for
 * which query, encrypted and authenticated (AES-256-GCM) under a per-process random key. A renderer can
 * neither read a cursor (the position holds the last row's sort value, unredacted: a name that holds a
 * secret would be readable in it) nor change any of it (the carried total, the position, the binding),
 * nor present it as another operator's or another query's.
 */
export class CursorEnvelope {
  /**
   * The key is random per envelope and never stored: each source (one per opened connection, bundle or
   * demo workspace) seals with its own, so no cursor outlives its source or crosses to another
   * connection, even one reaching the same cluster where a point in time would still be valid.
   */
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  seal(body: unknown, binding: CursorBinding): string {
    const envelope: Envelope = {
      v: 2,
      s: binding.source,
      f: binding.family,
      o: binding.operatorId,
      q: binding.fingerprint,
      b: body,
    };
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([
      cipher.update(JSON.stringify(envelope), 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `${iv.toString('base64url')}.${sealed.toString('base64url')}`;
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
    const [ivText, sealedText, ...rest] = cursor.split('.');
    if (!ivText || !sealedText || rest.length > 0) throw notIssued();
    const iv = Buffer.from(ivText, 'base64url');
    const sealed = Buffer.from(sealedText, 'base64url');
    if (iv.length !== 12 || sealed.length <= TAG_BYTES) throw notIssued();
    let json: unknown;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
      json = JSON.parse(plain.toString('utf8'));
    } catch {
      throw notIssued();
    }
    const parsed = Envelope.safeParse(json);
    if (!parsed.success) throw notIssued();
    return parsed.data;
  }
}

function readBody<T>(envelope: Envelope, body: z.ZodType<T>): T {
  const parsed = body.safeParse(envelope.b);
  // Signed by us yet unreadable: issued by another version of the body; the same advice holds.
  if (!parsed.success) throw notIssued();
  return parsed.data;
}
