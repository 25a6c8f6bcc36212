import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ConsoleError } from '../../../shared/contract/errors';

/**
 * Runs on a connection of its own, so an abort interrupts exactly this request. What the store fails
 * with comes back as a ConsoleError a person can act on.
 */
export async function withEmbeddedConnection<T>(
  instance: DuckDBInstance,
  signal: AbortSignal | undefined,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw cancelled();
  const connection = await instance.connect();
  const interrupt = () => connection.interrupt();
  signal?.addEventListener('abort', interrupt, { once: true });
  try {
    return await work(connection);
  } catch (error) {
    if (error instanceof ConsoleError) throw error;
    if (signal?.aborted) throw cancelled();
    if (/Corrupt database file|does not match stored checksum|Could not read enough bytes/.test(firstLine(error))) {
      throw new ConsoleError(
        'CORRUPT',
        'The embedded store file is damaged; for the demo workspace, Reset recreates it.',
      );
    }
    throw new ConsoleError('INTERNAL', `The embedded store could not answer: ${firstLine(error)}`);
  } finally {
    signal?.removeEventListener('abort', interrupt);
    connection.closeSync();
  }
}

function cancelled(): ConsoleError {
  return new ConsoleError('CANCELLED', 'The query was cancelled.');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
