import { useEffect, useRef } from 'react';
import type { ExportJob } from '../../../../shared/contract/exportChannels';
import { notExportedSentence } from '../../../../shared/domain/notExportedSentence';
import { keepTabWithin } from '../../hooks/keepTabWithin';
import type { ExportOrder, ExportRun } from './useExportJob';

const count = (value: number) => value.toLocaleString('en-US');

function timeLeft(seconds: number | null): string {
  if (seconds === null) return 'time left unknown';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} min left`;
}

function progressLine(job: ExportJob | null): string {
  if (!job) return 'Starting the export…';
  const total = job.totalRows === null ? '' : ` of ${count(job.totalRows)}`;
  return `${count(job.rowsWritten)}${total} rows · ${count(Math.round(job.rowsPerSecond))} rows/s · ${timeLeft(job.secondsLeft)}`;
}

/** What Escape says while an export runs: it keeps running, and how to stop it. */
export const STILL_RUNNING = 'The export is still running: choose Cancel export to stop it, or wait until it ends.';

interface ExportProgressPanelProps {
  run: ExportRun;
  /** How many times Escape was pressed while this export runs: it says how to stop it, and Cancel export takes the focus. */
  escapes: number;
  onCancel: () => void;
  onReplace: (order: ExportOrder) => void;
  onKeep: () => void;
}

/**
 * The export under way (progress, rows per second, time left, cancel), the replace question, or the result.
 * Each takes the focus as it comes (the settings it replaces are disabled or answered): Cancel while it
 * runs, "Keep the existing file" when asked, the result when done, so the keyboard is never left nowhere.
 * Escape while it runs brings the focus back to Cancel export, with a sentence saying how to stop it.
 */
export function ExportProgressPanel({ run, escapes, onCancel, onReplace, onKeep }: ExportProgressPanelProps) {
  const focusTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    focusTarget.current?.scrollIntoView({ block: 'nearest' });
    focusTarget.current?.focus({ preventScroll: true });
  }, [run.phase, escapes]);
  switch (run.phase) {
    case 'idle':
      return null;
    case 'running': {
      const job = run.job;
      const known = job !== null && job.totalRows !== null && job.totalRows > 0;
      return (
        <section aria-label="Export progress" className="export-progress">
          <progress
            aria-label="Rows exported"
            {...(known ? { max: job.totalRows ?? 0, value: job.rowsWritten } : {})}
          />
          <p role="status" data-testid="export-progress-line">
            {progressLine(job)}
          </p>
          <button type="button" ref={(element) => void (focusTarget.current = element)} onClick={onCancel}>
            Cancel export
          </button>
          {/* Present from the start, so the sentence Escape puts in it is read out. */}
          <p role="status" className="muted">
            {escapes > 0 ? STILL_RUNNING : ''}
          </p>
        </section>
      );
    }
    case 'confirm-replace':
      return (
        // Tab and Shift+Tab stay between its two answers until one is chosen (or Escape keeps the file).
        <section role="alertdialog" aria-label="Replace the file?" className="export-confirm" onKeyDown={keepTabWithin}>
          <p>{run.message} Replace it with this export?</p>
          <button type="button" onClick={() => onReplace(run.order)}>
            Replace it
          </button>
          <button type="button" ref={(element) => void (focusTarget.current = element)} onClick={onKeep}>
            Keep the existing file
          </button>
        </section>
      );
    case 'refused':
      return (
        <p
          role="alert"
          className="error"
          data-testid="export-result"
          tabIndex={-1}
          ref={(element) => void (focusTarget.current = element)}
        >
          {notExportedSentence(run.failure)}
        </p>
      );
    case 'finished': {
      const { job } = run;
      const complete = job.state === 'complete';
      return (
        <section aria-label="Export result" className="export-result">
          <p
            role={complete ? 'status' : 'alert'}
            className={complete ? 'ok' : 'error'}
            data-testid="export-result"
            tabIndex={-1}
            ref={(element) => void (focusTarget.current = element)}
          >
            {job.summary}
          </p>
          {complete && job.file && <p>Written to {job.file}</p>}
          {complete && job.signerFingerprint && (
            <p>
              Signed with this workstation&apos;s bundle key <code>{job.signerFingerprint}</code>; give this fingerprint
              to whoever verifies the bundle.
            </p>
          )}
        </section>
      );
    }
  }
}
