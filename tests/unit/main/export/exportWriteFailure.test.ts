import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  environment,
  operationalLogs,
  plan,
  query,
  runExport,
  sourceOf,
  workspace,
  type Workspace,
} from './exportFixtures';

/** Bytes the disk takes before it fails: set per test, Infinity for a healthy disk. */
const disk = vi.hoisted(() => ({ capacity: Number.POSITIVE_INFINITY, code: 'ENOSPC', written: 0 }));

// Every file handle the export opens writes through this: it fails, as a full or broken disk does,
// once `capacity` bytes have gone to files named like an export's temporary file.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!String(args[0]).endsWith('.partial')) return handle;
      const write = handle.write.bind(handle) as (...writeArgs: unknown[]) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        write: async (...writeArgs: unknown[]) => {
          const length = Number(writeArgs[2] ?? 0);
          if (disk.written + length > disk.capacity) {
            throw Object.assign(new Error(`${disk.code}: injected`), { code: disk.code });
          }
          disk.written += length;
          return write(...writeArgs);
        },
      });
    },
  };
});

let ws: Workspace;

beforeEach(async () => {
  ws = await workspace();
  disk.written = 0;
});
afterEach(async () => {
  disk.capacity = Number.POSITIVE_INFINITY;
  await ws.cleanup();
});

describe('a write error in the middle of an export (injected into the file handle)', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /is full/],
    ['EDQUOT', 'DISK_FULL', /quota/],
    ['EIO', 'UNAVAILABLE', /input\/output error/],
  ])('%s: a clear message, and nothing left in the folder', async (code, consoleCode, message) => {
    const source = await sourceOf(operationalLogs(3_000));
    try {
      disk.capacity = 200_000;
      disk.code = code;
      for (const format of ['csv', 'ndjson', 'bundle'] as const) {
        disk.written = 0;
        await expect(
          runExport(
            plan(ws.dir, { format, queries: [query({ family: 'operational' })] }),
            environment(source, ws.keys),
          ),
        ).rejects.toMatchObject({ code: consoleCode, message: expect.stringMatching(message) });
        expect((await readdir(ws.dir)).filter((name) => name !== 'keys')).toEqual([]);
      }
    } finally {
      await source.close();
    }
  });
});
