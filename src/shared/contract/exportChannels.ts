import { z } from 'zod';
import { paymentNumberProblem, refuseInNamingText } from '../domain/paymentNumberProblem';
import { secretShapeProblem } from '../domain/secretShapeProblem';
import { tooLong } from '../domain/tooLong';
import { tooMany } from '../domain/tooMany';
import { BundleCase, Custody } from '../domain/bundleFormat';
import { RequestLogQuery } from '../query/secretFilterValues';
import { ErrorCode } from './errors';
import { channel, type ContractPart } from './channelDefinition';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'bundle'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The extension each format's file must end with. */
export const EXPORT_EXTENSIONS = { csv: '.csv', ndjson: '.ndjson', bundle: '.acbundle' } as const;

/**
 * What an export reads: the queries of a view, or of a whole case. A query whose filter values hold a
 * secret is refused before anything is read, as a search of it is.
 */
const ExportQueries = z
  .array(RequestLogQuery)
  .min(1, 'Choose at least one query to export.')
  .max(50, tooMany('An export', 'queries', { verb: 'reads' }));

/**
 * A file name's limit in UTF-8 bytes: disks allow 255, and the export is written under a longer
 * temporary name first. Main says so in a sentence; the schema only caps what a request may carry.
 */
export const EXPORT_FILE_NAME_MAX_BYTES = 200;

/**
 * A folder path's limit in characters, as the disks main writes to take a whole path; the dialog says it
 * as the path is typed, in main's own sentence.
 */
export const EXPORT_FOLDER_MAX_LENGTH = 4096;

/** What to do about a folder path past its limit. */
export const FOLDER_TOO_LONG_ADVICE = 'Choose a folder with a shorter path.';

/**
 * What is wrong with a folder path or file name that holds a full card number, IBAN or secret, or null:
 * the path is written into the journal and shown as the export's result, where none may stand. The dialog
 * says it as the name is typed and main refuses the request with it, so nothing is written.
 */
export const exportTargetSecretProblem = (what: string, text: string): string | null =>
  paymentNumberProblem(what, text) ?? secretShapeProblem(what, text);

const refuseSecretIn = (what: string) => (value: string, context: z.RefinementCtx) => {
  const message = exportTargetSecretProblem(what, value);
  if (message !== null) context.addIssue({ code: 'custom', message });
};

/** Where the file goes: an existing folder, a plain name ending with the format's extension. */
export const ExportTarget = z
  .object({
    directory: z
      .string()
      .min(1, 'Choose the folder to export into.')
      .max(EXPORT_FOLDER_MAX_LENGTH, tooLong('The folder path', FOLDER_TOO_LONG_ADVICE))
      .superRefine(refuseSecretIn('The folder path')),
    fileName: z
      .string()
      .min(1, 'Give the file a name.')
      .max(4096, tooLong('The file name'))
      .superRefine(refuseSecretIn('The file name')),
    /** Replace a file of that name (the operator confirmed); without it an existing file is refused. */
    replace: z.boolean().default(false),
  })
  .strict();

/** What to do about a folder whose path holds a hidden character (it would read otherwise in the journal). */
export const FOLDER_ADVICE = 'choose a folder whose path reads as it is written';

/** The operator's IANA time zone, for the CSV's local-time column; main's own zone when absent. */
const TimeZone = z
  .string()
  .min(1, 'The time zone is empty; leave it out to use this computer’s.')
  .max(100, tooLong('The time zone'))
  .optional();
/** Why the operator exports: required; it goes into the journal (and a bundle's custody record, unredacted). */
export const PURPOSE_MIN_LENGTH = 3;
export const PURPOSE_MAX_LENGTH = 2000;
export const ExportPurpose = z
  .string()
  .trim()
  .min(PURPOSE_MIN_LENGTH, 'Say why you export (at least a few words)')
  .max(PURPOSE_MAX_LENGTH, tooLong('The purpose'))
  .superRefine(refuseInNamingText('The purpose', { lines: true }));
/** Chosen by the caller, so it can follow progress with `export/status` while `export/start` runs. */
const JobId = z.uuid('The export’s job id is not a UUID; start the export again from its dialog.');

export const ExportPreviewRequest = z
  .object({ format: ExportFormat, queries: ExportQueries, timeZone: TimeZone })
  .strict();

export const ExportStartRequest = z
  .object({
    jobId: JobId,
    format: z.enum(['csv', 'ndjson']),
    queries: ExportQueries,
    target: ExportTarget,
    purpose: ExportPurpose,
    timeZone: TimeZone,
  })
  .strict();

export const BundleStartRequest = z
  .object({
    jobId: JobId,
    queries: ExportQueries,
    target: ExportTarget,
    purpose: ExportPurpose,
    case: BundleCase.optional(),
  })
  .strict();

export const ExportJobRequest = z.object({ jobId: JobId }).strict();

/** Fingerprints of other workstations' keys the operator trusts for one bundle. */
export const TrustedKeys = z
  .array(
    z
      .string()
      .min(1, 'A trusted key’s fingerprint is empty; paste it again or take it out.')
      .max(200, tooLong('A trusted key’s fingerprint', 'A SHA-256 fingerprint has 64 hexadecimal digits.')),
  )
  .max(50, tooMany('The list of trusted keys', 'fingerprints'))
  .default([]);

/**
 * Said of a bundle path holding a NUL, which no file name holds. Other characters that hide or reorder text are
 * let through: a file received from elsewhere may be named anything, and the verdict and the journal name them.
 */
export const NUL_IN_PATH = 'The file path holds U+0000 (NUL), which no file name holds; check the path.';

