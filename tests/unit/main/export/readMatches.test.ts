import { describe, expect, it } from 'vitest';
import { readMatches } from '../../../../src/main/export/readMatches';
import { RedactionTally } from '../../../../src/main/redaction/redactionTally';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { operationalLogs, query, sourceOf } from './exportFixtures';

/**
 * A source whose later-page requests leave the process the way the cluster client's do: on a later
 * turn of the event loop, not when `search` is called.
 */
async function sourceSendingOnNextTurn(): Promise<{ source: LogSource; sent: string[] }> {
  const inner = await sourceOf(operationalLogs(25));
  const sent: string[] = [];
  const source = Object.create(inner) as LogSource;
  source.search = async (logQuery, options) => {
    if (logQuery.cursor) {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push(logQuery.cursor);
    }
    return inner.search(logQuery, options);
  };
  return { source, sent };
}

describe('readMatches', () => {
  it("lets the next page's request out before handing out the current page", async () => {
    const { source, sent } = await sourceSendingOnNextTurn();
    const sentWhenHandedOut: number[] = [];
    const ids: string[] = [];
    for await (const batch of readMatches(source, query({ family: 'operational' }), {
      signal: new AbortController().signal,
      scopeClientIds: null,
      pageSize: 10,
      tally: new RedactionTally(),
      onTotal: () => undefined,
    })) {
      // Work the caller does on a page holds the thread, as writing a page of rows does.
      sentWhenHandedOut.push(sent.length);
      ids.push(...batch.rows.map((row) => row.id));
    }
    // Pages of 10, 10 and 5: the second page was on its way when the first was handed out, and the
    // third when the second was.
    expect(sentWhenHandedOut).toEqual([1, 2, 2]);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
  });
});
