import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileJournal } from '../../../src/main/journal/FileJournal';
import { JOURNAL_FILE } from '../../../src/main/journal/Journal';

const root = resolve(import.meta.dirname, '../../..');
let dataDir = '';
let path = '';

function verify(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'journal', 'verify', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: run.status, out: run.stdout, err: run.stderr };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'journal-cli-'));
  path = join(dataDir, ...JOURNAL_FILE);
  const journal = new FileJournal(path);
  for (let n = 1; n <= 5; n++) {
    await journal.record({
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      kind: 'call',
      operatorId: 'a1',
      operatorName: 'Ann',
      role: 'auditor',
      channel: 'logs/search',
      outcome: 'ok',
      request: { family: 'operational' },
      rows: n * 10,
    });
  }
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('audit-console journal verify', () => {
  it('says an intact journal is intact and exits 0, given its data folder or the file', () => {
    for (const given of [dataDir, path]) {
      const run = verify(given);
      expect(run.status).toBe(0);
      expect(run.out).toContain('intact, 5 lines');
    }
  });

  it('names the line an operator altered and exits non-zero', async () => {
    const lines = (await readFile(path, 'utf8')).split('\n');
    const altered = lines.map((line, i) => (i === 2 ? line.replace('"rows":30', '"rows":3') : line));
    expect(altered[2]).toContain('"rows":3}');
    await writeFile(path, altered.join('\n'));
    const run = verify(dataDir);
    expect(run.status).toBe(1);
    expect(run.out).toContain('BROKEN at line 3');
    expect(run.out).toContain('Lines 1 to 2 are intact');
    await writeFile(path, lines.join('\n'));
  });

  it('names a removed line', async () => {
    const lines = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, lines.filter((_, i) => i !== 1).join('\n'));
    const run = verify(path);
    expect(run.status).toBe(1);
    expect(run.out).toContain('BROKEN at line 2');
    await writeFile(path, lines.join('\n'));
  });

  it('says a file of no journal lines is broken from its first line, claiming no line intact', async () => {
    const other = join(dataDir, 'passwd.txt');
    await writeFile(other, 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n');
    const run = verify(other);
    expect(run.status).toBe(1);
    expect(run.out).toContain('BROKEN at line 1: unreadable (not a journal line), and so is the line after it.');
    expect(run.out).toContain('No line of it is intact.');
    expect(run.out).not.toContain('Lines 1 to');
  });

  it('says plainly when there is no journal', () => {
    const run = verify(join(dataDir, 'nothing-here.ndjson'));
    expect(run.status).toBe(2);
    expect(run.err).toContain('no journal there');
  });

  it('refuses a workstation without a cluster to compare with, and the demo workspace as one', () => {
    const alone = verify(path, '--workstation', 'ws-1');
    expect(alone.status).toBe(2);
    expect(alone.err).toContain('--against');
    const demo = verify(path, '--against', 'demo');
    expect(demo.status).toBe(2);
    expect(demo.err).toContain('the demo workspace keeps no copy of the journal');
  });

  it('says why it cannot compare with a cluster it cannot reach, after checking the chain', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'journal', 'verify', path, '--against', 'local'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ES_URL: 'http://127.0.0.1:9', ES_PORT: '9' } },
    );
    expect(run.stdout).toContain('intact, 5 lines');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Cannot compare with the cluster's copy of the journal: .+\.$/m);
  });
});
