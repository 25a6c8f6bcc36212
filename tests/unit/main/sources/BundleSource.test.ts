import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';
import { openBundleSource, type BundleOpening } from '../../../../src/main/sources/BundleSource';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { flipByte, lines, resignWithAnotherKey, tamper } from '../export/bundle/bundleSurgery';
import {
  environment,
  operationalLogs,
  plan,
  query,
  runExport,
  sourceOf,
  workspace,
  type Workspace,
} from '../export/exportFixtures';

const everything = query({ family: 'operational', pageSize: 100 });
let ws: Workspace;
let original: string;
let fingerprint: string;
let exported: unknown[];
let copies = 0;

/** Every row of the query, redacted as the router sends rows to the window. */
async function allRows(source: LogSource): Promise<unknown[]> {
  const rows: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await source.search({ ...everything, cursor });
    rows.push(...redactSecrets(page.rows).value);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

beforeAll(async () => {
  ws = await workspace();
  const source = await sourceOf(operationalLogs(600));
  try {
    const outcome = await runExport(
      plan(ws.dir, { format: 'bundle', queries: [everything] }),
      environment(source, ws.keys),
    );
    original = outcome.path;
    fingerprint = outcome.signerFingerprint ?? '';
    exported = await allRows(source);
  } finally {
    await source.close();
  }
});
afterAll(() => ws.cleanup());

async function copy(): Promise<string> {
  copies += 1;
  const path = join(ws.dir, `copy-${copies}.acbundle`);
  await copyFile(original, path);
  return path;
}

const workDir = () => join(ws.dir, 'open-bundles');
const ours = () => new Map([[fingerprint, "this workstation's bundle key"]]);
const open = (path: string, trusted = ours()) => openBundleSource(path, { trusted, workDir: workDir() });

function closed(opening: BundleOpening) {
  if (opening.opened) throw new Error('the bundle was opened');
  return opening.verdict;
}

describe('reopening a bundle', () => {
  it('loads an intact bundle read-only: the same rows, the custody record, and no store file left after closing', async () => {
    const opening = await open(await copy());
    if (!opening.opened) throw new Error(JSON.stringify(opening.verdict.problems));
    const { bundle } = opening;
    try {
      expect(bundle.view).toMatchObject({
        file: 'copy-1.acbundle',
        records: 600,
        families: { operational: 600, activity: 0 },
        queries: 1,
        verdict: 'intact',
        signer: { fingerprint, knownAs: "this workstation's bundle key" },
        custody: { operator: { id: 'ivy', role: 'investigator' }, source: 'test store' },
      });
      expect(bundle.view.verdictSummary).toMatch(/^Verified: unaltered, signed by this workstation's bundle key/);
      expect(await allRows(bundle.source)).toEqual(exported);
      const [store] = (await readdir(workDir())).filter((name) => name.endsWith('.duckdb'));
      expect((await readdir(workDir())).sort()).toEqual([store, `${store}.owner`]);
    } finally {
      await bundle.close();
    }
    expect(await readdir(workDir())).toEqual([]);
  });

  it('opens a bundle signed on another workstation, saying the key is unknown until it is trusted', async () => {
    const path = await copy();
    let other = '';
    await tamper(path, (entries) => {
      other = resignWithAnotherKey(entries);
    });
    const unknown = await open(path);
    if (!unknown.opened) throw new Error(JSON.stringify(unknown.verdict.problems));
    expect(unknown.bundle.view.verdict).toBe('unknown-signer');
    expect(unknown.bundle.view.verdictSummary).toMatch(/a key this workstation does not know/);
    await unknown.bundle.close();
    const known = await open(path, new Map([[other, 'a key you chose to trust']]));
    if (!known.opened) throw new Error('not opened');
    expect(known.bundle.view.verdict).toBe('intact');
    await known.bundle.close();
  });

  it('refuses an altered bundle, naming what was altered, and leaves nothing behind', async () => {
    const edited = await copy();
    await tamper(edited, (entries) => {
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      records[7] = (records[7] ?? '').replace('"action":"update"', '"action":"delete"');
      entries.set('records/0001.ndjson', Buffer.from(records.join('\n')));
    });
    const flipped = await copy();
    await flipByte(flipped, 3_000);
    for (const path of [edited, flipped]) {
      const verdict = closed(await open(path));
      expect(verdict.verdict).toBe('altered');
      expect(verdict.problems.length).toBeGreaterThan(0);
    }
    expect(closed(await open(edited)).problems).toContainEqual(
      expect.objectContaining({ kind: 'record-altered', record: expect.objectContaining({ position: 8 }) }),
    );
    expect(await readdir(workDir())).toEqual([]);
  });

  it('refuses what is not a bundle it reads, saying why in words', async () => {
    const text = join(ws.dir, 'notes.acbundle');
    await writeFile(text, 'id,created\n1,2026-01-01\n'.repeat(100));
    const newer = await copy();
    await tamper(newer, (entries) =>
      entries.set('format.json', Buffer.from('{"format":"audit-console-bundle","version":2,"about":""}')),
    );
    const expectations: [string, RegExp][] = [
      [text, /is not an Audit Console bundle/],
      [newer, /format version 2, written by a newer Audit Console/],
      [join(ws.dir, 'absent.acbundle'), /there is no such file/],
      [ws.dir, /it is a folder/],
    ];
    for (const [path, message] of expectations) {
      const verdict = closed(await open(path));
      expect(verdict.verdict).toBe('unreadable');
      expect(verdict.unreadable).toMatch(message);
    }
  });
});
