import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { LogSource } from '../../../../src/shared/query/logSource';
import {
  environment,
  operationalLogs,
  plan,
  query,
  runExport,
  SCOPED_AUDITOR,
  sourceOf,
  workspace,
  type Workspace,
} from './exportFixtures';

const isRoot = process.getuid?.() === 0;

/** Mounts a tmpfs at `dir` (as root); answers whether it could, so tests say which way they ran. */
function mountTmpfs(dir: string, options: string): boolean {
  if (!isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

let ws: Workspace;
let source: EmbeddedLogSource;
const all = query({ family: 'operational' });

beforeAll(async () => {
  source = await sourceOf(operationalLogs(4_000));
});
afterAll(() => source.close());
beforeEach(async () => {
  ws = await workspace();
});
afterEach(() => ws.cleanup());

/** The source, aborting `controller` once `pages` pages have been read: a cancel in the middle of an export. */
function cancellingAfter(pages: number, controller: AbortController): LogSource {
  let read = 0;
  return new Proxy(source, {
    get(target, property, receiver) {
      if (property !== 'search') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: Parameters<LogSource['search']>) => {
        const page = await target.search(...args);
        if (args[1]?.bulk && args[1].bulk.pageSize > 1 && ++read === pages) controller.abort();
        return page;
      };
    },
  });
}

describe('an export that does not finish leaves nothing behind', () => {
  it.each(['ndjson', 'bundle'] as const)('cancelled in the middle (%s): no file, no temporary file', async (format) => {
    const controller = new AbortController();
    const env = environment(cancellingAfter(2, controller) as EmbeddedLogSource, ws.keys, {
      signal: controller.signal,
      pageSize: 500,
    });
    await expect(runExport(plan(ws.dir, { format, queries: [all] }), env)).rejects.toMatchObject({
      code: 'CANCELLED',
      message: expect.stringMatching(/^Export cancelled after [\d,]+ of 4,000 rows; nothing was kept\.$/),
    });
    expect((await readdir(ws.dir)).filter((name) => name !== 'keys')).toEqual([]);
  });

  it(`a full disk: ${isRoot ? 'a 256 KB tmpfs' : 'SKIPPED without root (no tmpfs mount)'}`, async (context) => {
    const disk = join(ws.dir, 'small-disk');
    await mkdir(disk);
    if (!mountTmpfs(disk, 'size=256k')) return context.skip();
    try {
      await expect(
        runExport({ ...plan(disk, { format: 'bundle', queries: [all] }) }, environment(source, ws.keys)),
      ).rejects.toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('is full') });
      expect(await readdir(disk)).toEqual([]);
      await expect(
        runExport(plan(disk, { format: 'ndjson', queries: [all] }), environment(source, ws.keys)),
      ).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(await readdir(disk)).toEqual([]);
    } finally {
      unmount(disk);
    }
  });

  it('a crash leaves only a hidden temporary file, removed by the next export to that folder', async () => {
    const abandoned = join(ws.dir, '.evidence.ndjson.999999999-0badc0de.partial');
    const live = join(ws.dir, `.other.csv.${process.pid}-0badc0de.partial`);
    await writeFile(abandoned, 'half a file');
    await writeFile(live, 'an export still running');
    await runExport(plan(ws.dir, { format: 'ndjson', queries: [all] }), environment(source, ws.keys));
    expect((await readdir(ws.dir)).sort()).toEqual([`.other.csv.${process.pid}-0badc0de.partial`, 'evidence.ndjson']);
  });
});

