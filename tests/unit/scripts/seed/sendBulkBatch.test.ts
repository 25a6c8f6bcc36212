import { describe, expect, it } from 'vitest';
import { errors, type Client } from '@elastic/elasticsearch';
import { addToBatch, emptyBatch } from '../../../../scripts/seed/bulkBatch';
import { BulkItemError, sendBulkBatch } from '../../../../scripts/seed/sendBulkBatch';

type Reply =
  | { errors: boolean; items?: Array<Record<string, { status: number; error?: { type: string; reason: string } }>> }
  | Error;

/**
 * The cluster cannot be made to answer 429 on demand, so the retry logic is checked against scripted
 * replies; the real node covers the happy path in the integration tests.
 */
function scriptedCluster(replies: Reply[]) {
  const bodies: string[] = [];
  const transport = {
    request: async (params: { bulkBody?: unknown }) => {
      bodies.push(String(params.bulkBody));
      const reply = replies.shift();
      if (!reply) throw new Error('no more scripted replies');
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
  return { client: { transport: transport as unknown as Client['transport'] }, bodies };
}

function batchOf(...ids: string[]) {
  const batch = emptyBatch();
  for (const id of ids) addToBatch(batch, 'logs-2026.11', id, 'operational', { id });
  return batch;
}

const options = { maxAttempts: 3, initialBackoffMs: 1, requestTimeoutMs: 1_000 };
const ok = { status: 201 };
const busy = { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } };

describe('sendBulkBatch', () => {
  it('resends only the items rejected with 429', async () => {
    const { client, bodies } = scriptedCluster([
      { errors: true, items: [{ index: ok }, { index: busy }, { index: ok }] },
      { errors: false },
    ]);
    await expect(sendBulkBatch(client, batchOf('a', 'b', 'c'), options)).resolves.toBe(1);
    expect(bodies[1]).toContain('"_id":"b"');
    expect(bodies[1]).not.toContain('"_id":"a"');
    expect((bodies[1] ?? '').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('fails loudly on any other item error, naming the document', async () => {
    const { client } = scriptedCluster([
      {
        errors: true,
        items: [
          { index: ok },
          {
            index: {
              status: 400,
              error: { type: 'strict_dynamic_mapping_exception', reason: 'field [x] not allowed' },
            },
          },
        ],
      },
    ]);
    const failure = sendBulkBatch(client, batchOf('a', 'b'), options);
    await expect(failure).rejects.toBeInstanceOf(BulkItemError);
    await expect(failure).rejects.toThrow(/document b \(HTTP 400\): strict_dynamic_mapping_exception/);
  });

  it('gives up after the allowed attempts when the cluster stays busy', async () => {
    const { client } = scriptedCluster([
      { errors: true, items: [{ index: busy }] },
      { errors: true, items: [{ index: busy }] },
      { errors: true, items: [{ index: busy }] },
    ]);
    await expect(sendBulkBatch(client, batchOf('a'), options)).rejects.toThrow(
      /kept rejecting 1 documents .* after 3 attempts/,
    );
  });

  it('retries a whole request refused for load or lost on the way, not one refused for other reasons', async () => {
    const lost = new errors.ConnectionError('socket hang up');
    const retried = scriptedCluster([lost, { errors: false }]);
    await expect(sendBulkBatch(retried.client, batchOf('a'), options)).resolves.toBe(0);
    expect(retried.bodies).toHaveLength(2);

    const refused = scriptedCluster([new Error('mapper_parsing_exception')]);
    await expect(sendBulkBatch(refused.client, batchOf('a'), options)).rejects.toThrow('mapper_parsing_exception');
  });
});
