import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DryRunSubject, SaveRoleMappingRequest } from '../../../../src/shared/contract/accessChannels';
import { ClusterConnection } from '../../../../src/shared/domain/settings';
import { tooMany } from '../../../../src/shared/domain/tooMany';
import { LogQuery } from '../../../../src/shared/query/logQuery';

const refusal = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('a schema refusing a list past its limit', () => {
  it('says the list, the limit and how many the list had', () => {
    const lines = z.array(z.string()).max(2_000, tooMany('The list', 'lines'));
    expect(refusal(lines, Array(12_345).fill('x'))).toEqual([
      ['', 'The list has too many lines: keep at most 2,000; this one has 12,345.'],
    ]);
    expect(refusal(lines, Array(2_000).fill('x'))).toBeUndefined();
  });

  it('says both halves with the verb it is given', () => {
    const roles = z.array(z.string()).max(2, tooMany('A user', 'roles', { verb: 'holds' }));
    expect(refusal(roles, ['a', 'b', 'c'])).toEqual([
      ['', 'A user holds too many roles: keep at most 2; this one holds 3.'],
    ]);
  });

  it('leaves the other refusals of the list as they are', () => {
    const values = z.array(z.string()).min(1, 'Give a value.').max(2, tooMany('The list', 'values'));
    expect(refusal(values, [])).toEqual([['', 'Give a value.']]);
  });
});

const mappingLines = (count: number) =>
  Array.from({ length: count }, (_, at) => ({ clusterRole: `role_${at}`, consoleRole: 'auditor' }));
const connection = {
  id: 'c1',
  name: 'prod',
  url: 'https://es.example.com:9200',
  auth: { kind: 'none' },
};
const nodes = (count: number) => Array.from({ length: count }, (_, at) => `https://es${at + 2}.example.com:9200`);
const clients = (count: number) => Array.from({ length: count }, (_, at) => `c${at}`);

describe('the count limits of the contract, each in that sentence with the count the list had', () => {
  it.each([
    [
      'a role mapping of 250 lines',
      SaveRoleMappingRequest,
      { entries: mappingLines(250) },
      'entries',
      'The role mapping has too many lines: keep at most 200; this one has 250.',
    ],
    [
      'a dry run for a user with 120 cluster roles',
      DryRunSubject,
      { username: 'kim', clusterRoles: Array.from({ length: 120 }, (_, at) => `role_${at}`) },
      'clusterRoles',
      'A dry run names too many cluster roles: keep at most 100; this one names 120.',
    ],
    [
      'a connection with 11 other nodes',
      ClusterConnection,
      { ...connection, failoverUrls: nodes(11) },
      'failoverUrls',
      'A connection has too many other nodes: keep at most 9; this one has 11.',
    ],
    [
      'a filter of 600 clients',
      LogQuery,
      { family: 'activity', filters: { clientId: clients(600) } },
      'filters.clientId',
      'A filter takes too many values: keep at most 500; this one takes 600.',
    ],
    [
      'the values left out by a filter, 501 of them',
      LogQuery,
      { family: 'operational', exclude: { clientId: clients(501) } },
      'exclude.clientId',
      'A filter takes too many values: keep at most 500; this one takes 501.',
    ],
  ])('%s', (_, schema, input, field, sentence) => {
    expect(refusal(schema, input)).toEqual([[field, sentence]]);
  });

  it.each([
    ['a role mapping of 200 lines', SaveRoleMappingRequest, { entries: mappingLines(200) }],
    ['a connection with 9 other nodes', ClusterConnection, { ...connection, failoverUrls: nodes(9) }],
    ['a filter of 500 clients', LogQuery, { family: 'activity', filters: { clientId: clients(500) } }],
  ])('takes %s, at the limit', (_, schema, input) => {
    expect(refusal(schema, input)).toBeUndefined();
  });
});
