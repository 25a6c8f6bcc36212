import { ConsoleError } from '../../shared/contract/errors';

/**
 * `shared`'s answer for one caller: a shared request goes on for the others when this caller's `signal`
 * aborts, while this caller gets CANCELLED at once.
 */
export function untilAborted<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) {
    // Nobody else may be waiting on it any more: its failure must not go unobserved.
    shared.catch(() => undefined);
    return Promise.reject(new ConsoleError('CANCELLED', 'The request was cancelled'));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new ConsoleError('CANCELLED', 'The request was cancelled'));
    signal.addEventListener('abort', abort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
