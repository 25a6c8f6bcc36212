import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDevClusterSource } from '../../../../scripts/dev/devConnection';
import type { Router } from '../../../../src/main/router/createRouter';
import { isValidIban, mod97 } from '../../../../src/shared/domain/checksums';
import { generateDataset } from '../../../../src/main/demoData/generateDataset';
import { createLogService } from '../../../../src/main/services/createLogService';
import { EmbeddedLogSource } from '../../../../src/main/sources/embedded/EmbeddedLogSource';
import type { Result } from '../../../../src/shared/contract/errors';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { FIXTURE_DATASET } from '../../support/fixtureDataset';
import { routerServing } from '../../support/routerServing';
import '../../support/providedContext';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const sources: Record<string, LogSource> = {};
const routers: Record<string, Router> = {};

/** The auditor's console over one source, every call through the router as the renderer makes it. */
function routerOver(source: LogSource): Router {
  return routerServing(createLogService({ current: () => Promise.resolve(source) }), () => ({
    id: 'it-auditor',
    name: 'Auditor',
    role: 'auditor',
    scope: null,
  }));
}

beforeAll(async () => {
  sources['cluster'] = (await openDevClusterSource(connection, { indexPatterns: fixture.patterns })).source;
  sources['embedded'] = await EmbeddedLogSource.fromDocuments(
    [...generateDataset(FIXTURE_DATASET)].map((item) => item.doc),
  );
  for (const [name, source] of Object.entries(sources)) routers[name] = routerOver(source);
});

afterAll(async () => {
  for (const source of Object.values(sources)) await source.close();
});

const planted = fixture.violations.filter((violation) => violation.kind === 'iban');
const [before] = planted.filter((violation) => violation.field === 'change.before.iban');

/**
 * Ten valid German IBANs, the planted one among them: what an attacker who knows the bank and most of
 * the account would try, one guess per call.
 */
function candidates(iban: string): string[] {
  const guesses = Array.from({ length: 9 }, (_, n) => {
    const bban = `${iban.slice(4, -2)}${String((Number(iban.slice(-2)) + 7 * (n + 1)) % 100).padStart(2, '0')}`;
    return `DE${String(98 - mod97(`${bban}131400`)).padStart(2, '0')}${bban}`;
  });
  return [...guesses.slice(0, 4), iban, ...guesses.slice(4)];
}

/** What an attacker sees of one answer: refused (and how), or how many rows and which. */
function seen(result: Result<unknown>): string {
  if (!result.ok) return `refused ${result.code} ${result.field ?? ''}`;
  const data = result.data as { total?: { value: number }; rows?: { id: string }[]; buckets?: { count: number }[] };
  if (Array.isArray(data)) return `facets ${JSON.stringify(data)}`;
  if (data.buckets) return `histogram ${data.buckets.reduce((sum, bucket) => sum + bucket.count, 0)}`;
  return `rows ${data.total?.value ?? '?'} ${(data.rows ?? []).map((row) => row.id).join(',')}`;
}

describe.each(['cluster', 'embedded'])('a value filter is no oracle on a planted IBAN (%s)', (name) => {
  const call = (channel: string, payload: unknown) =>
    (routers[name] as Router).handle(channel, payload, { trusted: true });
  const query = (filters: Record<string, string[]>) => ({ family: 'activity', pageSize: 10, filters });

  it('has an IBAN planted before and after a manager edit, and valid IBANs to guess with', () => {
    expect(before?.value).toMatch(/^DE\d{20}$/);
    expect(candidates(before?.value ?? '').filter(isValidIban)).toHaveLength(10);
    expect(planted.some((violation) => violation.field === 'change.after.iban')).toBe(true);
  });

  it.each([
    ['changedFrom', 'iban', 'activity/search'],
    ['changedFrom', 'iban', 'activity/facets'],
    ['changedFrom', 'iban', 'activity/histogram'],
    ['changedTo', 'iban', 'activity/search'],
    ['changedFrom', 'note', 'activity/search'],
    ['changedFrom', 'IBAN', 'activity/search'],
  ])('learns nothing from %s %s=<guess> through %s: every guess gets the same refusal', async (key, path, channel) => {
    const iban = before?.value ?? '';
    const answers: string[] = [];
    for (const guess of candidates(iban)) {
      const filters = { [key]: [`${path}=${guess}`] };
      const payload =
        channel === 'activity/search'
          ? query(filters)
          : channel === 'activity/facets'
            ? { query: query(filters), fields: ['eventName', 'actorId'] }
            : { query: query(filters) };
      const result = await call(channel, payload);
      answers.push(seen(result));
      if (!result.ok) expect(result.message).not.toContain(guess);
    }
    // Refused by the request's shape, at the filter within the request's query.
    const at = channel === 'activity/search' ? '' : 'query.';
    expect(new Set(answers), answers.join('\n')).toEqual(new Set([`refused BAD_REQUEST ${at}filters.${key}`]));
  });

  it('still answers value filters on ordinary fields and says which row changed what', async () => {
    const result = await call('activity/search', query({ changedTo: ['riskLevel=high'], changedField: ['riskLevel'] }));
    expect(seen(result)).toMatch(/^rows [1-9]/);
  });
});
