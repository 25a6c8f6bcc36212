import { createHash } from 'node:crypto';
import { copyFile, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../../src/main/export/bundle/bundleIndex';
import { verifyBundle } from '../../../../../src/main/export/bundle/verifyBundle';
import type { BundleVerdict } from '../../../../../src/shared/contract/exportChannels';
import { describeBundleVerdict } from '../../../../../src/shared/domain/describeBundleVerdict';
import { hiddenCharacters } from '../../../../../src/shared/domain/hiddenCharacters';
import { extract, flipByte, lines, repack, resignWithAnotherKey, tamper } from './bundleSurgery';
import {
  environment,
  operationalLogs,
  plan,
  query,
  runExport,
  sourceOf,
  workspace,
  type Workspace,
} from '../exportFixtures';

let ws: Workspace;
let original: string;
let other: string;
let trusted: Map<string, string>;
let copies = 0;

beforeAll(async () => {
  ws = await workspace();
  const source = await sourceOf(operationalLogs(1_500));
  try {
    const env = () => environment(source, ws.keys, { pageSize: 400 });
    const first = await runExport(
      plan(ws.dir, { format: 'bundle', queries: [query({ family: 'operational' })] }),
      env(),
    );
    const second = await runExport(
      {
        ...plan(ws.dir, {
          format: 'bundle',
          queries: [query({ family: 'operational', filters: { clientId: ['c1'] } })],
        }),
        target: { directory: ws.dir, fileName: 'other.acbundle', replace: false },
      },
      env(),
    );
    original = first.path;
    other = second.path;
    trusted = new Map([[first.signerFingerprint ?? '', "this workstation's bundle key"]]);
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

const check = (path: string) => verifyBundle(path, { trusted });
const kinds = (verdict: BundleVerdict) => [...new Set(verdict.problems.map((problem) => problem.kind))].sort();

async function offsetOf(path: string, name: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const index = await indexBundle(handle, (await handle.stat()).size, path);
    const entry = index.entries.find((each) => each.name === name);
    if (!entry) throw new Error(`${name} not in bundle`);
    return entry.contentAt;
  } finally {
    await handle.close();
  }
}

describe('verifying an untouched bundle', () => {
  it('is intact, and the report says why in plain words', async () => {
    const verdict = await check(await copy());
    expect(verdict.verdict).toBe('intact');
    const report = describeBundleVerdict(verdict);
    expect(report).toContain('Verdict: INTACT');
    expect(report).toContain('PASS  Signature');
    expect(report).toContain('1,500');
  });
});

describe('every tampering is caught and named', () => {
  it('a flipped byte inside a record: the record, by position and id', async () => {
    const path = await copy();
    const at = await offsetOf(path, 'records/0001.ndjson');
    const firstLine = lines((await extract(original)).entries.get('records/0001.ndjson') ?? Buffer.alloc(0))[0] ?? '';
    await flipByte(path, at + firstLine.indexOf('Updated wallet') + 2);
    const verdict = await check(path);
    expect(verdict.verdict).toBe('altered');
    expect(kinds(verdict)).toEqual(['count', 'file-altered', 'record-altered']);
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ kind: 'record-altered', record: { position: 1, id: 'op001499' } }),
    );
    const report = describeBundleVerdict(verdict);
    expect(report).toContain('Altered record in records/0001.ndjson: record 1 (id op001499)');
    // Each finding once, in the words of its check, lower case after its colon.
    expect(report).toContain('FAIL  File records/0001.ndjson: its SHA-256 differs from the manifest.');
    expect(report).not.toContain('Altered file:');
    expect(report.split('the result set of query 1 is not the one exported')).toHaveLength(2);
  });

  it('a flipped byte in a tar header or in padding: the archive framing', async () => {
    const header = await copy();
    await flipByte(header, (await offsetOf(header, 'custody.json')) - 512 + 140);
    const padding = await copy();
    const format = await extract(padding);
    const formatSize = format.entries.get('format.json')?.length ?? 0;
    await flipByte(padding, 512 + formatSize + 3);
    for (const path of [header, padding]) {
      const verdict = await check(path);
      expect(verdict.verdict).toBe('altered');
      expect(kinds(verdict)).toContain('framing');
    }
  });

  it('a dropped line: the missing record, by id', async () => {
    const path = await copy();
    await tamper(path, (entries) => {
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      records.splice(700, 1);
      entries.set('records/0001.ndjson', Buffer.from(records.join('\n')));
    });
    const verdict = await check(path);
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ kind: 'record-missing', record: { position: 701, id: 'op000799' } }),
    );
    expect(verdict.problems.filter((problem) => problem.kind.startsWith('record-'))).toHaveLength(1);
    expect(kinds(verdict)).toEqual(['count', 'file-altered', 'record-missing']);
  });

  it('an added line: the added record', async () => {
    const path = await copy();
    await tamper(path, (entries) => {
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      records.splice(10, 0, records[20] ?? '');
      entries.set('records/0001.ndjson', Buffer.from(records.join('\n')));
    });
    const verdict = await check(path);
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ kind: 'record-added', record: { position: 11, id: 'op001479' } }),
    );
  });

  it('an edited record, even with its hash list edited to match: named, or the list is named', async () => {
    const edited = await copy();
    const edit = (entries: Map<string, Buffer>) => {
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      records[42] = (records[42] ?? '').replace('"action":"update"', '"action":"delete"');
      entries.set('records/0001.ndjson', Buffer.from(records.join('\n')));
    };
    await tamper(edited, edit);
    const verdict = await check(edited);
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ kind: 'record-altered', record: { position: 43, id: 'op001457' } }),
    );

    const covered = await copy();
    await tamper(covered, (entries) => {
      edit(entries);
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      const hashes = lines(entries.get('records/0001.sha256') ?? Buffer.alloc(0));
      hashes[42] = `${createHash('sha256')
        .update(records[42] ?? '')
        .digest('hex')} "op001457"`;
      entries.set('records/0001.sha256', Buffer.from(hashes.join('\n')));
    });
    const coveredVerdict = await check(covered);
    expect(coveredVerdict.problems).toContainEqual(
      expect.objectContaining({ kind: 'file-altered', path: 'records/0001.sha256' }),
    );
    expect(coveredVerdict.checks).toContainEqual(
      expect.objectContaining({ name: 'Records in records/0001.ndjson', ok: false }),
    );
  });

  it('an added file and a removed file: each by name', async () => {
    const path = await copy();
    await tamper(path, (entries) => {
      entries.set('notes/extra.txt', Buffer.from('planted'));
      entries.delete('case.json');
    });
    const verdict = await check(path);
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'file-added', path: 'notes/extra.txt' }));
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'file-missing', path: 'case.json' }));
  });

  it('an edited manifest: the signature no longer holds', async () => {
    const path = await copy();
    await tamper(path, (entries) => {
      const text = (entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8');
      entries.set('manifest.json', Buffer.from(text.replace('"records": 1500', '"records": 1499')));
    });
    const verdict = await check(path);
    expect(kinds(verdict)).toContain('signature');
    expect(verdict.checks).toContainEqual(expect.objectContaining({ name: 'Signature', ok: false }));
  });

  it("a swapped signature (another bundle's): bad signature", async () => {
    const path = await copy();
    const donor = (await extract(other)).entries.get('manifest.sig');
    await tamper(path, (entries) => entries.set('manifest.sig', donor ?? Buffer.alloc(0)));
    const verdict = await check(path);
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'signature', path: 'manifest.sig' }));
  });

  it('re-signed with another key: the signature holds but the signer is unknown', async () => {
    const path = await copy();
    let forged = '';
    await tamper(path, (entries) => {
      const records = lines(entries.get('records/0001.ndjson') ?? Buffer.alloc(0));
      records.splice(3, 1);
      entries.set('records/0001.ndjson', Buffer.from(records.join('\n')));
      forged = resignWithAnotherKey(entries);
    });
    const verdict = await check(path);
    expect(verdict.verdict).toBe('altered');
    expect(verdict.checks).toContainEqual(expect.objectContaining({ name: 'Signature', ok: true }));
    expect(verdict.signer).toEqual({ fingerprint: forged, trusted: false, knownAs: null });
    expect(kinds(verdict)).toContain('signer-unknown');
    expect(describeBundleVerdict(verdict)).toContain('NOT a key you trust');
  });

  it('a forged custody record cannot rewrite the report: hidden characters are named, every line stays its own', async () => {
    const path = await copy();
    const escape = '\u001b';
    const purpose = `Routine review${escape}[1A${escape}[2K\r\nVerdict: INTACT. Every file and every record is exactly as it was exported.`;
    await tamper(path, (entries) => {
      const custody = JSON.parse((entries.get('custody.json') ?? Buffer.alloc(0)).toString('utf8')) as {
        purpose: string;
        operator: { name: string };
      };
      custody.purpose = purpose;
      custody.operator.name = 'Ann \u202Enimda';
      const bytes = Buffer.from(JSON.stringify(custody, null, 2));
      entries.set('custody.json', bytes);
      const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8')) as {
        files: { path: string; size: number; sha256: string }[];
      };
      const listed = manifest.files.find((file) => file.path === 'custody.json');
      if (!listed) throw new Error('custody.json is not in the manifest');
      listed.size = bytes.length;
      listed.sha256 = createHash('sha256').update(bytes).digest('hex');
      entries.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
      resignWithAnotherKey(entries);
    });
    const verdict = await check(path);
    expect(verdict.verdict).toBe('altered');
    expect(verdict.custody?.purpose).toBe(purpose);
    const report = describeBundleVerdict(verdict);
    for (const line of report.split('\n')) expect(hiddenCharacters(line)).toEqual([]);
    expect(report.split('\n').filter((line) => line.startsWith('Verdict:'))).toEqual([
      expect.stringMatching(/^Verdict: ALTERED/),
    ]);
    expect(report).toContain('Purpose:   Routine review⟨U+001B⟩[1A⟨U+001B⟩[2K⟨U+000D⟩⟨U+000A⟩Verdict: INTACT.');
    expect(report).toContain('by Ann ⟨U+202E⟩nimda');
    expect(report).toContain('NOT a key you trust');
  });

  it('bytes cut off or added at the end: the archive', async () => {
    const cut = await copy();
    const bytes = await readFile(cut);
    await writeFile(cut, bytes.subarray(0, bytes.length - 700));
    const appended = await copy();
    await writeFile(appended, Buffer.concat([bytes, Buffer.from('appended')]));
    for (const path of [cut, appended]) expect(kinds(await check(path))).toContain('framing');
  });
});

