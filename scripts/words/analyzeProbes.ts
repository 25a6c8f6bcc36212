import type { Client } from '@elastic/elasticsearch';

/** One token as the node's `_analyze` gives it, offsets relative to its probe. */
export interface NodeToken {
  readonly text: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** `_analyze` answers at most this many tokens (index.analyze.max_token_count); batches stay below it. */
const MAX_TOKENS = 9_000;
const MAX_PROBES = 2_500;

/**
 * Each probe's tokens through the node's standard tokenizer (or analyzer), many probes per request,
 * kept apart by spaces: a space starts no token and joins none.
 */
export async function analyzeProbes(
  client: Client,
  probes: readonly string[],
  how: { tokenizer: 'standard' } | { analyzer: 'standard' },
): Promise<NodeToken[][]> {
  const results: NodeToken[][] = [];
  for (let first = 0; first < probes.length;) {
    let last = first;
    let length = 0;
    while (last < probes.length && last - first < MAX_PROBES && length < MAX_TOKENS * 2) {
      length += (probes[last] ?? '').length + 1;
      last++;
    }
    results.push(...(await analyzeBatch(client, probes.slice(first, last), how)));
    first = last;
  }
  return results;
}

async function analyzeBatch(
  client: Client,
  batch: readonly string[],
  how: { tokenizer: 'standard' } | { analyzer: 'standard' },
): Promise<NodeToken[][]> {
  const starts: number[] = [];
  let text = '';
  for (const probe of batch) {
    starts.push(text.length);
    text += `${probe} `;
  }
  let response;
  try {
    response = await client.indices.analyze({ ...how, text });
  } catch (error) {
    if (batch.length === 1) throw error;
    const half = Math.ceil(batch.length / 2);
    return [
      ...(await analyzeBatch(client, batch.slice(0, half), how)),
      ...(await analyzeBatch(client, batch.slice(half), how)),
    ];
  }
  const results: NodeToken[][] = batch.map(() => []);
  let probe = 0;
  for (const token of response.tokens ?? []) {
    while (probe + 1 < starts.length && (starts[probe + 1] ?? 0) <= token.start_offset) probe++;
    const base = starts[probe] ?? 0;
    results[probe]?.push({
      text: token.token,
      type: token.type,
      start: token.start_offset - base,
      end: token.end_offset - base,
    });
  }
  return results;
}
