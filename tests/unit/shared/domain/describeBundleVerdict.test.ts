import { describe, expect, it } from 'vitest';
import type { BundleVerdict } from '../../../../src/shared/contract/exportChannels';
import { describeBundleVerdict } from '../../../../src/shared/domain/describeBundleVerdict';

const RESULT_SET = 'the result set of query 1 is not the one exported (records added, dropped, changed or reordered)';

/** A bundle with one record altered: three failed checks, and one problem for each. */
const altered: BundleVerdict = {
  path: '/tmp/tampered.acbundle',
  bytes: 4_096,
  verdict: 'altered',
  unreadable: null,
  formatVersion: 1,
  checks: [
    { name: 'Archive', ok: true, detail: 'A well-formed tar of 7 files.' },
    { name: 'File records/0001.ndjson', ok: false, detail: 'its SHA-256 differs from the manifest.' },
    {
      name: 'Records in records/0001.ndjson',
      ok: false,
      detail: '810 of 811 records match; 1 altered, missing or added.',
    },
    { name: 'Counts', ok: false, detail: RESULT_SET },
  ],
  problems: [
    {
      kind: 'file-altered',
      path: 'records/0001.ndjson',
      message: 'Altered file: records/0001.ndjson is not the file that was signed (its SHA-256 differs).',
    },
    {
      kind: 'record-altered',
      path: 'records/0001.ndjson',
      record: { position: 469, id: 'op469' },
      message: 'Altered record in records/0001.ndjson: record 469 (id op469).',
    },
    { kind: 'count', message: `Count: ${RESULT_SET}.` },
  ],
  moreProblems: 0,
  signer: null,
  custody: null,
  records: 811,
  seconds: 0.1,
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the verify report of an altered bundle', () => {
  it('says each finding once: the failed checks, then only the records and files they count', () => {
    const report = describeBundleVerdict(altered);
    expect(report).toContain('  FAIL  File records/0001.ndjson: its SHA-256 differs from the manifest.');
    expect(report).toContain('  FAIL  Records in records/0001.ndjson: 810 of 811 records match;');
    expect(occurrences(report, RESULT_SET)).toBe(1);
    expect(report).not.toContain('Altered file:');
    expect(report).toContain('Problems (1)\n  - Altered record in records/0001.ndjson: record 469 (id op469).');
    expect(report).toMatch(/see the failed checks and problems above\.$/);
  });

  it('names added and missing files, and counts what it does not name', () => {
    const report = describeBundleVerdict({
      ...altered,
      problems: [
        ...altered.problems,
        { kind: 'file-added', path: 'extra.txt', message: 'Added file: extra.txt is not in the manifest.' },
      ],
      moreProblems: 1_200,
    });
    expect(report).toContain(
      'Problems (1,202)\n  - Altered record in records/0001.ndjson: record 469 (id op469).\n  - Added file: extra.txt is not in the manifest.\n  … and 1,200 more.',
    );
  });

  it('has no problems section when every failed check says all there is', () => {
    const report = describeBundleVerdict({
      ...altered,
      problems: altered.problems.filter((problem) => problem.kind !== 'record-altered'),
    });
    expect(report).not.toContain('Problems (');
    expect(report).toMatch(/see the failed checks above\.$/);
  });
});
