import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import {
  fieldCapsFields,
  readFieldCapabilities,
} from '../../../../../src/main/sources/elasticsearch/readFieldCapabilities';

const identity = { operational: {}, activity: {} };
const caps = (type: string, aggregatable = type !== 'text') => ({
  [type]: { type, metadata_field: false, searchable: true, aggregatable },
});
const ALL_OPERATIONAL: Record<string, ReturnType<typeof caps>> = Object.fromEntries(
  [
    'id',
    'action',
    'businessModel',
    'subModel',
    'origin',
    'status',
    'source',
    'appInstance',
    'requestPath',
    'relatedOperation',
    'impactedTable',
    'client.id',
    'employee.id',
    'api.id',
  ]
    .map((name) => [name, caps('keyword')] as const)
    .concat([
      ['created', caps('date')],
      ['description', caps('text')],
      ['description.keyword', caps('keyword')],
      ['error', caps('text')],
      ['client.name', caps('text')],
      ['client.name.keyword', caps('keyword')],
      ['employee.name', caps('text')],
      ['employee.name.keyword', caps('keyword')],
      ['api.name', caps('text')],
      ['api.name.keyword', caps('keyword')],
      ['client', caps('object', false)],
    ]),
);
const without = (...names: string[]) =>
  Object.fromEntries(Object.entries(ALL_OPERATIONAL).filter(([name]) => !names.includes(name)));
const response = (fields: Record<string, unknown>, indices: string[] = ['crm-operational-logs-2025.06']) =>
  ({ indices, fields }) as estypes.FieldCapsResponse;

describe('readFieldCapabilities', () => {
  it('asks for each mapped field and its sub-fields', () => {
    const fields = fieldCapsFields('operational', { operational: { created: '@timestamp' }, activity: {} });
    expect(fields).toContain('@timestamp');
    expect(fields).toContain('client.name.*');
  });

  it('finds keyword sub-fields of text fields and nothing missing', () => {
    const read = readFieldCapabilities(response(ALL_OPERATIONAL), 'operational', identity, 'crm-operational-logs-*');
    expect(read.missingFields).toEqual([]);
    expect(read.keywordFields).toEqual({
      description: 'description.keyword',
      'client.name': 'client.name.keyword',
      'employee.name': 'employee.name.keyword',
      'api.name': 'api.name.keyword',
    });
  });

  it('matches free text on the word sub-fields when every index has them', () => {
    const fields = { ...ALL_OPERATIONAL, 'description.words': caps('text'), 'error.words': caps('text') };
    const read = readFieldCapabilities(response(fields), 'operational', identity, 'crm-operational-logs-*');
    expect(read.wordFields).toEqual({ description: 'description.words', error: 'error.words' });
    expect(read.textSearch).toBe('word sub-field');
  });

  it('matches free text on the text fields when some index lacks a word sub-field', () => {
    const partly = {
      ...ALL_OPERATIONAL,
      'description.words': { ...caps('text'), unmapped: { type: 'unmapped', searchable: false, aggregatable: false } },
      'error.words': caps('text'),
    };
    const read = readFieldCapabilities(response(partly), 'operational', identity, 'crm-operational-logs-*');
    expect(read.wordFields).toEqual({ error: 'error.words' });
    expect(read.textSearch).toBe('text field');
    const none = readFieldCapabilities(response(ALL_OPERATIONAL), 'operational', identity, 'crm-operational-logs-*');
    expect(none.textSearch).toBe('text field');
  });

  it('names optional fields the mapping lacks', () => {
    const read = readFieldCapabilities(
      response(without('requestPath', 'impactedTable')),
      'operational',
      identity,
      'crm-operational-logs-*',
    );
    expect(read.missingFields).toEqual(['impactedTable', 'requestPath']);
  });

  it('refuses as MAPPING_MISMATCH when the time field is absent, naming both names', () => {
    const mapping = { operational: { created: '@timestamp' }, activity: {} };
    expect(() =>
      readFieldCapabilities(response(without('created')), 'operational', mapping, 'crm-operational-logs-*'),
    ).toThrow(
      expect.objectContaining({
        code: 'MAPPING_MISMATCH',
        message: expect.stringContaining("field '@timestamp' (our created)"),
      }),
    );
  });

  it('no matching index is NOT_FOUND naming the pattern', () => {
    expect(() => readFieldCapabilities(response({}, []), 'operational', identity, 'crm-x-*')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining("'crm-x-*'") }),
    );
  });
});
