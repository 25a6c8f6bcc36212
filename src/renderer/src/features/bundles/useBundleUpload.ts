import { useCallback, useEffect, useRef, useState } from 'react';
import type { BundleOpenResult } from '../../../../shared/contract/bundleChannels';
import type { ConsoleApi } from '../../../../shared/contract/contract';
import type { Result } from '../../../../shared/contract/errors';

/** Where an upload stands: sending chunks (bytes sent of the file's size), or main verifying it. */
export type UploadPhase =
  | { phase: 'idle' }
  | { phase: 'sending'; fileName: string; sentBytes: number; bytes: number }
  | { phase: 'verifying'; fileName: string };

/** A file slice as base64, read by the browser (no copy of the whole file in script). */
function readBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });
}

const CANCELLED: Result<BundleOpenResult> = {
  ok: false,
  code: 'CANCELLED',
  message: 'Upload cancelled; nothing of it was kept.',
};

/**
 * `useBundleUpload(api)`: sends a bundle from the operator's disk to main chunk by chunk (browser
 * mode), then asks main to verify and open it. Cancelling, or leaving the page, stops the upload and
 * has main remove what it received.
 */
export function useBundleUpload(api: ConsoleApi) {
  const [state, setState] = useState<UploadPhase>({ phase: 'idle' });
  const cancelled = useRef(false);
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  const upload = useCallback(
    async (file: File): Promise<Result<BundleOpenResult>> => {
      cancelled.current = false;
      setState({ phase: 'sending', fileName: file.name, sentBytes: 0, bytes: file.size });
      const begun = await api.beginBundleUpload({ fileName: file.name, bytes: file.size });
      if (!begun.ok) {
        setState({ phase: 'idle' });
        return begun;
      }
      const { uploadId, chunkBytes, chunks } = begun.data;
      const stop = async (answer: Result<BundleOpenResult>) => {
        await api.cancelBundleUpload({ uploadId });
        setState({ phase: 'idle' });
        return answer;
      };
      for (let index = 0; index < chunks; index += 1) {
        if (cancelled.current) return stop(CANCELLED);
        const slice = file.slice(index * chunkBytes, Math.min(file.size, (index + 1) * chunkBytes));
        let data: string;
        try {
          data = await readBase64(slice);
        } catch {
          const message = `${file.name} could not be read from your disk (moved, deleted or locked?); choose it again.`;
          return stop({ ok: false, code: 'NOT_FOUND', message });
        }
        const sent = await api.sendBundleChunk({ uploadId, index, data });
        if (!sent.ok) return stop(sent);
        setState({ phase: 'sending', fileName: file.name, sentBytes: sent.data.receivedBytes, bytes: file.size });
      }
      if (cancelled.current) return stop(CANCELLED);
      setState({ phase: 'verifying', fileName: file.name });
      const opened = await api.openBundle({ uploadId });
      setState({ phase: 'idle' });
      return opened;
    },
    [api],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { state, upload, cancel };
}
