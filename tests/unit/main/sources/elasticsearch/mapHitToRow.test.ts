import { describe, expect, it } from 'vitest';
import { mapActivityHit, mapOperationalHit } from '../../../../../src/main/sources/elasticsearch/mapHitToRow';
import { readSourcePath } from '../../../../../src/main/sources/elasticsearch/readSourcePath';

const identity = { operational: {}, activity: {} };
const operationalSource = {
  id: 'l1',
  created: '2025-06-15T12:00:00.000Z',
  action: 'update',
  description: 'Sending transaction to Huntli',
  client: { id: 'c1', name: 'Ann Lee' },
  employee: { id: 'e1', name: 'Bob' },
  businessModel: 'Clients',
  subModel: 'Wallets',
  origin: 'internal',
  status: 'info',
  source: 'UI',
  appInstance: 'crm-1',
  requestPath: '/graphql',
};

describe('mapOperationalHit', () => {
  it('builds the domain row, absent optional fields as null or empty', () => {
    expect(mapOperationalHit({ _index: 'i', _source: operationalSource }, identity)).toEqual({
      ...operationalSource,
      api: null,
      error: null,
      relatedOperation: null,
      impactedTable: null,
    });
  });

  it('reads the cluster’s own field names through the mapping, dotted keys and epoch dates included', () => {
    const mapping = { operational: { 'client.id': 'customer.uid', created: '@timestamp', error: 'err' }, activity: {} };
    const source = {
      ...operationalSource,
      client: undefined,
      '@timestamp': 1750000000000,
      created: undefined,
      'customer.uid': 'c9',
      err: { code: 'E1' },
    };
    const row = mapOperationalHit({ _index: 'i', _source: source }, mapping);
    expect(row.client).toEqual({ id: 'c9', name: '' });
    expect(row.created).toBe('2025-06-15T15:06:40.000Z');
    expect(row.error).toBe('{"code":"E1"}');
  });

  it('normalises zone-less and offset dates to UTC', () => {
    const at = (created: string) =>
      mapOperationalHit({ _index: 'i', _source: { ...operationalSource, created } }, identity).created;
    expect(at('2025-06-15T12:00:00')).toBe('2025-06-15T12:00:00.000Z');
    expect(at('2025-06-15T14:00:00+02:00')).toBe('2025-06-15T12:00:00.000Z');
  });

  it('keeps a UTC instant as written and reads an impossible day the way a date parser does', () => {
    const at = (created: string) =>
      mapOperationalHit({ _index: 'i', _source: { ...operationalSource, created } }, identity).created;
    for (const created of [
      '2025-06-30T23:54:34.571Z',
      '2024-02-29T10:00:00.000Z',
      '2000-02-29T00:00:00.000Z',
      '2025-12-31T23:59:59.999Z',
      '2025-02-29T10:00:00.000Z',
      '1900-02-29T00:00:00.000Z',
      '2025-04-31T00:00:00.000Z',
      '2025-02-30T00:00:00.000Z',
      '2025-06-30T24:00:00.000Z',
      '2025-06-30T23:60:00.000Z',
      '2025-06-30T23:59:60.000Z',
      '2025-00-10T00:00:00.000Z',
      '2025-06-00T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
    ]) {
      const parsed = Date.parse(created);
      if (Number.isNaN(parsed))
        expect(() => at(created)).toThrow(expect.objectContaining({ code: 'MAPPING_MISMATCH' }));
      else expect(at(created)).toBe(new Date(parsed).toISOString());
    }
    expect(at('2025-02-29T10:00:00.000Z')).toBe('2025-03-01T10:00:00.000Z');
    // Not an instant at all: kept as written, and the schema then names the field.
    expect(() => at('2025-13-01T00:00:00.000Z')).toThrow(expect.objectContaining({ code: 'MAPPING_MISMATCH' }));
  });

  it('names the document and field that do not fit', () => {
    const hit = { _index: 'crm-operational-logs-2025.06', _source: { ...operationalSource, action: 'explode' } };
    expect(() => mapOperationalHit(hit, identity)).toThrow(
      expect.objectContaining({
        code: 'MAPPING_MISMATCH',
        message: expect.stringMatching(/l1 in index crm-operational-logs-2025\.06 .*'action'/),
      }),
    );
  });
});

describe('mapActivityHit', () => {
  it('builds the domain row with metadata and change', () => {
    const source = {
      id: 'a1',
      clientId: 'c1',
      actorType: 'manager',
      actorId: 'm1',
      actorName: 'Eve',
      sourceApp: 'crm',
      eventName: 'manager.client_edited',
      message: 'Manager edited client data',
      metadata: { tab: 'profile' },
      createdAt: '2025-06-15T12:00:00.000Z',
      change: {
        actionType: 'update',
        target: { type: 'client', id: 'c1' },
        changedFields: ['email'],
        before: { email: 'a' },
        after: { email: 'b' },
        bulkId: null,
        bulkSize: null,
      },
    };
    expect(mapActivityHit({ _index: 'i', _source: source }, identity)).toEqual(source);
  });

  it('a client event without actor or metadata', () => {
    const row = mapActivityHit(
      {
        _index: 'i',
        _source: {
          id: 'a2',
          clientId: 'c1',
          actorType: 'client',
          sourceApp: 'terminal',
          eventName: 'terminal.order_created',
          createdAt: '2025-06-15T12:00:00Z',
        },
      },
      identity,
    );
    expect(row).toMatchObject({ actorId: null, actorName: null, message: '', metadata: {}, change: null });
  });
});

describe('readSourcePath', () => {
  it.each([
    [{ a: { b: 1 } }, 'a.b', 1],
    [{ 'a.b': 2 }, 'a.b', 2],
    [{ a: { 'b.c': 3 } }, 'a.b.c', 3],
    [{ 'a.b': { c: 4 } }, 'a.b.c', 4],
    [{ a: 5 }, 'a.b', undefined],
    [null, 'a', undefined],
  ])('%j at %s → %j', (source, path, expected) => {
    expect(readSourcePath(source, path)).toBe(expected);
  });
});
