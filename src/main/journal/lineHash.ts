import { createHash } from 'node:crypto';

/** SHA-256 of one journal line's exact text (without its newline), as the next line's `prev` holds it. */
export function lineHash(line: string | Buffer): string {
  return createHash('sha256').update(line).digest('hex');
}
