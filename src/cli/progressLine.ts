import type { ExportJob } from '../shared/contract/exportChannels';
import type { Result } from '../shared/contract/errors';

const TERMINAL_EVERY_MS = 500;
const LOG_EVERY_MS = 5_000;

/** "240,000 of 1,132,212 rows (21%) · 48,211 rows/s · 19 s left" */
export function progressText(job: ExportJob): string {
  const total = job.totalRows;
  const of = total === null ? '' : ` of ${total.toLocaleString('en')}`;
  const percent = total ? ` (${Math.floor((job.rowsWritten / total) * 100)}%)` : '';
  const left = job.secondsLeft === null ? '' : ` · ${job.secondsLeft.toLocaleString('en')} s left`;
  return `${job.rowsWritten.toLocaleString('en')}${of} rows${percent} · ${job.rowsPerSecond.toLocaleString('en')} rows/s${left}`;
}

/**
 * Follows a running export by polling its status: one line rewritten in place on a terminal, a line
 * every few seconds into a log. `stop` ends it and clears the line.
 */
export function describeProgress(
  stream: NodeJS.WriteStream,
  status: () => Promise<Result<ExportJob>>,
): { stop: () => Promise<void> } {
  const terminal = stream.isTTY === true;
  let shown = false;
  let polling: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      polling = polling.then(async () => {
        const answer = await status();
        if (!answer.ok || answer.data.state !== 'running') return;
        if (terminal) {
          stream.write(`\r  ${progressText(answer.data)}\u001b[K`);
          shown = true;
        } else {
          stream.write(`  ${progressText(answer.data)}\n`);
        }
      });
    },
    terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS,
  );
  return {
    async stop() {
      clearInterval(timer);
      await polling;
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
