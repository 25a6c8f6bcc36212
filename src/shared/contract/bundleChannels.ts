import { z } from 'zod';
import { CoveredGround } from '../domain/bundleCoverage';
import { Role } from '../domain/roles';
import { tooLong } from '../domain/tooLong';
import { LOG_FAMILIES } from '../query/logQuery';
import { BundleVerdict, NUL_IN_PATH, TrustedKeys } from './exportChannels';
import { channel, type ContractPart } from './channelDefinition';
import {
  BundleOpenUploadRequest,
  BundleUpload,
  BundleUploadBeginRequest,
  BundleUploadCancelled,
  BundleUploadCancelRequest,
  BundleUploadChunkRequest,
  BundleUploadProgress,
} from './bundleUpload';

const BundleOpenPathRequest = z
  .object({
    /** The bundle file on the machine main runs on. */
    path: z
      .string()
      .trim()
      .min(1, 'Give the path of a bundle file')
      .max(4096, tooLong('The file path', 'Check it, or choose the file instead.'))
      .refine((path) => !path.includes('\0'), NUL_IN_PATH),
    /** Fingerprints of other workstations' keys the operator trusts for this bundle. */
    trust: TrustedKeys,
  })
  .strict();

/** A bundle by its path on the machine main runs on, or by an upload from the operator's disk. */
export const BundleOpenRequest = z.union([BundleOpenPathRequest, BundleOpenUploadRequest], {
  error: 'Give either the path of a bundle file or the id of an uploaded one (not both)',
});

export const BundleCloseRequest = z.object({}).strict();
export const BundleChooseRequest = z.object({}).strict();

/**
 * A reopened bundle as every screen shows it: the custody record (who exported it, when, from where),
 * the signer's key and the verification verdict. Read-only: nothing here can be edited or re-signed.
 */
const OpenedBundleShape = z.object({
  /** The bundle's file name (never the folders it sits in). */
  file: z.string(),
  openedAt: z.iso.datetime(),
  records: z.number().int().nonnegative(),
  /** The records of each family: a view reading a family the bundle holds none of says so. */
  families: z.object({ operational: z.number().int().nonnegative(), activity: z.number().int().nonnegative() }),
  queries: z.number().int().nonnegative(),
  /** The ground each query covered: a view over what no query asked for says so instead of a bare 0. */
  coverage: z.array(CoveredGround),
  /** intact: every check passed and the signer is known; unknown-signer: intact, but signed by a key this workstation does not know. */
  verdict: z.enum(['intact', 'unknown-signer']),
  /** The verdict in one sentence. */
  verdictSummary: z.string(),
  signer: z.object({ fingerprint: z.string(), knownAs: z.string().nullable() }),
  custody: z.object({
    operator: z.object({ id: z.string(), name: z.string(), role: Role }),
    purpose: z.string(),
    exportedAt: z.iso.datetime(),
    /** "cluster prod-eu (uuid …)" or "demo workspace". */
    source: z.string(),
    consoleVersion: z.string(),
  }),
});
export type OpenedBundle = z.infer<typeof OpenedBundleShape>;
/** Typed by name, so the contract's whole type stays small enough for the compiler to write out. */
export const OpenedBundle: z.ZodType<OpenedBundle> = OpenedBundleShape;

/** Either the bundle is now the console's read-only source, or the verdict that kept it closed. */
const BundleOpenResultShape = z.discriminatedUnion('opened', [
  z.object({ opened: z.literal(true), bundle: OpenedBundle }),
  z.object({ opened: z.literal(false), verdict: BundleVerdict }),
]);
export type BundleOpenResult = z.infer<typeof BundleOpenResultShape>;
/** Typed by name, like `OpenedBundle`. */
export const BundleOpenResult: z.ZodType<BundleOpenResult> = BundleOpenResultShape;

export const BundleCaseRequest = z.object({}).strict();

/** How many of a reopened bundle's notes, and of its stars, one answer holds; the counts say how many it has. */
export const BUNDLE_CASE_SHOWN = 500;

/** The case a reopened bundle carries (its title, reference, notes and stars), as exported: read-only. */
const BundleCaseViewShape = z.object({
  /** Null when no bundle is open, the bundle carries no case, or the case is withheld. */
  case: z
    .object({
      title: z.string().nullable(),
      reference: z.string().nullable(),
      notes: z.array(z.object({ at: z.iso.datetime(), author: z.string(), text: z.string() })),
      noteCount: z.number().int().nonnegative(),
      stars: z.array(
        z.object({
          family: z.enum(LOG_FAMILIES),
          recordId: z.string(),
          note: z.string().nullable(),
          at: z.iso.datetime(),
        }),
      ),
      starCount: z.number().int().nonnegative(),
    })
    .nullable(),
  /** Why this operator is not shown the case the bundle carries; null when nothing is withheld. */
  withheld: z.string().nullable(),
});
export type BundleCaseView = z.infer<typeof BundleCaseViewShape>;
/** Typed by name, like `OpenedBundle`. */
export const BundleCaseView: z.ZodType<BundleCaseView> = BundleCaseViewShape;

/** What closing answered: the source the console reads again. */
export const BundleClosed = z.object({ closed: z.boolean(), source: z.string() });

/** The path the operator chose in the desktop's file dialog, or null when they cancelled. */
export const BundleChoice = z.object({ path: z.string().nullable() });

/** The channels of this part of the contract (see contract.ts). */
export const bundleContract = {
  /** Verifies a bundle and, if it holds, makes it the console's read-only source; else answers the verdict. */
  'bundle/open': channel({
    request: BundleOpenRequest,
    response: BundleOpenResult,
    permission: 'export:run',
    audited: true,
    refusedIn: (answer) => (answer.opened ? null : 'CORRUPT'),
  }),
  /** The case the reopened bundle carries, read-only; one withheld from the operator is a refusal. */
  'bundle/case': channel({
    request: BundleCaseRequest,
    response: BundleCaseView,
    permission: 'export:run',
    audited: true,
    refusedIn: (view) => (view.withheld === null ? null : 'FORBIDDEN'),
  }),
  /** Closes the reopened bundle: the console reads its previous source again. */
  'bundle/close': channel({
    request: BundleCloseRequest,
    response: BundleClosed,
    permission: 'app:read',
    audited: true,
  }),
  /** The desktop's file-open dialog for a bundle; browser mode has none (give a path). */
  'bundle/choose': channel({
    request: BundleChooseRequest,
    response: BundleChoice,
    permission: 'export:run',
    audited: false,
  }),
  /** Starts uploading a bundle from the operator's disk (browser mode): its size and name; answers the upload id. */
  'bundle/upload/begin': channel({
    request: BundleUploadBeginRequest,
    response: BundleUpload,
    permission: 'export:run',
    audited: true,
  }),
  /** One numbered chunk of an upload, in order; refusals are journaled like every refusal. */
  'bundle/upload/chunk': channel({
    request: BundleUploadChunkRequest,
    response: BundleUploadProgress,
    permission: 'export:run',
    audited: false,
  }),
  /** Stops an upload and removes what was received. */
  'bundle/upload/cancel': channel({
    request: BundleUploadCancelRequest,
    response: BundleUploadCancelled,
    permission: 'export:run',
    audited: true,
  }),
} satisfies ContractPart;
