import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBundle } from '../../../../src/main/export/bundle/openBundle';
import { verifyBundle } from '../../../../src/main/export/bundle/verifyBundle';
import { ExportProgress } from '../../../../src/main/export/ExportProgress';
import { runExport, type ExportEnvironment, type ExportPlan } from '../../../../src/main/export/runExport';
import { BundleSignerSource } from '../../../../src/main/export/signing/bundleKey';
import { FileBundleKeyStore } from '../../../../src/main/export/signing/BundleKeyStore';
import { redactSecrets } from '../../../../src/main/redaction/redactSecrets';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { ClusterSource } from '../../../../src/main/sources/openClusterSource';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import type { Operator } from '../../../../src/shared/domain/roles';
import { LogQuery, type LogQueryInput } from '../../../../src/shared/query/logQuery';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const client = createElasticsearchClient(connection);
const investigator: Operator = { id: 'it-ivy', name: 'Ivy', role: 'investigator', scope: null };
let cluster: ClusterSource;
let source: ClusterSource['source'];
let dir: string;
let keys: BundleSignerSource;

beforeAll(async () => {
  cluster = await openDevClusterSource(connection, { indexPatterns: fixture.patterns });
  source = cluster.source;
  dir = mkdtempSync(join(tmpdir(), 'export-it-'));
  keys = new BundleSignerSource(new FileBundleKeyStore(join(dir, 'keys', 'bundle-signing-key.pem')));
});

afterAll(async () => {
  await cluster.close();
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

const query = (input: LogQueryInput) => LogQuery.parse(input);

function env(overrides: Partial<ExportEnvironment> = {}): ExportEnvironment {
  return {
    source,
    operator: investigator,
    signal: new AbortController().signal,
    console: { name: 'Audit Console', version: 'integration' },
    signer: () => keys.get(),
    progress: new ExportProgress(),
    ...overrides,
  };
}

function plan(fileName: string, overrides: Pick<ExportPlan, 'format' | 'queries'>): ExportPlan {
  return {
    target: { directory: dir, fileName, replace: false },
    purpose: 'integration: export from the seeded cluster',
    timeZone: 'UTC',
    ...overrides,
  };
}

/** Every row of a query as the grid reads it, page after page, redacted as the router sends it. */
async function gridRows(logQuery: LogQuery, scopeClientIds?: string[]): Promise<unknown[]> {
  const rows: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await source.search({ ...logQuery, pageSize: 100, cursor }, scopeClientIds ? { scopeClientIds } : {});
    rows.push(...redactSecrets(page.rows).value);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** Open search contexts on the cluster (points-in-time included): an export must leave none behind. */
async function openContexts(): Promise<number> {
  const stats = await client.nodes.stats({ metric: ['indices'], index_metric: ['search'] });
  return Object.values(stats.nodes).reduce((sum, node) => sum + (node.indices?.search?.open_contexts ?? 0), 0);
}

describe('exports from the seeded cluster', () => {
  it('a bundle of every operational log (past 10,000) reads back as the grid reads the query, with provenance', async () => {
    const all = query({ family: 'operational' });
    const before = await openContexts();
    const outcome = await runExport(plan('all.acbundle', { format: 'bundle', queries: [all] }), env());
    expect(outcome.rows).toBe(fixture.counts.operational);
    expect(outcome.rows).toBeGreaterThan(10_000);
    expect(await openContexts()).toBe(before);

    const verdict = await verifyBundle(outcome.path, { trusted: new Map([[outcome.signerFingerprint ?? '', 'ours']]) });
    expect(verdict.problems).toEqual([]);
    expect(verdict.verdict).toBe('intact');

    const bundle = await openBundle(outcome.path);
    try {
      const [bundled] = bundle.queries;
      if (!bundled) throw new Error('no query in the bundle');
      const records: unknown[] = [];
      for await (const { record, provenance } of bundle.records(bundled)) {
        records.push(record);
        expect(provenance).toMatchObject({ store: 'elasticsearch', documentId: record.id });
        if (provenance.store === 'elasticsearch') {
          expect(provenance.index).toMatch(/^it-crm-operational-logs-/);
          expect(provenance.seqNo).toBeGreaterThanOrEqual(0);
          expect(provenance.primaryTerm).toBeGreaterThanOrEqual(1);
        }
      }
      expect(records).toEqual(await gridRows(all));
      expect(bundled).toMatchObject({ hitCount: fixture.counts.operational, exported: fixture.counts.operational });
      expect(bundle.custody.source).toMatchObject({
        kind: 'elasticsearch',
        indexPatterns: fixture.patterns,
        authenticatedAs: { username: connection.username ?? null },
      });
      if (bundle.custody.source.kind === 'elasticsearch') {
        expect(bundle.custody.source.clusterUuid).toMatch(/^[\w-]{10,}$/);
        expect(bundle.custody.source.clusterName).toBeTruthy();
      }
    } finally {
      await bundle.close();
    }
  });

  it('holds none of the secrets producers logged', async () => {
    const outcome = await runExport(
      plan('both.ndjson', {
        format: 'ndjson',
        queries: [query({ family: 'operational' }), query({ family: 'activity' })],
      }),
      env(),
    );
    const text = readFileSync(outcome.path, 'utf8');
    expect(outcome.rows).toBe(fixture.counts.operational + fixture.counts.activity);
    expect(fixture.violations.length).toBeGreaterThan(0);
    for (const violation of fixture.violations) expect(text).not.toContain(violation.value);
    expect(outcome.redactions.reduce((sum, each) => sum + each.count, 0)).toBeGreaterThanOrEqual(
      fixture.violations.length,
    );
  });

  it("a scoped operator's CSV holds exactly their clients' records", async () => {
    const activity = query({ family: 'activity' });
    const sample = await source.search({ ...activity, pageSize: 100 });
    if (sample.nextCursor) await source.releaseCursor('activity', sample.nextCursor);
    const clients = [...new Set(sample.rows.map((row) => ('clientId' in row ? row.clientId : '')))].slice(0, 3);
    const scoped: Operator = { id: 'it-sam', name: 'Sam', role: 'auditor', scope: { clientIds: clients } };
    const outcome = await runExport(
      plan('scoped.csv', { format: 'csv', queries: [activity] }),
      env({ operator: scoped }),
    );
    const lines = readFileSync(outcome.path, 'utf8').trimEnd().split('\r\n').slice(1);
    const expected = await gridRows(activity, clients);
    expect(lines).toHaveLength(expected.length);
    expect(outcome.rows).toBe(expected.length);
    const clientColumn = 3;
    expect(new Set(lines.map((line) => line.split(',')[clientColumn]))).toEqual(new Set(clients));
  });

  it('a cancelled export leaves no file and no open point-in-time', async () => {
    const before = await openContexts();
    const controller = new AbortController();
    const progress = new ExportProgress();
    const running = runExport(
      plan('cancelled.ndjson', { format: 'ndjson', queries: [query({ family: 'activity' })] }),
      env({ signal: controller.signal, progress, pageSize: 1_000 }),
    );
    const timer = setInterval(() => {
      if (progress.snapshot().rowsWritten >= 3_000) controller.abort();
    }, 5);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    clearInterval(timer);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('cancelled') || name.includes('cancelled.ndjson')),
    ).toEqual([]);
    // The search asked ahead was aborted on the client; the node lets go of the point in time once that
    // search ends there, moments after it was closed. A leaked one stays open for its whole keep-alive.
    await expect.poll(openContexts, { timeout: 15_000, interval: 250 }).toBeLessThanOrEqual(before);
  });
});