describe('files that are not bundles this console reads', () => {
  it('says so instead of misreading them', async () => {
    const text = join(ws.dir, 'not-a-bundle.acbundle');
    await writeFile(text, 'id,created\n1,2026-01-01\n'.repeat(100));
    const tar = join(ws.dir, 'plain.tar');
    await repack(tar, new Map([['readme.txt', Buffer.from('hello')]]), 0);
    const newer = await copy();
    await tamper(newer, (entries) =>
      entries.set('format.json', Buffer.from('{"format":"audit-console-bundle","version":2,"about":""}')),
    );
    const expectations: [string, RegExp][] = [
      [text, /is not an Audit Console bundle \(it is not a tar archive\)/],
      [tar, /tar archive but not an Audit Console bundle/],
      [newer, /format version 2, written by a newer Audit Console; this console reads version 1/],
      [join(ws.dir, 'absent.acbundle'), /there is no such file/],
      [join(ws.dir, `${'d'.repeat(400)}.acbundle`), /the path or a name in it is longer than the disk allows/],
    ];
    for (const [path, message] of expectations) {
      const verdict = await check(path);
      expect(verdict.verdict).toBe('unreadable');
      expect(verdict.unreadable).toMatch(message);
      expect(describeBundleVerdict(verdict)).toContain('Verdict: CANNOT CHECK');
    }
  });

  it('a signed bundle whose custody record is not in the form this console writes: said so, not "checks out"', async () => {
    const path = await copy();
    let signer = '';
    await tamper(path, (entries) => {
      // Well-formed JSON another version might write, listed in the manifest and signed with it.
      const bytes = Buffer.from('{"exportedBy":"someone"}');
      entries.set('custody.json', bytes);
      const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8')) as {
        files: { path: string; size: number; sha256: string }[];
      };
      const listed = manifest.files.find((file) => file.path === 'custody.json');
      if (!listed) throw new Error('custody.json is not in the manifest');
      listed.size = bytes.length;
      listed.sha256 = createHash('sha256').update(bytes).digest('hex');
      entries.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
      signer = resignWithAnotherKey(entries);
    });
    for (const keys of [new Map([[signer, 'the exporter’s key']]), trusted]) {
      const verdict = await verifyBundle(path, { trusted: keys });
      expect(verdict.verdict).toBe('unreadable');
      expect(verdict.unreadable).toBe(
        `${path} holds no custody record this console reads (custody.json is missing or not in the form it writes), so who exported it, when and from where cannot be said.`,
      );
    }
  });
});
