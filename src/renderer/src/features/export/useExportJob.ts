import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportJob } from '../../../../shared/contract/exportChannels';
import type { Failure } from '../../../../shared/contract/errors';
import type { BundleCase } from '../../../../shared/domain/bundleFormat';
import type { LogQuery } from '../../../../shared/query/logQuery';
import { useApi } from '../../api/ApiContext';

/** How often a running export's progress is asked for. */
const POLL_MS = 400;

export interface ExportOrder {
  format: ExportFormat;
  queries: LogQuery[];
  directory: string;
  fileName: string;
  purpose: string;
  timeZone: string;
  replace: boolean;
  /** For a bundle of a case: its title, reference, notes and stars. */
  bundleCase?: BundleCase;
}

export type ExportRun =
  | { phase: 'idle' }
  | { phase: 'running'; job: ExportJob | null }
  /** The file exists: the operator is asked before it is replaced. */
  | { phase: 'confirm-replace'; order: ExportOrder; message: string }
  | { phase: 'finished'; job: ExportJob }
  /**
   * Refused before it started (a bad folder, a missing purpose, no permission): the reason in words, with
   * the field at fault when one is (`failure.field`), and the order refused, to tell whether it was changed since.
   */
  | { phase: 'refused'; failure: Failure; order: ExportOrder };

/**
 * One export from the dialog: starts it (the call answers when it has finished), follows its progress
 * meanwhile, cancels it on request, and settles on the final job ("N of M exported, complete" or why not).
 */
export function useExportJob() {
  const api = useApi();
  const [run, setRun] = useState<ExportRun>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const follow = useCallback(
    async (id: string) => {
      while (live.current && jobId.current === id) {
        const status = await api.exportStatus({ jobId: id });
        if (!live.current || jobId.current !== id) return;
        if (status.ok && status.data.state === 'running') setRun({ phase: 'running', job: status.data });
        if (status.ok && status.data.state !== 'running') return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    [api],
  );

  const start = useCallback(
    async (order: ExportOrder) => {
      const id = crypto.randomUUID();
      jobId.current = id;
      setRun({ phase: 'running', job: null });
      const target = { directory: order.directory, fileName: order.fileName, replace: order.replace };
      const base = { jobId: id, queries: order.queries, target, purpose: order.purpose };
      void follow(id);
      const answer =
        order.format === 'bundle'
          ? await api.startBundle({ ...base, ...(order.bundleCase ? { case: order.bundleCase } : {}) })
          : await api.startExport({ ...base, format: order.format, timeZone: order.timeZone });
      if (!live.current || jobId.current !== id) return;
      jobId.current = null;
      if (answer.ok) return setRun({ phase: 'finished', job: answer.data });
      if (answer.code === 'ALREADY_EXISTS') return setRun({ phase: 'confirm-replace', order, message: answer.message });
      // A field at fault (a folder that does not exist, a bad name) is said at that field, nothing having been read.
      if (answer.field !== undefined) return setRun({ phase: 'refused', failure: answer, order });
      // A job that ran says how far it got and why it stopped; one refused at the door has no job.
      const status = await api.exportStatus({ jobId: id });
      if (!live.current) return;
      setRun(status.ok ? { phase: 'finished', job: status.data } : { phase: 'refused', failure: answer, order });
    },
    [api, follow],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id) await api.cancelExport({ jobId: id });
  }, [api]);

  const reset = useCallback(() => setRun({ phase: 'idle' }), []);

  return { run, start, cancel, reset };
}
