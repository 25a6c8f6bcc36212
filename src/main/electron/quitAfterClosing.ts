import type { App } from 'electron';

/** What this needs of Electron's `app`; tests hand it a stand-in under plain Node. */
export type QuittingApp = Pick<App, 'quit'> & {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
};

export interface QuitOptions {
  /** How long a close may hold the quit; past it the app quits anyway. */
  deadlineMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Holds the app's quit until `close` has finished (a demo workspace build stopped and its half-written
 * file removed, the cluster client closed), then quits. A close that fails or outlasts the deadline is
 * logged and the app quits all the same: an operator's quit is never refused.
 */
export function quitAfterClosing(app: QuittingApp, close: () => Promise<void>, options: QuitOptions = {}): void {
  const deadlineMs = options.deadlineMs ?? 10_000;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= settle(close(), deadlineMs, log).then(() => {
      closed = true;
      app.quit();
    });
  });
}

async function settle(closing: Promise<void>, deadlineMs: number, log: NonNullable<QuitOptions['log']>) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
  try {
    const outcome = await Promise.race([closing.then(() => 'closed' as const), deadline]);
    if (outcome === 'late') log(`[quit] the console did not close within ${deadlineMs / 1000} s; quitting anyway`);
  } catch (error) {
    log('[quit] the console failed to close; quitting anyway', error);
  } finally {
    clearTimeout(timer);
  }
}
