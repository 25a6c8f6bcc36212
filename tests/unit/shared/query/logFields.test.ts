import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  EMBEDDED_SCHEMA,
  PREFIX_INDEX_COLUMN,
  PROFILE_NAMES_COLUMN,
  WORD_INDEX_COLUMN,
} from '../../../../src/main/sources/embedded/embeddedSchema';
import { openEmbeddedDatabase } from '../../../../src/main/sources/embedded/openEmbeddedDatabase';
import { clusterField, FieldMapping } from '../../../../src/shared/domain/fieldMapping';
import { LOG_FIELDS } from '../../../../src/shared/query/fieldRoles';
import { LOG_FAMILIES, LogQuery } from '../../../../src/shared/query/logQuery';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await openEmbeddedDatabase(':memory:');
  connection = await instance.connect();
  for (const statement of EMBEDDED_SCHEMA.ddl) await connection.run(statement);
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe.each(LOG_FAMILIES)('the %s field table', (family) => {
  const fields = LOG_FIELDS[family];

  it('lays out the embedded table: one column per field that has one, then the word index (and activity its profile names)', async () => {
    const reader = await connection.runAndReadAll(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
      [EMBEDDED_SCHEMA.tables[family]],
    );
    const columns = reader.getRows().map(([name]) => String(name));
    const named = fields.all.flatMap(({ field }) => (field.column ? [field.column] : []));
    const profileNames = family === 'activity' ? [PROFILE_NAMES_COLUMN] : [];
    expect(columns).toEqual([...named, WORD_INDEX_COLUMN, PREFIX_INDEX_COLUMN, ...profileNames]);
  });

  it('gives every filter a distinct key, every facet a filter and every derived filter a real target', () => {
    const keys = fields.all.flatMap(({ field }) => (field.filter ? [field.filter.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const facet of fields.facets) expect(fields.filters.has(facet), facet).toBe(true);
    for (const { name, field } of fields.all) {
      if (field.expandsTo) expect(fields.table[field.expandsTo.field]?.column, name).toBeDefined();
      else if (field.filter || field.sort || field.scope || field.time) expect(field.column, name).toBeDefined();
      if (field.within)
        expect(
          fields.stored.map((ref) => ref.name),
          name,
        ).toContain(field.within);
    }
  });

  it('accepts exactly its filter keys in a query, and only the listed values of a closed list', () => {
    for (const [key, { field }] of fields.filters) {
      const value = field.filter?.values?.[0] ?? (field.filter?.pathValue ? 'status=active' : 'any term');
      expect(LogQuery.safeParse({ family, filters: { [key]: [value] } }).success, key).toBe(true);
      if (field.filter?.pathValue) {
        for (const malformed of ['no pair', '=active', '.status=active', 'a..b=x', 'status.=x'])
          expect(LogQuery.safeParse({ family, filters: { [key]: [malformed] } }).success, malformed).toBe(false);
      }
      if (field.filter?.values) {
        expect(LogQuery.safeParse({ family, filters: { [key]: ['not-listed'] } }).success, key).toBe(false);
      }
    }
    expect(LogQuery.safeParse({ family, filters: { nope: ['x'] } }).success).toBe(false);
  });
});

describe('cluster paths through the connection mapping', () => {
  const mapping = FieldMapping.parse({ operational: { 'client.id': 'customer.uid' }, activity: { change: 'diff' } });

  it.each([
    ['operational', 'client.id', 'customer.uid'],
    ['operational', 'client.name', 'client.name'],
    ['activity', 'change', 'diff'],
    ['activity', 'change.bulkId', 'diff.bulkId'],
    ['activity', 'change.target.type', 'diff.target.type'],
  ] as const)('%s %s is read at %s', (family, field, path) => {
    expect(clusterField(mapping, family, field)).toBe(path);
  });

  it('lets a connection map only the fields a row is read from', () => {
    expect(FieldMapping.safeParse({ operational: {}, activity: { 'change.bulkId': 'x' } }).success).toBe(false);
    expect(FieldMapping.safeParse({ operational: {}, activity: { category: 'x' } }).success).toBe(false);
  });
});
