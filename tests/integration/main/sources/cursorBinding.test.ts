import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import { createRouter, type Handlers, type Router } from '../../../../src/main/router/createRouter';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import { createLogService } from '../../../../src/main/services/createLogService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import { CHANNELS } from '../../../../src/shared/contract/channelMethods';
import type { Result } from '../../../../src/shared/contract/errors';
import type { Operator } from '../../../../src/shared/domain/roles';
import type { LogPage, LogSource } from '../../../../src/shared/query/logSource';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');

const ann: Operator = { id: 'it-ann', name: 'Ann', role: 'auditor', scope: null };
const bob: Operator = { id: 'it-bob', name: 'Bob', role: 'auditor', scope: null };
const FORGED_TOTAL = 987_654_321;

/** A router over one source, as the console builds it; `as` switches who the caller is. */
interface Console {
  router: Router;
  as(operator: Operator): void;
  source: LogSource;
}

function consoleOver(source: LogSource): Console {
  let operator = ann;
  const refuse = () => Promise.reject(new Error('not used here'));
  const handlers = {
    ...Object.fromEntries(CHANNELS.map((channel) => [channel, refuse])),
    ...createLogService({ current: () => Promise.resolve(source) }),
  } as Handlers;
  const router = createRouter({
    handlers,
    currentOperator: () => operator,
    journal: { record: () => Promise.resolve() },
  });
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
 * What a renderer can do to a cursor it holds: read the JSON inside (the part before any signature)
 * and write it back with changes; it cannot make a signature for what it wrote.
 */
function tamper(cursor: string, change: (json: Record<string, unknown>) => void): string {
  const [body = '', ...signature] = cursor.split('.');
  const json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(json);
  return [Buffer.from(JSON.stringify(json), 'utf8').toString('base64url'), ...signature].join('.');
}

/** Replaces every `{ value, relation }` total anywhere in the cursor. */
function forgeTotal(json: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(json)) {
    if (typeof value !== 'object' || value === null) continue;
    if ('relation' in value && 'value' in value) json[key] = { value: FORGED_TOTAL, relation: 'eq' };
    else forgeTotal(value as Record<string, unknown>);
  }
}

/** Names the fields that tie a cursor to its query, in any cursor format the console has used. */
const QUERY_KEYS = ['queryHash', 'q', 'query'];

/** Copies the query binding of `from` into `json`, wherever it sits. */
function spliceQuery(json: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    if (QUERY_KEYS.includes(key) && typeof value === 'string') json[key] = value;
    else if (typeof value === 'object' && value !== null && typeof json[key] === 'object' && json[key] !== null)
      spliceQuery(json[key] as Record<string, unknown>, value as Record<string, unknown>);
  }
}

const readJson = (cursor: string) => {
  let json: Record<string, unknown> = {};
  tamper(cursor, (inside) => (json = inside));
  return json;
};

async function firstPage(engine: Console, query: object): Promise<LogPage & { nextCursor: string }> {
  const result = await engine.router.handle('logs/search', query, { trusted: true });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  const page = result.data as LogPage;
  if (!page.nextCursor) throw new Error('the query has a single page; the attack needs a cursor');
  return { ...page, nextCursor: page.nextCursor };
}

function expectRefused(result: Result<unknown>, code: string): void {
  expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: false, code });
  expect(JSON.stringify(result)).not.toContain(String(FORGED_TOTAL));
}

const errors = { family: 'operational', pageSize: 10, filters: { status: ['error'] } };
const deletes = { family: 'operational', pageSize: 10, filters: { action: ['delete'] } };

describe.each(['elasticsearch', 'embedded'] as const)('cursors through the router on %s', (name) => {
  it('refuses a cursor whose carried total was rewritten', async () => {
    const engine = engines[name];
    engine.as(ann);
    const page = await firstPage(engine, errors);
    const forged = tamper(page.nextCursor, forgeTotal);
    expect(forged).not.toBe(page.nextCursor);
    expectRefused(
      await engine.router.handle('logs/search', { ...errors, cursor: forged }, { trusted: true }),
      'BAD_REQUEST',
    );
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
    const spliced = tamper(ofErrors.nextCursor, (json) => spliceQuery(json, readJson(ofDeletes.nextCursor)));
    const forged = await engine.router.handle('logs/search', { ...deletes, cursor: spliced }, { trusted: true });
    expectRefused(forged, 'BAD_REQUEST');
  });
});
