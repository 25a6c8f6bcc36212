import { z } from 'zod';
import { LOG_FAMILIES, LogQuery } from '../query/logQuery';
import { SourceIdentity } from '../query/logSource';
import { Role } from './roles';
import { tooLong } from './tooLong';
import { tooMany } from './tooMany';

/**
 * The investigation bundle's files, as `docs/bundle-format.md` describes them. A bundle is a POSIX tar
 * holding these JSON files and the records as NDJSON; the manifest lists every other file's SHA-256 and
 * is signed with Ed25519.
 */
export const BUNDLE_FORMAT = 'audit-console-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.acbundle';

/** The first file of every bundle, so a reader knows at once what it holds and in which version. */
export const BundleFormatFile = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().positive(),
  about: z.string(),
});
export type BundleFormatFile = z.infer<typeof BundleFormatFile>;

const Instant = z.iso.datetime();
const UTC_INSTANT = 'a date and time in UTC, such as 2026-10-01T00:00:00Z';
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Case notes and starred events an investigator carries into a bundle. */
export const BundleCase = z
  .object({
    title: z.string().trim().max(200, tooLong('The case title')).optional(),
    /** A ticket or case number. */
    reference: z.string().trim().max(200, tooLong('The case reference')).optional(),
    notes: z
      .array(
        z
          .object({
            at: z.iso.datetime({ error: `A note’s time is not ${UTC_INSTANT}.` }),
            author: z.string().max(200, tooLong('A note’s author')),
            text: z.string().max(20_000, tooLong('A note')),
          })
          .strict(),
      )
      .max(2_000, tooMany('A case', 'notes', { verb: 'carries' }))
      .default([]),
    stars: z
      .array(
        z
          .object({
            family: z.enum(LOG_FAMILIES),
            recordId: z
              .string()
              .min(1, 'A starred event’s id is empty; star the event again.')
              .max(200, tooLong('A starred event’s id')),
            note: z.string().max(20_000, tooLong('A starred event’s note')).optional(),
            at: z.iso.datetime({ error: `A starred event’s time is not ${UTC_INSTANT}.` }),
          })
          .strict(),
      )
      .max(20_000, tooMany('A case', 'starred events', { verb: 'carries' }))
      .default([]),
  })
  .strict();
export type BundleCase = z.infer<typeof BundleCase>;

/** One query of a bundle: exactly what ran, what it matched and what was written. */
export const BundleQuery = z.object({
  /** 1-based; names the query's files (`records/0001.ndjson`). */
  number: z.number().int().positive(),
  family: z.enum(LOG_FAMILIES),
  /** The query as run: relative time ranges resolved to absolute UTC at `resolvedAt`. */
  query: LogQuery,
  /** The query as the operator asked for it (a relative range stays relative here). */
  requested: LogQuery,
  resolvedAt: Instant,
  /** The operator's clients when the operator is scoped (the query could match no others); null otherwise. */
  scopeClientIds: z.array(z.string()).nullable(),
  /** How many records the source said the query matched, counted exactly when the export began. */
  hitCount: z.number().int().nonnegative(),
  /** How many records the bundle holds for it; equal to `hitCount` in a complete bundle. */
  exported: z.number().int().nonnegative(),
  /** SHA-256 over the query's record hashes in order (32 raw bytes each). */
  resultSetSha256: Sha256Hex,
  records: z.string(),
  recordHashes: z.string(),
});
export type BundleQuery = z.infer<typeof BundleQuery>;

export const BundleQueries = z.object({ queries: z.array(BundleQuery).min(1) });
export type BundleQueries = z.infer<typeof BundleQueries>;

/** Who exported what, when, from where, and under which redaction rules. Never a secret. */
export const Custody = z.object({
  operator: z.object({
    id: z.string(),
    name: z.string(),
    role: Role,
    scope: z.object({ clientIds: z.array(z.string()) }).nullable(),
  }),
  purpose: z.string(),
  exportedAt: Instant,
  console: z.object({ name: z.string(), version: z.string() }),
  source: SourceIdentity,
  redaction: z.object({
    policyHash: z.string(),
    policy: z.unknown(),
    /** How many values each rule replaced in the records, notes and queries of this bundle. */
    removed: z.array(z.object({ rule: z.string(), count: z.number().int().nonnegative() })),
  }),
});
export type Custody = z.infer<typeof Custody>;

export const ManifestFile = z.object({
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: Sha256Hex,
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** The signed file: every other file's size and SHA-256, the counts, and the signer's public key. */
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().positive(),
  createdAt: Instant,
  files: z.array(ManifestFile).min(1),
  counts: z.object({
    queries: z.number().int().nonnegative(),
    records: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  }),
  signer: z.object({
    algorithm: z.literal('Ed25519'),
    /** The public key, DER (SubjectPublicKeyInfo) in base64. */
    publicKey: z.string(),
    /** SHA-256 of the raw 32-byte public key, hex. */
    fingerprint: Sha256Hex,
  }),
});
export type Manifest = z.infer<typeof Manifest>;

/** Fixed names of the bundle's files; a query's records are `records/NNNN.ndjson` and `records/NNNN.sha256`. */
export const BUNDLE_FILES = {
  format: 'format.json',
  queries: 'queries.json',
  case: 'case.json',
  custody: 'custody.json',
  manifest: 'manifest.json',
  signature: 'manifest.sig',
} as const;

export function recordFiles(queryNumber: number): { records: string; recordHashes: string } {
  const stem = `records/${String(queryNumber).padStart(4, '0')}`;
  return { records: `${stem}.ndjson`, recordHashes: `${stem}.sha256` };
}