export const BundleVerifyRequest = z
  .object({
    path: z
      .string()
      .min(1, 'Give the path of a bundle file')
      .max(4096, tooLong('The file path', 'Check it, or choose the file instead.'))
      .refine((path) => !path.includes('\0'), NUL_IN_PATH),
    /** Fingerprints of other workstations' keys the operator trusts for this check. */
    trust: TrustedKeys,
  })
  .strict();

/**
 * How many values each redaction rule replaced, as a list: rule names such as "secret field" are the
 * kind of key redaction itself would hide, so they travel as values.
 */
const Counts = z.array(z.object({ rule: z.string(), count: z.number().int().nonnegative() }));

/** The check before writing: the columns, how many rows, and what redaction will remove. */
export const ExportPreview = z.object({
  format: ExportFormat,
  /** CSV headers; for NDJSON and bundles the fields of each record. */
  columns: z.array(z.string()),
  queries: z.array(
    z.object({ number: z.number().int(), family: z.enum(['operational', 'activity']), rows: z.number().int() }),
  ),
  totalRows: z.number().int().nonnegative(),
  timeZone: z.string(),
  redaction: z.object({
    policyHash: z.string(),
    rules: z.array(z.object({ name: z.string(), removes: z.string() })),
    /** Redactions counted in the first rows of each query, read now as a sample. */
    sampleRows: z.number().int().nonnegative(),
    sampleRemoved: Counts,
  }),
  /** The bundle key's fingerprint, or null when this workstation has none yet (one is made on first use). */
  signerFingerprint: z.string().nullable(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportJobState = z.enum(['running', 'complete', 'failed', 'cancelled']);

/** An export as its progress bar and its result show it. */
export const ExportJob = z.object({
  jobId: z.string(),
  format: ExportFormat,
  state: ExportJobState,
  /** "12,000 of 12,000 rows exported, complete" or why not. */
  summary: z.string(),
  rowsWritten: z.number().int().nonnegative(),
  totalRows: z.number().int().nonnegative().nullable(),
  rowsPerSecond: z.number().nonnegative(),
  secondsLeft: z.number().nonnegative().nullable(),
  bytesWritten: z.number().int().nonnegative(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The finished file; null until complete (nothing is left when an export fails or is cancelled). */
  file: z.string().nullable(),
  redactions: Counts,
  signerFingerprint: z.string().nullable(),
  failure: z.object({ code: ErrorCode, message: z.string() }).nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

export const BundleProblemKind = z.enum([
  'framing',
  'signature',
  'signer-unknown',
  'manifest',
  'file-altered',
  'file-missing',
  'file-added',
  'record-altered',
  'record-missing',
  'record-added',
  'count',
]);

export const BundleVerdict = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  /** intact: every check passed; altered: at least one failed; unreadable: not a bundle this console reads. */
  verdict: z.enum(['intact', 'altered', 'unreadable']),
  /** Why an unreadable file could not be checked, in words. */
  unreadable: z.string().nullable(),
  formatVersion: z.number().int().nullable(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), detail: z.string() })),
  problems: z.array(
    z.object({
      kind: BundleProblemKind,
      message: z.string(),
      path: z.string().optional(),
      record: z.object({ position: z.number().int(), id: z.string().nullable() }).optional(),
    }),
  ),
  /** Problems found beyond those listed. */
  moreProblems: z.number().int().nonnegative(),
  signer: z.object({ fingerprint: z.string(), trusted: z.boolean(), knownAs: z.string().nullable() }).nullable(),
  custody: Custody.nullable(),
  records: z.number().int().nonnegative().nullable(),
  seconds: z.number().nonnegative(),
});
export type BundleVerdict = z.infer<typeof BundleVerdict>;
export type BundleProblem = BundleVerdict['problems'][number];
export type BundleCheck = BundleVerdict['checks'][number];

/** The channels of this part of the contract (see contract.ts). */
export const exportContract = {
  /** Columns, row counts and what redaction will remove, before anything is written. */
  'export/preview': channel({
    request: ExportPreviewRequest,
    response: ExportPreview,
    permission: 'export:run',
    audited: true,
  }),
  /** CSV or NDJSON; answers when finished (or why not). Follow it meanwhile with `export/status`. */
  'export/start': channel({
    request: ExportStartRequest,
    response: ExportJob,
    permission: 'export:run',
    audited: true,
    failedIn: (job) => job.failure?.code ?? null,
  }),
  /** A signed investigation bundle; answers when finished, like `export/start`. */
  'bundle/start': channel({
    request: BundleStartRequest,
    response: ExportJob,
    permission: 'bundle:create',
    audited: true,
    failedIn: (job) => job.failure?.code ?? null,
  }),
  'export/status': channel({
    request: ExportJobRequest,
    response: ExportJob,
    permission: 'export:run',
    audited: false,
  }),
  /** Cancelling an export that had already failed is no failure of the cancel: its line is ok. */
  'export/cancel': channel({ request: ExportJobRequest, response: ExportJob, permission: 'export:run', audited: true }),
  /**
   * Checks a bundle file and answers the verdict, check by check. An altered bundle is what the check found,
   * journaled ok; a file that could not be checked at all (missing, unreadable, not a bundle) fails it.
   */
  'bundle/verify': channel({
    request: BundleVerifyRequest,
    response: BundleVerdict,
    permission: 'export:run',
    audited: true,
    failedIn: (verdict) => (verdict.verdict === 'unreadable' ? 'CORRUPT' : null),
  }),
} satisfies ContractPart;
