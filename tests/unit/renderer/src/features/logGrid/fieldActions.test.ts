import { describe, expect, it } from 'vitest';
import {
  documentLeaves,
  fieldFilter,
  filterFor,
  filterOut,
} from '../../../../../../src/renderer/src/features/logGrid/fieldActions';
import { queryToParams } from '../../../../../../src/renderer/src/features/logGrid/queryRoute';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { OperationalQuery } from '../../../../../../src/shared/query/logQuery';

const row = {
  id: 'r1',
  action: 'delete',
  description: 'Client "removed" by desk',
  client: { id: 'c-1', name: 'Sofia Kumar' },
  requestPath: '/x',
};
const base = OperationalQuery.parse({ family: 'operational', filters: { action: ['update', 'delete'] } });

describe('filter for / filter out a field of a row', () => {
  it('filters a filter field on itself, a name on the id it names, text as a phrase, and nothing else', () => {
    expect(fieldFilter('operational', 'action', row)).toEqual({ kind: 'filter', key: 'action', value: 'delete' });
    expect(fieldFilter('operational', 'client.name', row)).toEqual({ kind: 'filter', key: 'clientId', value: 'c-1' });
    expect(fieldFilter('operational', 'description', row)).toEqual({
      kind: 'text',
      phrase: '"Client removed by desk"',
    });
    expect(fieldFilter('operational', 'requestPath', row)).toBeNull();
    expect(fieldFilter('operational', 'employee.name', row)).toBeNull();
  });

  it('filter for narrows to the value; filter out moves it to the exclusions', () => {
    const action = { kind: 'filter', key: 'action', value: 'delete' } as const;
    const out = filterOut(base, action);
    expect(out?.filters).toEqual({ action: ['update'] });
    expect(out?.exclude).toEqual({ action: ['delete'] });
    const back = out && filterFor(out, action);
    expect(back?.filters).toEqual({ action: ['delete'] });
    expect(back?.exclude).toBeUndefined();
    expect(filterOut(base, { kind: 'text', phrase: '"a b"' })?.text).toBe('-"a b"');
    expect(filterFor({ ...base, text: 'x'.repeat(498) }, { kind: 'text', phrase: '"a b"' })).toBeNull();
  });

  it('keeps exclusions in the route as not.<param>', () => {
    const query = OperationalQuery.parse({ family: 'operational', exclude: { clientId: ['c-1'], action: ['get'] } });
    const params = queryToParams(query);
    expect(params.toString()).toBe('not.action=get&not.client=c-1');
    const read = readRoute('operational', params);
    expect(read.ignored).toEqual([]);
    expect(read.query.exclude).toEqual({ clientId: ['c-1'], action: ['get'] });
    expect(readRoute('operational', new URLSearchParams('not.action=drop')).ignored[0]?.param).toBe('not.action');
  });

  it('lists every leaf of a document by its dotted path', () => {
    expect(documentLeaves({ a: 1, b: { c: null, d: [1] } })).toEqual([
      ['a', 1],
      ['b.c', null],
      ['b.d', [1]],
    ]);
  });
});
