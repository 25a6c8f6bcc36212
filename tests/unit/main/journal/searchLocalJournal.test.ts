import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { searchLocalJournal } from '../../../../src/main/journal/searchLocalJournal';
import { JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';
import type { JournalLine } from '../../../../src/shared/domain/journal';

type CallRecord = Extract<JournalRecord, { kind: 'call' }>;

const look = (second: number, who: string, channel: string, clientIds?: string[]): CallRecord => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(),
  kind: 'call',
  operatorId: who,
  operatorName: who.toUpperCase(),
  role: 'auditor',
  channel,
  outcome: second % 5 === 0 ? 'refused' : 'ok',
  request: { second },
  ...(clientIds ? { clientIds } : {}),
});

let dir = '';
let path = '';
const copied: JournalLine[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-search-'));
  path = join(dir, 'journal.ndjson');
  copied.length = 0;
  const journal = new FileJournal(path, (line) => copied.push(line));
  for (let second = 1; second <= 12; second++) {
    await journal.record(
      look(second, second % 2 ? 'ann' : 'bob', second % 3 ? 'logs/search' : 'clients/summary', ['c-7']),
    );
  }
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const filters = (input: Partial<JournalSearchRequest>) => JournalSearchRequest.parse(input);

describe('searchLocalJournal', () => {
  it.each([
    [{}, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]],
    [{ operator: 'ann' }, [11, 9, 7, 5, 3, 1]],
    [{ operator: 'BOB' }, [12, 10, 8, 6, 4, 2]],
    [{ channel: 'clients/summary' }, [12, 9, 6, 3]],
    [{ outcome: 'refused' }, [10, 5]],
    [{ clientId: 'c-7', operator: 'ann', channel: 'clients/summary' }, [9, 3]],
    [{ clientId: 'c-8' }, []],
    [{ from: '2026-01-01T00:00:04Z', to: '2026-01-01T00:00:06Z' }, [6, 5, 4]],
    // Bounds are instants: a millisecond past a line leaves it out, and an offset is the same instant in UTC.
    [{ from: '2026-01-01T00:00:04.001Z', to: '2026-01-01T00:00:06Z' }, [6, 5]],
    [{ from: '2026-01-01T00:00:04Z', to: '2026-01-01T00:00:05.999Z' }, [5, 4]],
    [{ from: '2026-01-01T02:00:04+02:00', to: '2025-12-31T19:00:06-05:00' }, [6, 5, 4]],
    [{ from: '2026-01-01T02:00:04.5+02:00', to: '2026-01-01T00:00:06.5Z' }, [6, 5]],
  ] as const)('filters %j, newest first', async (input, seconds) => {
    const found = await searchLocalJournal(path, filters(input));
    expect(found.entries.map((entry) => JSON.parse(entry.request ?? '{}').second)).toEqual(seconds);
    expect(found.truncated).toBe(false);
  });

  it('returns the newest lines up to the limit and says more matched', async () => {
    const found = await searchLocalJournal(path, filters({ limit: 3 }));
    expect(found.entries.map((entry) => entry.at.slice(17, 19))).toEqual(['12', '11', '10']);
    expect(found.truncated).toBe(true);
  });

  it('gives the buckets of a histogram or facet call, which returns no rows', async () => {
    const journal = new FileJournal(path, () => undefined);
    await journal.record({ ...look(13, 'ann', 'logs/histogram'), buckets: 84 });
    await journal.record({ ...look(14, 'ann', 'logs/search'), rows: 50 });
    const [search, histogram] = (await searchLocalJournal(path, filters({ limit: 2 }))).entries;
    expect(histogram).toMatchObject({ channel: 'logs/histogram', rows: null, buckets: 84 });
    expect(search).toMatchObject({ channel: 'logs/search', rows: 50, buckets: null });
  });

  it('skips an unreadable line and reads the rest', async () => {
    await appendFile(path, 'not a journal line\n');
    expect((await searchLocalJournal(path, filters({}))).entries).toHaveLength(12);
  });

  it('reads a journal not written yet as empty', async () => {
    expect(await searchLocalJournal(join(dir, 'none.ndjson'), filters({}))).toEqual({ entries: [], truncated: false });
  });

  it('hands every line written to the copy, in the file’s order, with its chain fields', () => {
    expect(copied.map((line) => line.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(copied[1]?.prev).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a period that ends before it starts', () => {
    const parsed = JournalSearchRequest.safeParse({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(parsed.success).toBe(false);
  });
});
