import { errors, type Client } from '@elastic/elasticsearch';
import { subBatch, type BulkBatch } from './bulkBatch';

interface BulkItemResult {
  status: number;
  error?: { type?: string; reason?: string };
}
interface BulkResponseLite {
  errors: boolean;
  items?: Array<Record<string, BulkItemResult>>;
}

export interface SendOptions {
  /** Attempts for rejected items and for whole requests the cluster is too busy to take. */
  readonly maxAttempts: number;
  readonly initialBackoffMs: number;
  readonly requestTimeoutMs: number;
  readonly signal?: AbortSignal;
}

/** An item the cluster refused for a reason a retry will not fix (mapping, bad document, ...). */
export class BulkItemError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(`Elasticsearch refused document ${id} (HTTP ${status}): ${reason}`);
    this.name = 'BulkItemError';
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

function isBackPressure(error: unknown): boolean {
  if (error instanceof errors.ResponseError) return error.statusCode === 429 || error.statusCode === 503;
  return error instanceof errors.TimeoutError || error instanceof errors.ConnectionError;
}

/**
 * Sends one batch and resends what the cluster rejected for load (429 items, a busy or timed-out
 * request) with exponential backoff. Any other item failure fails loudly. Returns how many items had
 * to be retried.
 */
export async function sendBulkBatch(
  client: Pick<Client, 'transport'>,
  batch: BulkBatch,
  options: SendOptions,
): Promise<number> {
  let pending = batch;
  let retried = 0;
  for (let attempt = 1; ; attempt++) {
    let response: BulkResponseLite;
    try {
      response = await client.transport.request<BulkResponseLite>(
        {
          method: 'POST',
          path: '/_bulk',
          // Only what is needed to find failed items: keeps the response small and cheap to parse.
          querystring: { filter_path: 'errors,items.*.status,items.*.error.type,items.*.error.reason' },
          bulkBody: pending.entries.join(''),
        },
        {
          requestTimeout: options.requestTimeoutMs,
          maxRetries: 0,
          ...(options.signal ? { signal: options.signal } : {}),
        },
      );
    } catch (error) {
      if (!isBackPressure(error) || attempt >= options.maxAttempts) throw error;
      await sleep(options.initialBackoffMs * 2 ** (attempt - 1), options.signal);
      continue;
    }
    if (!response.errors) return retried;
    const rejected: number[] = [];
    (response.items ?? []).forEach((item, position) => {
      const result = Object.values(item)[0];
      if (!result || result.status < 300) return;
      if (result.status === 429) {
        rejected.push(position);
        return;
      }
      const id = pending.ids[position] ?? '?';
      throw new BulkItemError(
        id,
        result.status,
        `${result.error?.type ?? 'error'}: ${result.error?.reason ?? 'no reason given'}`,
      );
    });
    if (rejected.length === 0) return retried;
    if (attempt >= options.maxAttempts) {
      throw new Error(
        `Elasticsearch kept rejecting ${rejected.length} documents as too many requests (429) after ${attempt} attempts`,
      );
    }
    retried += rejected.length;
    pending = subBatch(pending, rejected);
    await sleep(options.initialBackoffMs * 2 ** (attempt - 1), options.signal);
  }
}
