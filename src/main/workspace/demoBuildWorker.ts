import { parentPort, workerData } from 'node:worker_threads';
import type { DemoBuildJob, FromBuilder, ToBuilder } from './demoBuildMessages';
import { sendableError } from './demoBuildMessages';
import { writeDemoDatabase } from './writeDemoDatabase';

/**
 * The demo workspace build's own thread: generates the dataset and fills the DuckDB file, posting
 * progress, then the meta or the error, so the main thread's event loop never waits on either. A
 * `cancel` message stops it: the statement under way is interrupted and the file closed; the main
 * thread removes it.
 */
async function run(port: NonNullable<typeof parentPort>, job: DemoBuildJob): Promise<void> {
  const cancel = new AbortController();
  const post = (message: FromBuilder) => port.postMessage(message);
  port.on('message', (message: ToBuilder) => {
    if (message.type === 'cancel') cancel.abort();
  });
  try {
    const meta = await writeDemoDatabase(job.path, job.spec, {
      createdAt: job.createdAt,
      signal: cancel.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', meta });
  } catch (error) {
    post({ type: 'failed', error: sendableError(error) });
  } finally {
    port.close();
  }
}

if (parentPort) void run(parentPort, workerData as DemoBuildJob);
