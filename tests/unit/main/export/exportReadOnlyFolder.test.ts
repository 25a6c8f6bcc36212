import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { mountReadOnlyDisk, mountSmallDisk, smallDiskUnavailable, type SmallDisk } from '../files/smallDisk';
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

let ws: Workspace;
let source: EmbeddedLogSource;
let disk: SmallDisk;
const all = query({ family: 'operational' });

if (smallDiskUnavailable) console.warn(`[read-only folder] not run: ${smallDiskUnavailable}`);

describe.skipIf(smallDiskUnavailable !== null)('an export aimed at a folder on a read-only disk (a real tmpfs)', () => {
  beforeAll(async () => {
    source = await sourceOf(operationalLogs(500));
  });
  afterAll(() => source.close());
  beforeEach(async () => {
    ws = await workspace();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    disk.unmount();
    await ws.cleanup();
  });

  it.each(['csv', 'ndjson', 'bundle'] as const)(
    '%s: refused before any row is read, naming the folder and what to do, with nothing left',
    async (format) => {
      disk = mountReadOnlyDisk();
      const searched = vi.spyOn(source, 'search');
      await expect(runExport(plan(disk.dir, { format, queries: [all] }), environment(source, ws.keys))).rejects.toEqual(
        expect.objectContaining({
          code: 'BAD_REQUEST',
          field: 'directory',
          message: `${disk.dir} is on a read-only disk; choose another folder.`,
        }),
      );
      expect(searched).not.toHaveBeenCalled();
      expect(await disk.files()).toEqual([]);
      expect((await readdir(ws.dir)).filter((name) => name !== 'keys')).toEqual([]);
    },
  );

  // Asking whether to replace a file that cannot be replaced anyway would cost a question for nothing.
  it('a name that exists there: the read-only disk is said first, and the file is left as it was', async () => {
    disk = mountSmallDisk(64);
    const existing = join(disk.dir, 'evidence.ndjson');
    await writeFile(existing, 'the earlier export');
    disk.readOnly();
    for (const replace of [false, true]) {
      const target = { directory: disk.dir, fileName: 'evidence.ndjson', replace };
      await expect(
        runExport({ ...plan(disk.dir, { format: 'ndjson', queries: [all] }), target }, environment(source, ws.keys)),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'directory', message: expect.stringMatching(/read-only/) });
    }
    expect(await readFile(existing, 'utf8')).toBe('the earlier export');
    expect(await disk.files()).toEqual(['evidence.ndjson']);
  });
});
