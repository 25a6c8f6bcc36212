import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import type { Router } from '../../../../src/main/router/createRouter';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import { createLogService } from '../../../../src/main/services/createLogService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import type { LogPage, LogSource } from '../../../../src/shared/query/logSource';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import { routerServing } from '../../support/routerServing';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');

const ann: Operator = { id: 'it-ann', name: 'Ann', role: 'auditor', scope: null };
const bob: Operator = { id: 'it-bob', name: 'Bob', role: 'auditor', scope: null };

/** A router over one source, as the console builds it; `as` switches who the caller is. */
interface Console {
  router: Router;
  as(operator: Operator): void;
  source: LogSource;
}

function consoleOver(source: LogSource): Console {
  let operator = ann;
  const router = routerServing(createLogService({ current: () => Promise.resolve(source) }), () => operator);
  return { router, source, as: (next) => (operator = next) };
}

const engines: Record<'elasticsearch' | 'embedded', Console> = {} as Record<'elasticsearch' | 'embedded', Console>;

beforeAll(async () => {
  // The cluster as the console opens a saved connection.
  engines.elasticsearch = consoleOver(
    (await openDevClusterSource(connection, { indexPatterns: fixture.patterns })).source,
  );
  const documents = [...generateDataset(FIXTURE_DATASET)].map((item) => item.doc);
  engines.embedded = consoleOver(await EmbeddedLogSource.fromDocuments(documents));
});

afterAll(async () => {
  await Promise.all(Object.values(engines).map((engine) => engine.source.close()));
});

/**
 * What a renderer can do to a cursor it holds: it cannot read what is inside (sealed), only change
 * its bytes. `flip` changes one bit of the sealed part; `splice` joins the start of one cursor to the
 * sealed part of another.
 */
function flip(cursor: string, at: number): string {
  const [iv = '', sealed = ''] = cursor.split('.');
  const bytes = Buffer.from(sealed, 'base64url');
  const index = at < 0 ? bytes.length + at : at;
  bytes[index] = (bytes[index] ?? 0) ^ 1;
  return `${iv}.${bytes.toString('base64url')}`;
}

function splice(start: string, rest: string): string {
  return `${start.split('.')[0] ?? ''}.${rest.split('.')[1] ?? ''}`;
}

/** Everything a renderer can decode from a cursor, as text. */
const decoded = (cursor: string) =>
  cursor
    .split('.')
    .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
    .join(' ');

async function firstPage(engine: Console, query: object): Promise<LogPage & { nextCursor: string }> {
  const result = await engine.router.handle('logs/search', query, { trusted: true });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  const page = result.data as LogPage;
  if (!page.nextCursor) throw new Error('the query has a single page; the attack needs a cursor');
  return { ...page, nextCursor: page.nextCursor };
}

function expectRefused(result: Result<unknown>, code: string): void {
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: false, code });
}

const errors = { family: 'operational', pageSize: 10, filters: { status: ['error'] } };
const deletes = { family: 'operational', pageSize: 10, filters: { action: ['delete'] } };

describe.each(['elasticsearch', 'embedded'] as const)('cursors through the router on %s', (name) => {
  it('refuses a cursor with any bit of it changed', async () => {
    const engine = engines[name];
    engine.as(ann);
    const page = await firstPage(engine, errors);
    for (const at of [0, 7, 40, -1]) {
      const forged = flip(page.nextCursor, at);
      expect(forged).not.toBe(page.nextCursor);
      expectRefused(
        await engine.router.handle('logs/search', { ...errors, cursor: forged }, { trusted: true }),
        'BAD_REQUEST',
      );
    }
  });

  it("shows nothing of the last row's sort value, total or operator in the cursor", async () => {
    const engine = engines[name];
    engine.as(ann);
    const byName = { ...errors, sort: { field: 'client.name', direction: 'asc' } };
    const page = await firstPage(engine, byName);
    const last = page.rows.at(-1) as { client?: { name?: string } } | undefined;
    const clientName = last?.client?.name ?? '';
    expect(clientName.length).toBeGreaterThan(3);
    const inside = decoded(page.nextCursor);
    for (const word of clientName.split(/\s+/).filter((part) => part.length > 3)) expect(inside).not.toContain(word);
    expect(inside).not.toContain(String(page.total.value));
    expect(inside).not.toContain(ann.id);
  });

  it("refuses another operator's cursor", async () => {
    const engine = engines[name];
    engine.as(ann);
    const page = await firstPage(engine, errors);
    engine.as(bob);
    const stolen = await engine.router.handle('logs/search', { ...errors, cursor: page.nextCursor }, { trusted: true });
    expectRefused(stolen, 'FORBIDDEN');
    engine.as(ann);
    const own = await engine.router.handle('logs/search', { ...errors, cursor: page.nextCursor }, { trusted: true });
    expect(own.ok, JSON.stringify(own).slice(0, 300)).toBe(true);
  });

  it("refuses another query's cursor, also with that query's binding copied in", async () => {
    const engine = engines[name];
    engine.as(ann);
    const ofErrors = await firstPage(engine, errors);
    const ofDeletes = await firstPage(engine, deletes);
    const replayed = await engine.router.handle(
      'logs/search',
      { ...deletes, cursor: ofErrors.nextCursor },
      { trusted: true },
    );
    expectRefused(replayed, 'BAD_REQUEST');
    const spliced = splice(ofErrors.nextCursor, ofDeletes.nextCursor);
    const forged = await engine.router.handle('logs/search', { ...deletes, cursor: spliced }, { trusted: true });
    expectRefused(forged, 'BAD_REQUEST');
  });
});

describe('cursors across connections', () => {
  it('refuses a cursor from another connection, even one to the same cluster where its point in time lives', async () => {
    // A second saved connection to the very same node: the point in time in the first one's cursor
    // would still be open there, so only the binding to the issuing source can refuse it.
    const other = consoleOver((await openDevClusterSource(connection, { indexPatterns: fixture.patterns })).source);
    try {
      const first = engines.elasticsearch;
      first.as(ann);
      other.as(ann);
      const page = await firstPage(first, errors);
      const carried = await other.router.handle(
        'logs/search',
        { ...errors, cursor: page.nextCursor },
        { trusted: true },
      );
      expectRefused(carried, 'BAD_REQUEST');
      expect(carried).toMatchObject({ message: expect.stringContaining('reload the results from the first page') });
      const own = await first.router.handle('logs/search', { ...errors, cursor: page.nextCursor }, { trusted: true });
      expect(own.ok, JSON.stringify(own).slice(0, 300)).toBe(true);
    } finally {
      await other.source.close();
    }
  });
});
