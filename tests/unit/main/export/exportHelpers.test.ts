import { describe, expect, it } from 'vitest';
import { RecordAligner, type RecordFinding } from '../../../../src/main/export/bundle/RecordAligner';
import { paddingAfter, readUstarHeader, ustarHeader } from '../../../../src/main/export/bundle/ustar';
import { csvField, csvLine } from '../../../../src/main/export/formats/csvColumns';
import { createLocalTimeFormatter } from '../../../../src/main/export/localTime';
import { ExportProgress } from '../../../../src/main/export/ExportProgress';
import { REDACTION_POLICY, redactionPolicyHash } from '../../../../src/main/redaction/redactionPolicy';

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['-2', "'-2"],
    ['Émile Durand', 'Émile Durand'],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('a null is an empty field and a record ends with CRLF', () => {
    expect(csvLine(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });
});

describe('local time with its offset named', () => {
  it.each([
    ['Europe/Berlin', '2024-01-15T12:00:00.000Z', '2024-01-15 13:00:00.000 +01:00'],
    ['Europe/Berlin', '2024-07-15T12:00:00.000Z', '2024-07-15 14:00:00.000 +02:00'],
    ['Europe/Berlin', '2024-03-31T00:59:59.999Z', '2024-03-31 01:59:59.999 +01:00'],
    ['Europe/Berlin', '2024-03-31T01:00:00.000Z', '2024-03-31 03:00:00.000 +02:00'],
    ['America/St_Johns', '2024-01-15T12:00:00.000Z', '2024-01-15 08:30:00.000 -03:30'],
    ['Asia/Kathmandu', '2024-01-15T12:00:00.000Z', '2024-01-15 17:45:00.000 +05:45'],
    ['UTC', '2024-01-15T12:00:00.123Z', '2024-01-15 12:00:00.123 +00:00'],
  ])('%s: %s is %s', (zone, instant, local) => {
    expect(createLocalTimeFormatter(zone).format(instant)).toBe(local);
  });

  it('an unknown zone is refused by name', () => {
    expect(() => createLocalTimeFormatter('Mars/Olympus')).toThrow('"Mars/Olympus" is not a time zone');
  });
});

describe('ustar headers', () => {
  it('reads back what it writes, canonical, with the checksum tar expects', () => {
    const header = ustarHeader({ name: 'records/0001.ndjson', size: 123_456, mtime: 1_700_000_000 });
    expect(readUstarHeader(header)).toEqual({
      kind: 'entry',
      header: { name: 'records/0001.ndjson', size: 123_456, mtime: 1_700_000_000 },
      canonical: true,
    });
    expect(header.toString('latin1', 257, 263)).toBe('ustar\0');
  });

  it('sizes beyond 8 GiB use the base-256 form', () => {
    const size = 12 * 1024 ** 3 + 7;
    const header = ustarHeader({ name: 'records/0001.ndjson', size, mtime: 0 });
    expect(header[124]).toBe(0x80);
    expect(readUstarHeader(header)).toMatchObject({ kind: 'entry', header: { size }, canonical: true });
  });

  it('a changed byte is either a bad checksum or a non-canonical header', () => {
    const header = ustarHeader({ name: 'custody.json', size: 10, mtime: 5 });
    for (const offset of [0, 100, 124, 136, 148, 156, 200, 257, 300, 500]) {
      const changed = Buffer.from(header);
      changed[offset] = (changed[offset] ?? 0) ^ 0x01;
      const reading = readUstarHeader(changed);
      expect(reading.kind === 'invalid' || (reading.kind === 'entry' && !reading.canonical)).toBe(true);
    }
  });

  it('pads to 512-byte blocks', () => {
    expect([0, 1, 511, 512, 513].map(paddingAfter)).toEqual([0, 511, 1, 0, 511]);
  });
});

describe('lining up records with their signed hashes', () => {
  /** Promised record i sits at offset i, found line j at offset 100 + j: findings name them by both. */
  const align = (promised: string, actual: string) => {
    const findings: RecordFinding[] = [];
    const aligner = new RecordAligner((finding) => findings.push(finding));
    [...promised].forEach((hash, index) => aligner.pushExpected(hash, index));
    [...actual].forEach((hash, index) => aligner.pushFound(hash, 100 + index));
    aligner.drain(true, true);
    return findings.map(
      (finding) =>
        `${finding.kind.replace('record-', '')} ${finding.position}` +
        `${finding.expectedOffset === undefined ? '' : ` ${promised[finding.expectedOffset] ?? '?'}`}` +
        `${finding.foundOffset === undefined ? '' : ` ${actual[finding.foundOffset - 100] ?? '?'}`}`,
    );
  };

  it.each([
    ['abcdef', 'abcdef', []],
    ['abcdef', 'abXdef', ['altered 3 c X']],
    ['abcdef', 'abdef', ['missing 3 c']],
    ['abcdef', 'abcXdef', ['added 4 X']],
    ['abcdef', 'abcde', ['missing 6 f']],
    ['abcdef', 'abcdefgh', ['added 7 g', 'added 8 h']],
    ['abcdef', 'ab', ['missing 3 c', 'missing 4 d', 'missing 5 e', 'missing 6 f']],
    ['abcdef', 'aXcdYf', ['altered 2 b X', 'altered 5 e Y']],
    ['abcdef', 'acdXf', ['missing 2 b', 'altered 5 e X']],
  ])('promised %s, found %s', (promised, actual, findings) => {
    expect(align(promised, actual)).toEqual(findings);
  });
});

describe('progress', () => {
  it('tells rows per second and time left from the recent rate', () => {
    let now = 0;
    const progress = new ExportProgress(() => now);
    progress.setTotal(10_000);
    now = 1_000;
    progress.add(2_000, 1_000_000);
    expect(progress.snapshot()).toEqual({
      rowsWritten: 2_000,
      totalRows: 10_000,
      rowsPerSecond: 2_000,
      secondsLeft: 4,
      bytesWritten: 1_000_000,
    });
  });
});

describe('the redaction policy descriptor', () => {
  it('hashes stably, names every rule, and changes when what a rule does changes', () => {
    expect(redactionPolicyHash()).toBe(redactionPolicyHash(JSON.parse(JSON.stringify(REDACTION_POLICY)) as unknown));
    expect(redactionPolicyHash()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(REDACTION_POLICY.rules.map((rule) => rule.name)).toEqual(
      expect.arrayContaining(['secret field', 'card number', 'IBAN', 'JWT', 'bearer token', 'private key', 'cookie']),
    );
    expect(REDACTION_POLICY.behaviourOnProbes).toMatch(/^[0-9a-f]{64}$/);
    for (const changed of [
      { ...REDACTION_POLICY, maxDepth: REDACTION_POLICY.maxDepth - 1 },
      { ...REDACTION_POLICY, behaviourOnProbes: '0'.repeat(64) },
      { ...REDACTION_POLICY, rules: REDACTION_POLICY.rules.slice(1) },
    ]) {
      expect(redactionPolicyHash(changed)).not.toBe(redactionPolicyHash());
    }
  });
});
