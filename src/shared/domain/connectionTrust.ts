import { z } from 'zod';
import { tooLong } from './tooLong';

/** A SHA-256 fingerprint as Elasticsearch prints it: 64 hexadecimal digits, colons between pairs allowed. */
const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The fingerprint in one spelling (lower case, no colons or spaces), so two spellings of one bind alike. */
export function normalizeFingerprint(value: string): string {
  return value.toLowerCase().replace(/[\s:]/g, '');
}

/** An absolute path on POSIX (`/etc/…`) or Windows (`C:\…`, `\\server\…`); the shared layer has no `path`. */
const isAbsolutePath = (value: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value);

/**
 * Which certificates the console trusts for a cluster's TLS: the system's, a private CA from a PEM
 * file, or the CA (or self-signed certificate) whose SHA-256 fingerprint the admin copied from the cluster.
 */
export const ConnectionTrust = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('system') }),
  z.object({
    kind: z.literal('caFile'),
    path: z
      .string()
      .trim()
      .min(1, 'Enter the path of the CA certificate file (PEM), e.g. /etc/ssl/es-ca.pem.')
      .max(4096, tooLong('The path of the CA certificate file'))
      .refine(isAbsolutePath, 'Enter the full path of the CA certificate file, e.g. /etc/ssl/es-ca.pem.'),
  }),
  z.object({
    kind: z.literal('fingerprint'),
    sha256: z
      .string()
      .trim()
      .max(200, tooLong('The fingerprint', 'A SHA-256 fingerprint has 64 hexadecimal digits.'))
      .transform(normalizeFingerprint)
      .refine(
        (value) => FINGERPRINT.test(value),
        'Enter the SHA-256 fingerprint of the cluster’s CA certificate: 64 hexadecimal digits, colons allowed.',
      ),
  }),
]);
export type ConnectionTrust = z.infer<typeof ConnectionTrust>;
