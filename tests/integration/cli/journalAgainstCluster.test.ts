import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FileJournal } from '../../../src/main/journal/FileJournal';
import { JOURNAL_FILE } from '../../../src/main/journal/Journal';
import { journalDocument } from '../../../src/main/journal/journalIndex';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { JOURNAL_INDEX, type JournalLine } from '../../../src/shared/domain/journal';
import '../support/providedContext';

const run = promisify(execFile);
const connection = inject('elasticsearch');
const elastic = createElasticsearchClient(connection);
const env = {
  ...process.env,
  ES_URL: connection.url,
  ES_USERNAME: connection.username ?? '',
  ES_PASSWORD: connection.password ?? '',
};
const dir = mkdtempSync(join(tmpdir(), 'journal-copy-'));
const path = join(dir, ...JOURNAL_FILE);
/** A workstation name of this run only, so other tests' copies never count here. */
const workstation = `it-${randomUUID()}`;

/** The copies this run made, removed after it (this node has no delete-by-query). */
const copied: string[] = [];

afterAll(async () => {
  if (copied.length > 0) {
    await elastic.bulk({
      refresh: true,
      operations: copied.map((id) => ({ delete: { _index: JOURNAL_INDEX, _id: id } })),
    });
  }
  await elastic.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Appends `count` lines to the journal file and copies each to the cluster, as the console does. */
async function writeAndCopy(count: number): Promise<void> {
  const written: JournalLine[] = [];
  const journal = new FileJournal(path, (line) => written.push(line));
  for (let n = 0; n < count; n++) {
    await journal.record({
      at: new Date().toISOString(),
      kind: 'call',
      operatorId: 'a1',
      operatorName: 'Ann',
      role: 'auditor',
      channel: 'logs/search',
      outcome: 'ok',
      request: { family: 'operational' },
      rows: n,
    });
  }
  for (const line of written) {
    await elastic.create({ index: JOURNAL_INDEX, id: line.id, document: journalDocument(line, workstation) });
    copied.push(line.id);
  }
  await elastic.indices.refresh({ index: JOURNAL_INDEX });
}

async function verify(): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['journal', 'verify', dir, '--against', 'local', '--workstation', workstation];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('audit-console journal verify --against a cluster', () => {
  it('agrees with the copy of an intact journal', async () => {
    await writeAndCopy(5);
    const result = await verify();
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('intact, 5 lines');
    expect(result.stdout).toContain(
      `The cluster's copy agrees: its last line of workstation "${workstation}" is line 5`,
    );
    expect(result.code).toBe(0);
  });

  it('names the lines cut off the end of a file whose chain is still valid', async () => {
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, `${whole.split('\n').slice(0, 3).join('\n')}\n`);
    const result = await verify();
    expect(result.stdout).toContain('intact, 3 lines');
    expect(result.stdout).toContain('this file ends at line 3: lines 4 to 5 were removed from its end');
    expect(result.code).toBe(1);
  });

  it('finds a file cut back and written on: two lines under one number on the cluster', async () => {
    await writeAndCopy(2);
    const result = await verify();
    expect(result.stdout).toContain('intact, 5 lines');
    expect(result.stdout).toContain('two different lines numbered 4, 5');
    expect(result.code).toBe(1);
  });
});
