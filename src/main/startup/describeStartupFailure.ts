import { ConsoleError } from '../../shared/contract/errors';

/** What the window says when the console cannot start at all: the reason if it is ours, else where to look. */
export function describeStartupFailure(error: unknown): { title: string; message: string } {
  const title = 'Audit Console could not start';
  if (error instanceof ConsoleError) return { title, message: error.message };
  console.error('[startup] the console could not start', error);
  const reason = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  return {
    title,
    message: `An unexpected error stopped it: ${reason}\n\nThe details are in the main process log; start it again, or report this with that log.`,
  };
}
