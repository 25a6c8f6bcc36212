import { execFileSync } from 'node:child_process';
import { appendFile, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileJournal } from '../../../../src/main/journal/FileJournal';
import type { JournalRecord } from '../../../../src/main/journal/Journal';
import { verifyJournal } from '../../../../src/main/journal/verifyJournal';
import { createRouter, type Handlers } from '../../../../src/main/router/createRouter';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import { emptyOperationalPage as emptyPage } from '../../support/logPages';

const call = (n: number): JournalRecord => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  kind: 'call',
  operatorId: 'a1',
  operatorName: 'Ann',
  role: 'auditor',
  channel: 'logs/search',
  outcome: 'ok',
  request: { family: 'operational', text: `look ${n}` },
  rows: n,
});

const linesOf = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter(Boolean);

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the journal file', () => {
  it('chains each line to the one before it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'journal', 'j.ndjson');
    const journal = new FileJournal(path);
    await Promise.all([1, 2, 3].map((n) => journal.record(call(n))));
    const lines = (await linesOf(path)).map((line) => JSON.parse(line) as { seq: number; prev: string; rows: number });
    expect(lines.map((line) => [line.seq, line.rows])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(lines[0]?.prev).toBe('0'.repeat(64));
    expect(await verifyJournal(path)).toEqual({ lines: 3, fenced: [], broken: null });
    // A second console on the same file (a restart) continues the same chain.
    await new FileJournal(path).record(call(4));
    expect(await verifyJournal(path)).toEqual({ lines: 4, fenced: [], broken: null });
  });

  it('makes its folder when it is missing, also when it was removed while the console ran', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'deep', 'journal', 'j.ndjson');
    const journal = new FileJournal(path);
    await journal.recover();
    await journal.record(call(1));
    expect(await verifyJournal(path)).toEqual({ lines: 1, fenced: [], broken: null });
    await rm(join(dir, 'deep'), { recursive: true });
    await journal.record(call(2));
    const lines = (await linesOf(path)).map((line) => JSON.parse(line) as { seq: number; rows: number });
    // A new file starts a new chain: verifying it cannot find the lost one, and the cluster copy keeps it.
    expect(lines.map((line) => [line.seq, line.rows])).toEqual([[1, 2]]);
    expect(await verifyJournal(path)).toEqual({ lines: 1, fenced: [], broken: null });
  });

  it('fences off a last line torn by a crash when it starts, and the chain holds across it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'j.ndjson');
    await new FileJournal(path).record(call(1));
    await appendFile(path, '{"v":1,"seq":2,"id":"5d0c1d6e-1f0b-4a8a-9d43-3a3e', 'utf8');
    expect((await verifyJournal(path)).broken).toMatchObject({ line: 2, reason: expect.stringContaining('cut short') });
    const restarted = new FileJournal(path);
    await restarted.recover();
    await restarted.record(call(3));
    const lines = await linesOf(path);
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ kind: 'fence', seq: 3, fencedLine: 2 });
    expect(JSON.parse(lines[3] ?? '')).toMatchObject({ kind: 'call', seq: 4 });
    expect(await verifyJournal(path)).toEqual({ lines: 4, fenced: [2], broken: null });
  });
});

/** A 64 KiB tmpfs, so the disk really fills; needs root (CI and this machine run as root). */
function mountSmallDisk(at: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', at], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

async function fillDisk(path: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (let i = 0; i < 1_000; i++) await handle.write(Buffer.alloc(1024, 120));
    throw new Error('a 64 KiB disk took 1 MiB');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}

describe('a full disk', () => {
  let mounted = '';
  afterEach(() => {
    if (mounted) execFileSync('umount', [mounted]);
    mounted = '';
  });

  it('fails reads closed while full, and recovers with an intact chain once space is free', async (context) => {
    dir = await mkdtemp(join(tmpdir(), 'journal-disk-'));
    if (!mountSmallDisk(dir)) return context.skip('mounting a tmpfs needs root: run as root to test a real full disk');
    mounted = dir;
    const path = join(dir, 'journal.ndjson');
    const journal = new FileJournal(path);
    const handlers = Object.fromEntries(
      CHANNELS.map((channel) => [channel, () => Promise.resolve({ ...emptyPage })]),
    ) as unknown as Handlers;
    const router = createRouter({
      handlers,
      currentOperator: () => ({ id: 'a1', name: 'Ann', role: 'auditor', scope: null }),
      journal,
      log: () => undefined,
    });
    const read = () => router.handle('logs/search', { family: 'operational' }, { trusted: true });
    expect((await read()).ok).toBe(true);

    await fillDisk(join(dir, 'filler'));
    let answer = await read();
    // The journal file's last page may still hold a few lines; the disk is full once they are used.
    for (let i = 0; i < 100 && answer.ok; i++) answer = await read();
    expect(answer).toMatchObject({ ok: false, code: 'DISK_FULL', message: expect.stringContaining('free some space') });
    expect(await read()).toMatchObject({ ok: false, code: 'DISK_FULL' });

    await rm(join(dir, 'filler'));
    expect(await read()).toMatchObject({ ok: true });
    expect(await read()).toMatchObject({ ok: true });
    const report = await verifyJournal(path);
    expect(report).toMatchObject({ fenced: [], broken: null });
    expect(report.lines).toBe((await linesOf(path)).length);
  });
});

describe('a damaged journal', () => {
  it('is refused by a console that cannot tell where its chain ends', async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-'));
    const path = join(dir, 'j.ndjson');
    await writeFile(path, 'garbage one\ngarbage two\n');
    await expect(new FileJournal(path).record(call(1))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
