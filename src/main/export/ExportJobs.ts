import type { ExportFormat, ExportJob } from '../../shared/contract/exportChannels';
import { ConsoleError, type ErrorCode } from '../../shared/contract/errors';
import { notExportedSentence } from '../../shared/domain/notExportedSentence';
import { toFailure } from '../router/toFailure';
import { ExportProgress } from './ExportProgress';
import type { ExportOutcome } from './runExport';

interface JobRecord {
  operatorId: string;
  format: ExportFormat;
  controller: AbortController;
  progress: ExportProgress;
  startedAt: string;
  finishedAt: string | null;
  outcome: ExportOutcome | null;
  failure: { code: ErrorCode; message: string } | null;
}

/** Finished jobs kept for their status, per console, oldest dropped first. */
const KEEP_FINISHED = 100;

const rows = (count: number) => count.toLocaleString('en');

/**
 * The exports under way and recently finished, each visible only to the operator who started it:
 * progress for polling (`export/status`), cancel, and the result "N of M exported, complete" or why not.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, JobRecord>();

  /**
   * Runs an export as a job and answers once it has finished: the final job when complete, else the
   * failure (cancelled, disk full…) as a ConsoleError. `callerSignal` (the call itself abandoned) cancels it.
   */
  async run(
    jobId: string,
    operatorId: string,
    format: ExportFormat,
    callerSignal: AbortSignal,
    work: (signal: AbortSignal, progress: ExportProgress) => Promise<ExportOutcome>,
  ): Promise<ExportJob> {
    if (this.jobs.has(jobId))
      throw new ConsoleError('BAD_REQUEST', 'An export with this id was already started.', 'jobId');
    const job: JobRecord = {
      operatorId,
      format,
      controller: new AbortController(),
      progress: new ExportProgress(),
      startedAt: new Date().toISOString(),
      finishedAt: null,
      outcome: null,
      failure: null,
    };
    this.jobs.set(jobId, job);
    this.forgetOldJobs();
    const abandon = () => job.controller.abort(new Error('The export call was abandoned'));
    callerSignal.addEventListener('abort', abandon, { once: true });
    if (callerSignal.aborted) abandon();
    try {
      job.outcome = await work(job.controller.signal, job.progress);
      return this.view(jobId, job);
    } catch (error) {
      const failure = toFailure(error);
      job.failure = { code: failure.code, message: failure.message };
      throw error;
    } finally {
      job.finishedAt = new Date().toISOString();
      callerSignal.removeEventListener('abort', abandon);
    }
  }

  status(jobId: string, operatorId: string): ExportJob {
    return this.view(jobId, this.owned(jobId, operatorId));
  }

  /** Stops a running export (its temporary file is removed); a finished one is left as it is. */
  cancel(jobId: string, operatorId: string): ExportJob {
    const job = this.owned(jobId, operatorId);
    if (!job.finishedAt) job.controller.abort(new Error('Cancelled by the operator'));
    return this.view(jobId, job);
  }

  private owned(jobId: string, operatorId: string): JobRecord {
    const job = this.jobs.get(jobId);
    // Someone else's export is answered as unknown: its existence is not theirs to learn.
    if (!job || job.operatorId !== operatorId) throw new ConsoleError('NOT_FOUND', 'No export of yours has this id.');
    return job;
  }

  private view(jobId: string, job: JobRecord): ExportJob {
    const progress = job.progress.snapshot();
    const state = job.outcome
      ? 'complete'
      : job.failure
        ? job.failure.code === 'CANCELLED'
          ? 'cancelled'
          : 'failed'
        : 'running';
    const total = progress.totalRows === null ? '' : ` of ${rows(progress.totalRows)}`;
    const summary = job.outcome
      ? `${rows(job.outcome.rows)} of ${rows(job.outcome.totalRows)} rows exported, complete.`
      : job.failure
        ? notExportedSentence(job.failure)
        : `${rows(progress.rowsWritten)}${total} rows exported so far.`;
    return {
      jobId,
      format: job.format,
      state,
      summary,
      ...progress,
      rowsPerSecond: Math.max(progress.rowsPerSecond, 0),
      bytesWritten: job.outcome?.bytes ?? progress.bytesWritten,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      file: job.outcome?.path ?? null,
      redactions: job.outcome?.redactions ?? [],
      signerFingerprint: job.outcome?.signerFingerprint ?? null,
      failure: job.failure,
    };
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.finishedAt !== null);
    for (const [jobId] of finished.slice(0, Math.max(finished.length - KEEP_FINISHED, 0))) this.jobs.delete(jobId);
  }
}
