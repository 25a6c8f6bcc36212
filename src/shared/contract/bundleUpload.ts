import { z } from 'zod';
import { tooLong } from '../domain/tooLong';
import { wholeNumber } from '../domain/wholeNumber';
import { TrustedKeys } from './exportChannels';

/**
 * Uploading a bundle from the operator's disk in browser mode, where main has no file dialog: the file
 * travels in numbered chunks, each well under the browser bridge's 1 MiB request limit once in base64.
 */
export const BUNDLE_UPLOAD_CHUNK_BYTES = 512 * 1024;
/** The largest bundle an upload takes. */
export const MAX_BUNDLE_UPLOAD_BYTES = 4 * 1024 ** 3;
/** Base64 of one full chunk: four characters for every three bytes, padded. */
const MAX_CHUNK_CHARACTERS = Math.ceil(BUNDLE_UPLOAD_CHUNK_BYTES / 3) * 4;

const uploadId = z.uuid('Give the upload id that bundle/upload/begin answered');

/** Sizes as a person reads them: "512 KiB", "4 GiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

export const BundleUploadBeginRequest = z
  .object({
    /** The file's name on the operator's disk; only shown, never used as a path. */
    fileName: z.string().trim().min(1, 'Give the name of the bundle file').max(255, tooLong('The file name')),
    bytes: z
      .number()
      .int('Give the file size as a whole number of bytes')
      .min(1, 'The file is empty, so it cannot be a bundle')
      .max(
        MAX_BUNDLE_UPLOAD_BYTES,
        `The file is larger than ${formatBytes(MAX_BUNDLE_UPLOAD_BYTES)}, the most an upload takes; open it by its path, or with "audit-console open PATH"`,
      ),
  })
  .strict();

export const BundleUpload = z.object({
  uploadId: z.uuid(),
  /** The size of every chunk but the last, which holds the rest. */
  chunkBytes: z.number().int().positive(),
  chunks: z.number().int().positive(),
});
export type BundleUpload = z.infer<typeof BundleUpload>;

export const BundleUploadChunkRequest = z
  .object({
    uploadId,
    /** Chunks are numbered from 0 and sent in order, each once. */
    index: wholeNumber('The chunk number', 0),
    data: z
      .base64('The chunk is not base64')
      .min(1, 'The chunk is empty')
      .max(MAX_CHUNK_CHARACTERS, `A chunk holds at most ${formatBytes(BUNDLE_UPLOAD_CHUNK_BYTES)}`),
  })
  .strict();

export const BundleUploadProgress = z.object({
  receivedBytes: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
  complete: z.boolean(),
});
export type BundleUploadProgress = z.infer<typeof BundleUploadProgress>;

export const BundleUploadCancelRequest = z.object({ uploadId }).strict();
export const BundleUploadCancelled = z.object({ cancelled: z.boolean() });

/** `bundle/open` of a completed upload: verified exactly as a file on disk, then the upload is removed. */
export const BundleOpenUploadRequest = z
  .object({
    uploadId,
    trust: TrustedKeys,
  })
  .strict();
