import { describe, expect, it } from 'vitest';
import { ExportJobs } from '../../../../src/main/export/ExportJobs';
import type { ExportOutcome } from '../../../../src/main/export/runExport';
import { ConsoleError } from '../../../../src/shared/contract/errors';

const outcome: ExportOutcome = {
  path: '/tmp/x.csv',
  rows: 3,
  totalRows: 3,
  bytes: 10,
  redactions: [],
  signerFingerprint: null,
};

/** A job that runs until cancelled, reporting progress on the way. */
function waitForCancel(signal: AbortSignal): Promise<ExportOutcome> {
  return new Promise((_, reject) =>
    signal.addEventListener('abort', () =>
      reject(new ConsoleError('CANCELLED', 'Export cancelled after 2 of 5 rows; nothing was kept.')),
    ),
  );
}

describe('export jobs', () => {
  it('are followed and cancelled only by the operator who started them', async () => {
    const jobs = new ExportJobs();
    const running = jobs.run('job-1', 'ivy', 'csv', new AbortController().signal, (signal, progress) => {
      progress.setTotal(5);
      progress.add(2, 100);
      return waitForCancel(signal);
    });
    expect(jobs.status('job-1', 'ivy')).toMatchObject({
      state: 'running',
      rowsWritten: 2,
      totalRows: 5,
      summary: '2 of 5 rows exported so far.',
    });
    expect(() => jobs.status('job-1', 'mallory')).toThrow('No export of yours has this id.');
    expect(() => jobs.cancel('job-1', 'mallory')).toThrow('No export of yours has this id.');
    expect(jobs.status('job-1', 'ivy').state).toBe('running');
    jobs.cancel('job-1', 'ivy');
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(jobs.status('job-1', 'ivy')).toMatchObject({
      state: 'cancelled',
      summary: 'Export cancelled after 2 of 5 rows; nothing was kept.',
      file: null,
    });
  });

  it('say "N of M exported, complete" when done, and refuse a reused id', async () => {
    const jobs = new ExportJobs();
    const job = await jobs.run('job-2', 'ivy', 'csv', new AbortController().signal, () => Promise.resolve(outcome));
    expect(job).toMatchObject({ state: 'complete', summary: '3 of 3 rows exported, complete.', file: '/tmp/x.csv' });
    await expect(
      jobs.run('job-2', 'ivy', 'csv', new AbortController().signal, () => Promise.resolve(outcome)),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('say why one failed, led by "Not exported:"', async () => {
    const jobs = new ExportJobs();
    const full = new ConsoleError('DISK_FULL', 'The disk holding /evidence is full; nothing was kept.');
    await expect(
      jobs.run('job-4', 'ivy', 'csv', new AbortController().signal, () => Promise.reject(full)),
    ).rejects.toBe(full);
    expect(jobs.status('job-4', 'ivy')).toMatchObject({
      state: 'failed',
      summary: 'Not exported: The disk holding /evidence is full; nothing was kept.',
    });
  });

  it('an abandoned call cancels its job', async () => {
    const jobs = new ExportJobs();
    const caller = new AbortController();
    const running = jobs.run('job-3', 'ivy', 'ndjson', caller.signal, (signal) => waitForCancel(signal));
    caller.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
