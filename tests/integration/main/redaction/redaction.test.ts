import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import { createElasticsearchClient } from '../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import type { LogPage } from '../../../../src/shared/query/logSource';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const client = createElasticsearchClient(connection);
let auditConsole: ClusterConsole;
let router: Router;

beforeAll(async () => {
  auditConsole = await startClusterConsole(connection, {
    patterns: fixture.patterns,
    settings: { operators: [{ id: 'it-auditor', name: 'Auditor', role: 'auditor', scope: null }] },
    user: { id: 'it-auditor', name: 'Auditor' },
  });
  router = auditConsole.router;
});

afterAll(async () => {
  await auditConsole.close();
  await client.close();
});

/** The time a planted document was logged at, read straight from the cluster. */
async function loggedAt(family: 'operational' | 'activity', id: string): Promise<string> {
  const found = await client.search<Record<string, unknown>>({
    index: fixture.patterns[family],
    query: { ids: { values: [id] } },
  });
  const doc = found.hits.hits[0]?._source;
  const at = family === 'operational' ? doc?.['created'] : doc?.['createdAt'];
  if (typeof at !== 'string') throw new Error(`planted document ${id} is not in ${fixture.patterns[family]}`);
  return at;
}

describe('redaction of what producers logged, on the seeded cluster', () => {
  it('plants every kind of violation the rules must catch', () => {
    expect(new Set(fixture.violations.map((violation) => violation.kind))).toEqual(
      new Set(['password', 'cardNumber', 'bearerToken', 'jwt', 'iban', 'privateKey', 'cookie']),
    );
  });

  it('never lets a planted secret leave main, and each page says what it redacted', async () => {
    for (const violation of fixture.violations) {
      const at = await loggedAt(violation.family, violation.docId);
      const channel = violation.family === 'operational' ? 'logs/search' : 'activity/search';
      const result = await router.handle(
        channel,
        { family: violation.family, pageSize: 100, timeRange: { kind: 'absolute', from: at, to: at } },
        { trusted: true },
      );
      if (!result.ok) throw new Error(`${channel} failed: ${result.message}`);
      const page = result.data as LogPage;
      const row = page.rows.find((candidate) => candidate.id === violation.docId);
      expect(row, `${violation.kind} in ${violation.docId}`).toBeDefined();
      // As the page's JSON writes it: once escaped in a field, twice inside a stringified JSON error.
      const once = JSON.stringify(violation.value).slice(1, -1);
      const twice = JSON.stringify(once).slice(1, -1);
      for (const written of [violation.value, once, twice])
        expect(JSON.stringify(page), `${violation.kind} in ${violation.field}`).not.toContain(written);
      expect(JSON.stringify(row)).toContain('[redacted');
      expect(Object.values(page.redactions).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    }
  });
});
