import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { EVENT_CATALOG, missingCatalogEvents } from '../../../../src/shared/domain/eventCatalog';
import { OperationalLog } from '../../../../src/shared/domain/operationalLog';
import { generateDataset, summarizeDataset } from '../../../../src/main/demoData/generateDataset';
import { materialize, SMALL } from './datasetFixtures';

function digest(options: Parameters<typeof generateDataset>[0], limit = Number.POSITIVE_INFINITY): string {
  const hash = createHash('sha256');
  let seen = 0;
  for (const item of generateDataset(options)) {
    hash.update(JSON.stringify(item));
    if (++seen >= limit) break;
  }
  return hash.digest('hex');
}

describe('generateDataset', () => {
  const small = materialize(SMALL);

  it('gives identical documents for the same seed and different ones for another seed', () => {
    expect(digest(SMALL)).toBe(digest(SMALL));
    expect(digest({ ...SMALL, seed: 8 })).not.toBe(digest(SMALL));
    expect(digest({ ...SMALL, seed: '7' })).toBe(digest(SMALL));
  });

  it('matches the pinned output of this generator version (bump GENERATOR_VERSION when this changes)', () => {
    expect(digest({ clients: 5, days: 2, seed: 'golden', endDate: '2026-01-15' })).toMatchInlineSnapshot(
      `"6df4504a552616a98183efd5a06017b6ce1492442cd97e040f70933fb92c107c"`,
    );
  });

  it('produces documents that are exactly the shared zod shapes', () => {
    for (const doc of small.operational) expect(OperationalLog.strict().parse(doc)).toEqual(doc);
    for (const doc of small.activity) expect(ClientActivity.strict().parse(doc)).toEqual(doc);
  });

  it('streams in time order inside the requested window, with unique ids', () => {
    const times = small.documents.map((item) =>
      item.family === 'operational' ? item.doc.created : item.doc.createdAt,
    );
    expect([...times].sort()).toEqual(times);
    expect((times[0] ?? '') >= '2026-11-17T00:00:00.000Z').toBe(true);
    expect((times.at(-1) ?? '\uffff') < '2026-12-01T00:00:00.000Z').toBe(true);
    const ids = small.documents.map((item) => item.doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('reports counts per family that match what it yielded', () => {
    expect(small.summary.counts).toEqual({ operational: small.operational.length, activity: small.activity.length });
    expect(summarizeDataset(SMALL).counts).toEqual(small.summary.counts);
    expect(small.summary.options).toMatchObject({ clients: 100, days: 14, seed: '7', endDate: '2026-11-30' });
  });

  it.each([1, 2, 3, 4, 5])('covers the whole event catalog with the small preset (seed %i)', (seed) => {
    const summary = summarizeDataset({ ...SMALL, seed });
    expect(missingCatalogEvents(Object.keys(summary.eventNames)).map((event) => event.eventName)).toEqual([]);
  });

  it('uses catalog events with the actor types and source apps the catalog declares', () => {
    for (const event of small.activity) {
      const known = EVENT_CATALOG.find((candidate) => candidate.eventName === event.eventName);
      if (!known) {
        expect(event.actorType).toBe('system');
        continue;
      }
      expect(event.actorType).toBe(known.actorType);
      expect(known.sourceApps).toContain(event.sourceApp);
    }
  });
});