describe('bad targets are refused before anything is read, with a sentence to act on', () => {
  it('a folder that does not exist', async () => {
    await expect(
      runExport(plan(join(ws.dir, 'nope'), { format: 'csv', queries: [all] }), environment(source, ws.keys)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'directory',
      message: expect.stringMatching(/folder .*nope does not exist; create it or choose another/),
    });
  });

  it(`a folder that cannot be written (${isRoot ? 'a read-only tmpfs' : 'chmod 500'})`, async () => {
    const locked = join(ws.dir, 'locked');
    await mkdir(locked);
    const mounted = mountTmpfs(locked, 'ro,size=64k');
    if (!mounted) await chmod(locked, 0o500);
    try {
      await expect(
        runExport(plan(locked, { format: 'ndjson', queries: [all] }), environment(source, ws.keys)),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        field: 'directory',
        message: expect.stringMatching(/read-only disk|may not write/),
      });
    } finally {
      if (mounted) unmount(locked);
      else await chmod(locked, 0o700);
    }
  });

  it('a name that exists: refused unless told to replace, and then replaced whole', async () => {
    const existing = join(ws.dir, 'evidence.ndjson');
    await writeFile(existing, 'the earlier export');
    await expect(
      runExport(plan(ws.dir, { format: 'ndjson', queries: [all] }), environment(source, ws.keys)),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      field: 'fileName',
      message: expect.stringContaining('"evidence.ndjson" already exists in the folder'),
    });
    expect(await readFile(existing, 'utf8')).toBe('the earlier export');
    const replaced = await runExport(
      {
        ...plan(ws.dir, { format: 'ndjson', queries: [all] }),
        target: { directory: ws.dir, fileName: 'evidence.ndjson', replace: true },
      },
      environment(source, ws.keys),
    );
    expect(replaced.rows).toBe(4_000);
    expect((await readFile(existing, 'utf8')).split('\n')).toHaveLength(4_001);
  });

  // Each names the field at fault, so the dialog marks that field and takes the focus to it.
  it.each([
    ['relative folder', { directory: 'exports', fileName: 'a.csv' }, /full path/, 'directory'],
    ['a file as folder', { directory: '/etc/hostname', fileName: 'a.csv' }, /is not a folder/, 'directory'],
    ['a path as name', { fileName: '../../etc/passwd' }, /not a plain file name/, 'fileName'],
    ['a hidden name', { fileName: '.a.csv' }, /not a plain file name/, 'fileName'],
    // "evidence\u202Etxt.csv" reads as "evidencevsc.txt": a name that does not read as written is no evidence's name.
    // A folder that does not read as written makes the journal's and the result's path lie the same way.
    [
      'a folder reordered by U+202E',
      { directory: '/tmp/evi\u202Eecned', fileName: 'a.csv' },
      /^A folder cannot hold U\+202E/,
      'directory',
    ],
    [
      'a name reordered by U+202E',
      { fileName: 'evidence\u202Etxt.csv' },
      /^The file name cannot hold U\+202E/,
      'fileName',
    ],
    ['a name with a zero-width space', { fileName: 'ev\u200Bidence.csv' }, /cannot hold U\+200B/, 'fileName'],
    // Evidence moves between workstations, and Windows ones refuse these.
    ['a name Windows refuses', { fileName: 'case 10:30.csv' }, /^The file name cannot hold ":": Windows/, 'fileName'],
    ['a Windows device name', { fileName: 'aux.csv' }, /^"aux" names a device on Windows/, 'fileName'],
    ['the wrong extension', { fileName: 'a.txt' }, /ends with \.csv/, 'fileName'],
    // Under 200 characters, not the disk's bytes once the console's temporary name is built from it.
    ['a name too long for the disk', { fileName: `${'é'.repeat(120)}.csv` }, /at most 200 bytes/, 'fileName'],
    [
      'a name past 255 characters',
      { fileName: `${'x'.repeat(300)}.csv` },
      /^The file name is too long: shorten it to at most 200 bytes; this one has 304\. Disks allow 255/,
      'fileName',
    ],
  ])('%s', async (_label, target: { directory?: string; fileName: string }, message, field) => {
    await expect(
      runExport(
        {
          ...plan(ws.dir, { format: 'csv', queries: [all] }),
          target: { directory: ws.dir, replace: false, ...target },
        },
        environment(source, ws.keys),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field, message: expect.stringMatching(message) });
  });
});

describe('scope', () => {
  it("a scoped operator's export holds only their clients' records", async () => {
    const outcome = await runExport(
      plan(ws.dir, { format: 'ndjson', queries: [all] }),
      environment(source, ws.keys, { operator: SCOPED_AUDITOR }),
    );
    const clients = new Set(
      (await readFile(outcome.path, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { client: { id: string } }).client.id),
    );
    expect([...clients].sort()).toEqual(['c1', 'c3']);
    expect(outcome.rows).toBe(2_000);
  });

  it('naming a client outside the scope is refused, and nothing is written', async () => {
    await expect(
      runExport(
        plan(ws.dir, { format: 'ndjson', queries: [query({ family: 'operational', filters: { clientId: ['c2'] } })] }),
        environment(source, ws.keys, { operator: SCOPED_AUDITOR }),
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Outside your scope: client c2. Take it out of the client filter, or ask a console admin to add it to your scope.',
    });
    expect((await readdir(ws.dir)).filter((name) => name !== 'keys')).toEqual([]);
  });

  it('a source that leaks an out-of-scope record stops the export: nothing is kept', async () => {
    const leaky = new Proxy(source, {
      get(target, property, receiver) {
        if (property !== 'search') return Reflect.get(target, property, receiver) as unknown;
        // A source bug: the scope is dropped on the way.
        return (queryArg: Parameters<LogSource['search']>[0], options: Parameters<LogSource['search']>[1]) =>
          target.search(queryArg, { ...options, scopeClientIds: undefined });
      },
    });
    await expect(
      runExport(
        plan(ws.dir, { format: 'bundle', queries: [all] }),
        environment(leaky as EmbeddedLogSource, ws.keys, { operator: SCOPED_AUDITOR }),
      ),
    ).rejects.toMatchObject({ message: expect.stringContaining('outside your scope') });
    expect((await readdir(ws.dir)).filter((name) => name !== 'keys')).toEqual([]);
  });
});
