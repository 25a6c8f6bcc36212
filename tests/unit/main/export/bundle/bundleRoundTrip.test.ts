import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../../../../src/main/export/bundle/openBundle';
import { verifyBundle } from '../../../../../src/main/export/bundle/verifyBundle';
import { redactSecrets } from '../../../../../src/main/redaction/redactSecrets';
import { EmbeddedLogSource } from '../../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { LogQuery } from '../../../../../src/shared/query/logQuery';
import type { LogSource } from '../../../../../src/shared/query/logSource';
import {
  activityEvents,
  environment,
  operationalLogs,
  plan,
  PLANTED_CARD,
  PLANTED_IBAN,
  PLANTED_PASSWORD,
  query,
  runExport,
  sourceOf,
  workspace,
  type Workspace,
} from '../exportFixtures';

/** Every row a query matches, page by page as the grid reads it (redacted as the router sends it). */
async function allRows(source: LogSource, logQuery: LogQuery): Promise<unknown[]> {
  const rows: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await source.search({ ...logQuery, pageSize: 100, cursor });
    rows.push(...redactSecrets(page.rows).value);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

let ws: Workspace;
let source: EmbeddedLogSource;
const operational = query({ family: 'operational', filters: { action: ['update'] } });
const activity = query({ family: 'activity', sort: { field: 'createdAt', direction: 'asc' } });

beforeEach(async () => {
  ws = await workspace();
  source = await sourceOf(operationalLogs(3_210), activityEvents(789));
});

afterEach(async () => {
  await source.close();
  await ws.cleanup();
});

describe('a bundle, exported and read back', () => {
  it('verifies intact, and reading it back gives exactly the rows the queries return', async () => {
    const outcome = await runExport(
      plan(ws.dir, {
        format: 'bundle',
        queries: [operational, activity],
        case: {
          title: 'Wallet review',
          reference: 'INC-42',
          notes: [{ at: '2026-10-01T10:00:00.000Z', author: 'ivy', text: `Card seen: ${PLANTED_CARD}` }],
          stars: [{ family: 'operational', recordId: 'op000001', at: '2026-10-01T10:05:00.000Z' }],
        },
      }),
      environment(source, ws.keys),
    );
    expect(outcome.rows).toBe(3_210 + 789);
    expect(outcome.totalRows).toBe(outcome.rows);
    expect(outcome.signerFingerprint).toMatch(/^[0-9a-f]{64}$/);

    const verdict = await verifyBundle(outcome.path, {
      trusted: new Map([[outcome.signerFingerprint ?? '', "this workstation's bundle key"]]),
    });
    expect(verdict.problems).toEqual([]);
    expect(verdict.verdict).toBe('intact');
    expect(verdict.records).toBe(outcome.rows);
    expect(verdict.checks.map((check) => check.name)).toEqual(
      expect.arrayContaining(['Archive', 'Signature', 'Signer', 'Manifest', 'Counts', 'File custody.json']),
    );
    expect(verdict.checks.every((check) => check.ok)).toBe(true);

    const bundle = await openBundle(outcome.path);
    try {
      const read = async (index: number) => {
        const rows: unknown[] = [];
        const bundled = bundle.queries[index];
        if (!bundled) throw new Error('missing query');
        for await (const { record } of bundle.records(bundled)) rows.push(record);
        return rows;
      };
      expect(await read(0)).toEqual(await allRows(source, operational));
      expect(await read(1)).toEqual(await allRows(source, activity));
      expect(bundle.queries.map((each) => [each.hitCount, each.exported])).toEqual([
        [3_210, 3_210],
        [789, 789],
      ]);
      expect(bundle.custody.operator).toMatchObject({ id: 'ivy', role: 'investigator' });
      expect(bundle.custody.purpose).toBe('Ticket INC-42: review of wallet changes');
      expect(bundle.custody.source).toMatchObject({ kind: 'embedded', label: 'test store' });
      expect(bundle.custody.redaction.policyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(bundle.case.notes[0]?.text).not.toContain(PLANTED_CARD);

      // Reopened in an embedded store, the same query answers the same rows.
      const reopened = await EmbeddedLogSource.fromDocuments(bundle.documents());
      try {
        expect(await allRows(reopened, operational)).toEqual(await allRows(source, operational));
      } finally {
        await reopened.close();
      }
    } finally {
      await bundle.close();
    }

    const bytes = await readFile(outcome.path, 'latin1');
    for (const secret of [PLANTED_CARD, PLANTED_PASSWORD, PLANTED_IBAN]) expect(bytes).not.toContain(secret);
    expect(bytes).toContain('[redacted: card •••• 1111]'.replace('••••', Buffer.from('••••').toString('latin1')));
    expect((await readdir(ws.dir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('is a tar that lists its files in order', async () => {
    const outcome = await runExport(
      plan(ws.dir, { format: 'bundle', queries: [operational] }),
      environment(source, ws.keys),
    );
    const bundle = await openBundle(outcome.path);
    await bundle.close();
    expect(bundle.manifest.files.map((file) => file.path)).toEqual([
      'format.json',
      'records/0001.ndjson',
      'records/0001.sha256',
      'queries.json',
      'case.json',
      'custody.json',
    ]);
    expect(bundle.manifest.counts).toEqual({ queries: 1, records: 3_210, files: 6 });
  });
});

describe('NDJSON and CSV exports', () => {
  it('NDJSON holds each record whole, nested JSON intact, redacted', async () => {
    const outcome = await runExport(
      plan(ws.dir, { format: 'ndjson', queries: [activity] }),
      environment(source, ws.keys),
    );
    const lines = (await readFile(outcome.path, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(await allRows(source, activity));
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ metadata: { nested: { level: 1, tags: ['a', 'b'] } } });
    expect(lines.join('\n')).not.toContain(PLANTED_IBAN);
    expect(outcome.redactions).toEqual([{ rule: 'secret field', count: 16 }]);
  });

  it('CSV is RFC 4180 with a UTC column and a local column naming its offset', async () => {
    const outcome = await runExport(
      plan(ws.dir, { format: 'csv', queries: [operational] }),
      environment(source, ws.keys),
    );
    const text = await readFile(outcome.path, 'utf8');
    const [header, first] = text.split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual([
      'id',
      'created (UTC)',
      'created (Europe/Berlin local time)',
      'action',
    ]);
    // op003209 is the newest (minute 3209 after 2024-03-01T00:00Z = 2024-03-03T05:29Z), shown in CET (+01:00).
    expect(first?.startsWith('op003209,2024-03-03T05:29:00.000Z,2024-03-03 06:29:00.000 +01:00,update,')).toBe(true);
    expect(text).toContain('"Card [redacted: card •••• 1111] charged, ""quoted"", with, commas"');
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(3_210 + 1);
  });

  it('refuses a CSV of two families, naming the way out', async () => {
    await expect(
      runExport(plan(ws.dir, { format: 'csv', queries: [operational, activity] }), environment(source, ws.keys)),
    ).rejects.toThrow(/one log family/);
    expect(await readdir(ws.dir)).toEqual([]);
  });
});

describe('the bundle file', () => {
  it('is readable by name only in its own folder, with nothing else left there', async () => {
    const outcome = await runExport(
      plan(ws.dir, { format: 'bundle', queries: [operational] }),
      environment(source, ws.keys),
    );
    expect((await readdir(ws.dir)).sort()).toEqual(['evidence.acbundle', 'keys']);
    expect(outcome.path).toBe(join(ws.dir, 'evidence.acbundle'));
  });
});
