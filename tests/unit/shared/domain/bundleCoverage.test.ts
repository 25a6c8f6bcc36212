import { describe, expect, it } from 'vitest';
import { bundleCoverage, coveredGroundOf, type CoveredGround } from '../../../../src/shared/domain/bundleCoverage';
import { BundleQuery } from '../../../../src/shared/domain/bundleFormat';

const SESSIONS = 'Sessions come from activity events.';
const LOGS = 'No operational logs of this client can be shown from it.';

const ground = (over: Partial<CoveredGround> & Pick<CoveredGround, 'family'>): CoveredGround => ({
  clientIds: null,
  from: null,
  to: null,
  text: null,
  narrowedBy: [],
  ...over,
});

const OPERATIONAL_OF_123 = ground({ family: 'operational', clientIds: ['123'] });
const ACTIVITY_OCTOBER = ground({
  family: 'activity',
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-10-31T23:59:59.999Z',
});

describe('what a view over a reopened bundle says about what its queries covered', () => {
  it.each([
    ['a live source', null, { family: 'activity' as const }, SESSIONS, null],
    [
      'a family no query read',
      [OPERATIONAL_OF_123],
      { family: 'activity' as const, clientIds: ['123'] },
      SESSIONS,
      {
        outside: true,
        text: 'This bundle holds no activity events: its queries read operational logs only. Sessions come from activity events.',
      },
    ],
    [
      'a client the query did not name',
      [OPERATIONAL_OF_123],
      { family: 'operational' as const, clientIds: ['456'] },
      LOGS,
      {
        outside: true,
        text: `This bundle’s operational log query covered client 123 only: it holds nothing on client 456, which does not mean there was nothing. ${LOGS}`,
      },
    ],
    [
      'the client the query named, all of it',
      [OPERATIONAL_OF_123],
      { family: 'operational' as const, clientIds: ['123'] },
      LOGS,
      null,
    ],
    [
      'a query that matched nothing is a true 0',
      [ground({ family: 'activity' })],
      { family: 'activity' as const, clientIds: ['789'] },
      SESSIONS,
      null,
    ],
    [
      'a period the query never reached',
      [ACTIVITY_OCTOBER],
      { family: 'activity' as const, from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' },
      SESSIONS,
      {
        outside: true,
        text: `This bundle’s activity event query covered 2026-10-01 00:00 UTC to 2026-10-31 23:59 UTC only: it holds nothing from 2026-11-01 00:00 UTC to 2026-11-30 00:00 UTC, which does not mean there was nothing. ${SESSIONS}`,
      },
    ],
    [
      'a wider period than the query’s',
      [ACTIVITY_OCTOBER],
      { family: 'activity' as const },
      SESSIONS,
      {
        outside: false,
        text: 'This bundle’s activity event query covered only 2026-10-01 00:00 UTC to 2026-10-31 23:59 UTC: nothing outside that is shown here, which does not mean there was nothing.',
      },
    ],
    [
      'a period within the query’s',
      [ACTIVITY_OCTOBER],
      { family: 'activity' as const, from: '2026-10-02T00:00:00.000Z', to: '2026-10-03T00:00:00.000Z' },
      SESSIONS,
      null,
    ],
    [
      'a query narrowed by text and a filter, the text’s hidden characters named',
      [
        ground({
          family: 'operational',
          text: 'wallet\u200b',
          narrowedBy: [{ key: 'action', excluded: false, values: ['update'] }],
        }),
      ],
      { family: 'operational' as const, clientIds: ['123'] },
      LOGS,
      {
        outside: false,
        text: 'This bundle’s operational log query covered only records matching “wallet⟨U+200B⟩” and records where Action is “update”: nothing outside that is shown here, which does not mean there was nothing.',
      },
    ],
    [
      'a query narrowed by filters, named as the filter panel names them, their values quoted as chips show them',
      [
        ground({
          family: 'activity',
          narrowedBy: [
            { key: 'eventName', excluded: false, values: [`\u202E${'x'.repeat(70)}`, 'login'] },
            { key: 'eventName', excluded: true, values: ['a', 'b', 'c', 'd', 'e'] },
            { key: 'retiredKey', excluded: true, values: ['gone'] },
          ],
        }),
      ],
      { family: 'activity' as const },
      SESSIONS,
      {
        outside: false,
        text: `This bundle’s activity event query covered only records where Event is one of “⟨U+202E⟩${'x'.repeat(58)}…” and “login”, Event is none of “a”, “b”, “c” and 2 more and retiredKey is not “gone”: nothing outside that is shown here, which does not mean there was nothing.`,
      },
    ],
    [
      'two queries naming other clients, many of them',
      [
        ground({ family: 'operational', clientIds: ['1', '2'] }),
        ground({ family: 'operational', clientIds: ['3', '4', '5'] }),
      ],
      { family: 'operational' as const, clientIds: ['9'] },
      LOGS,
      {
        outside: true,
        text: `This bundle’s operational log queries covered clients 1, 2, 3 and 2 more only: it holds nothing on client 9, which does not mean there was nothing. ${LOGS}`,
      },
    ],
    [
      'one of two queries covering all the view asks',
      [OPERATIONAL_OF_123, ground({ family: 'operational' })],
      { family: 'operational' as const, clientIds: ['456'] },
      LOGS,
      null,
    ],
  ])('%s', (_case, covered, ask, reads, expected) => {
    const note = bundleCoverage(covered, ask, reads);
    expect(note && { outside: note.outside, text: note.text }).toEqual(expected);
  });
});

describe('the ground a bundle query covered', () => {
  const entry = (query: object, scopeClientIds: string[] | null) =>
    BundleQuery.parse({
      number: 1,
      family: 'operational',
      query: { family: 'operational', ...query },
      requested: { family: 'operational' },
      resolvedAt: '2026-12-01T20:00:00.000Z',
      scopeClientIds,
      hitCount: 0,
      exported: 0,
      resultSetSha256: '0'.repeat(64),
      records: 'records/0001.ndjson',
      recordHashes: 'records/0001.sha256',
    });

  it('reads the client filter within the scope, the period, the text and the other filters', () => {
    const query = {
      filters: { clientId: ['123', '999'], action: ['update'] },
      exclude: { status: ['error'] },
      text: 'wallet',
      timeRange: { kind: 'relative', last: '24h' },
    };
    expect(coveredGroundOf(entry(query, ['123', '456']))).toEqual({
      family: 'operational',
      clientIds: ['123'],
      from: '2026-11-30T20:00:00.000Z',
      to: '2026-12-01T20:00:00.000Z',
      text: 'wallet',
      narrowedBy: [
        { key: 'action', excluded: false, values: ['update'] },
        { key: 'status', excluded: true, values: ['error'] },
      ],
    });
  });

  it('records a filter value that holds a card number as redaction shows it, never whole', () => {
    const [narrowing] = coveredGroundOf(
      entry({ filters: { impactedTable: ['pay 4111 1111 1111 1111'] } }, null),
    ).narrowedBy;
    expect(narrowing?.values[0]).not.toContain('4111 1111 1111 1111');
    expect(narrowing?.values[0]).toMatch(/^pay /);
  });

  it('covers every client and all time when the query named none and the operator saw every client', () => {
    expect(coveredGroundOf(entry({}, null))).toEqual(ground({ family: 'operational' }));
  });

  it('covers only the scope when the query named no client', () => {
    expect(coveredGroundOf(entry({}, ['7'])).clientIds).toEqual(['7']);
  });
});

describe('what a coverage note shows of a long client id', () => {
  it('cuts it, its hidden characters named', () => {
    const id = `c-\u202E${'y'.repeat(100)}`;
    const note = bundleCoverage(
      [ground({ family: 'operational', clientIds: [id] })],
      { family: 'operational', clientIds: ['c-2'] },
      '',
    );
    expect(note?.text).toContain(`covered client c-⟨U+202E⟩${'y'.repeat(36)}… only`);
  });
});
