import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractZipWithNode } from '../../../../scripts/elasticsearch/unzip';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unzip-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

interface Entry {
  name: string;
  content?: string;
  mode: number;
  deflate?: boolean;
}

/** Builds a zip the way Info-ZIP on Unix does (version made by 3 = Unix, mode in the high bits). */
function buildZip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.from(entry.content ?? '');
    const stored = entry.deflate === true ? deflateRawSync(data) : data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.deflate === true ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt8(3, 5);
    central.writeUInt16LE(entry.deflate === true ? 8 : 0, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((entry.mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

function extract(entries: readonly Entry[]): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'test.zip'), buildZip(entries));
  extractZipWithNode(join(dir, 'test.zip'), join(dir, 'out'));
  return join(dir, 'out');
}

describe('extractZipWithNode', () => {
  it('restores directories, stored and deflated files, Unix modes and symlinks', () => {
    const out = extract([
      { name: 'es/', mode: 0o040755 },
      { name: 'es/config/', mode: 0o040750 },
      { name: 'es/bin/elasticsearch', content: '#!/bin/sh\necho hi\n', mode: 0o100755, deflate: true },
      { name: 'es/config/jvm.options', content: '-Xss1m\n'.repeat(50), mode: 0o100644, deflate: true },
      { name: 'es/NOTICE.txt', content: 'stored', mode: 0o100644 },
      { name: 'es/lib/current', content: '../bin', mode: 0o120777 },
    ]);
    expect(readFileSync(join(out, 'es/bin/elasticsearch'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
    expect(statSync(join(out, 'es/bin/elasticsearch')).mode & 0o777).toBe(0o755);
    expect(statSync(join(out, 'es/config/jvm.options')).mode & 0o777).toBe(0o644);
    expect(statSync(join(out, 'es/config')).mode & 0o777).toBe(0o750);
    expect(readFileSync(join(out, 'es/NOTICE.txt'), 'utf8')).toBe('stored');
    expect(readlinkSync(join(out, 'es/lib/current'))).toBe('../bin');
  });

  it('refuses entries that would land outside the destination', () => {
    expect(() => extract([{ name: '../evil.sh', content: 'x', mode: 0o100755 }])).toThrow(/outside/);
  });

  it('refuses a corrupted entry', () => {
    const dir = tempDir();
    const zip = buildZip([{ name: 'a.txt', content: 'hello', mode: 0o100644 }]);
    zip.write('j', 30 + 'a.txt'.length); // flip the first data byte
    writeFileSync(join(dir, 'bad.zip'), zip);
    expect(() => extractZipWithNode(join(dir, 'bad.zip'), join(dir, 'out'))).toThrow(/CRC mismatch/);
    expect(existsSync(join(dir, 'out', 'a.txt'))).toBe(false);
  });

  it('refuses what is not a zip', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not.zip'), 'just text, long enough to search for an end record');
    expect(() => extractZipWithNode(join(dir, 'not.zip'), join(dir, 'out'))).toThrow(/not a zip file/);
  });
});
