import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DryRunSubject, SaveRoleMappingRequest } from '../../../../src/shared/contract/accessChannels';
import { BundleOpenRequest } from '../../../../src/shared/contract/bundleChannels';
import { BundleUploadBeginRequest } from '../../../../src/shared/contract/bundleUpload';
import { ChangeRequest } from '../../../../src/shared/contract/changeChannels';
import { ClientSummaryRequest, FindClientsRequest } from '../../../../src/shared/contract/clientChannels';
import { ExportPurpose } from '../../../../src/shared/contract/exportChannels';
import { ClientViewersRequest, JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';
import { SuggestRequest } from '../../../../src/shared/contract/logChannels';
import { SaveViewRequest } from '../../../../src/shared/contract/preferenceChannels';
import { SaveConnectionRequest } from '../../../../src/shared/contract/settingsChannels';
import { CaseFields, PinQueryRequest, StarEventRequest } from '../../../../src/shared/domain/investigationCase';
import { LogQuery } from '../../../../src/shared/query/logQuery';

const connection = {
  name: 'prod',
  url: 'https://es.example.com:9200',
  auth: { kind: 'basic', username: 'auditor' },
  indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-client-activity-*' },
};
const caseId = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const star = { caseId, family: 'operational', recordId: 'r1', summary: 's' };
const view = { name: 'Removals', grid: 'operational', query: { family: 'operational' }, columns: [] };
const caseFields = { title: 'Withdrawals', purpose: 'Edits of bank details', reference: 'INC-42' };

/** A request with the text at `path` set to `text`; the root itself when the path is empty. */
function withText(valid: unknown, path: readonly (string | number)[], text: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return text;
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  copy[head] = withText(copy[head], rest, text);
  return copy;
}

/** The first refusal of a request at `path`, as the form beside that field would show it. */
function refusalAt(schema: z.ZodType, request: unknown, path: readonly (string | number)[]): string | undefined {
  return schema.safeParse(request).error?.issues.find((issue) => issue.path.join('.') === path.join('.'))?.message;
}

/** Text of `length` characters starting with `start`, so it is otherwise what the field takes (an address, a path). */
const textOf = (length: number, start = '') => start + 'x'.repeat(length - start.length);

/**
 * Each field a request contract limits: the request it sits in, where, its limit, its name in a sentence,
 * and how its text starts to be otherwise valid.
 */
const FIELDS: [string, z.ZodType, unknown, (string | number)[], number, string, string?][] = [
  ['journal operator', JournalSearchRequest, {}, ['operator'], 256, 'The operator'],
  ['journal channel', JournalSearchRequest, {}, ['channel'], 100, 'The channel'],
  ['journal client id', JournalSearchRequest, {}, ['clientId'], 256, 'The client id'],
  ['client whose viewers are asked', ClientViewersRequest, { clientId: 'c-1' }, ['clientId'], 256, 'The client id'],
  ['case title', CaseFields, caseFields, ['title'], 200, 'The title'],
  ['case purpose', CaseFields, caseFields, ['purpose'], 2_000, 'The purpose'],
  ['case reference', CaseFields, caseFields, ['reference'], 200, 'The reference'],
  ['pinned query label', PinQueryRequest, { caseId, label: 'l', query: view.query }, ['label'], 200, 'The label'],
  ['star note', StarEventRequest, star, ['note'], 20_000, 'The note'],
  ['export purpose', ExportPurpose, 'INC-42', [], 2_000, 'The purpose'],
  ['saved view name', SaveViewRequest, view, ['name'], 100, 'The view name'],
  ['connection name', SaveConnectionRequest, { connection }, ['connection', 'name'], 100, 'The connection’s name'],
  [
    'cluster address',
    SaveConnectionRequest,
    { connection },
    ['connection', 'url'],
    2_048,
    'The cluster address',
    'https://es.example.com/',
  ],
  [
    'connection user name',
    SaveConnectionRequest,
    { connection },
    ['connection', 'auth', 'username'],
    256,
    'The user name',
  ],
  [
    'index pattern',
    SaveConnectionRequest,
    { connection },
    ['connection', 'indexPatterns', 'operational'],
    1_024,
    'The index pattern',
  ],
  [
    'connection secret',
    SaveConnectionRequest,
    { connection, secret: 'pw' },
    ['secret'],
    8_192,
    'The password or API key',
  ],
  [
    'CA file path',
    SaveConnectionRequest,
    { connection: { ...connection, tls: { kind: 'caFile', path: '/etc/ca.pem' } } },
    ['connection', 'tls', 'path'],
    4_096,
    'The path of the CA certificate file',
    '/',
  ],
  ['dry-run user name', DryRunSubject, { username: 'kim', clusterRoles: [] }, ['username'], 256, 'The user name'],
  [
    'dry-run cluster role',
    DryRunSubject,
    { username: 'kim', clusterRoles: ['superuser'] },
    ['clusterRoles', 0],
    507,
    'The cluster role’s name',
  ],
  [
    'role mapping line',
    SaveRoleMappingRequest,
    { entries: [{ clusterRole: 'superuser', consoleRole: 'admin' }] },
    ['entries', 0, 'clusterRole'],
    507,
    'The cluster role’s name',
  ],
  ['client search', FindClientsRequest, { text: 'ana' }, ['text'], 100, 'The client search'],
  ['client id', ClientSummaryRequest, { clientId: 'c-1' }, ['clientId'], 200, 'The client id'],
  ['change id', ChangeRequest, { eventId: 'e-1' }, ['eventId'], 200, 'The id'],
  [
    'bundle file name',
    BundleUploadBeginRequest,
    { fileName: 'a.acbundle', bytes: 10 },
    ['fileName'],
    255,
    'The file name',
  ],
  ['suggestion prefix', SuggestRequest, { field: 'client', prefix: 'an' }, ['prefix'], 100, 'The name or id'],
  ['search text', LogQuery, { family: 'operational' }, ['text'], 500, 'The text'],
  [
    'filter value',
    LogQuery,
    { family: 'operational', filters: { clientId: ['c-1'] } },
    ['filters', 'clientId', 0],
    200,
    'The filter value',
  ],
];

describe('a request field past its limit is refused in one sentence: its name, the limit, its length', () => {
  it.each(FIELDS)('%s', (_, schema, valid, path, max, subject, start) => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse(withText(valid, path, textOf(max, start))).success).toBe(true);
    const over = max + 1;
    expect(refusalAt(schema, withText(valid, path, textOf(over, start)), path)).toBe(
      `${subject} is too long: shorten it to at most ${max.toLocaleString('en')} characters; this one has ${over.toLocaleString('en')}.`,
    );
  });

  it('says what else to do where there is more to say', () => {
    const path = 'p'.repeat(4_097);
    expect(BundleOpenRequest.safeParse({ path }).error?.issues[0]?.message).toBe(
      'The file path is too long: shorten it to at most 4,096 characters; this one has 4,097. Check it, or choose the file instead.',
    );
    const tls = { kind: 'fingerprint', sha256: 'f'.repeat(201) };
    expect(
      refusalAt(SaveConnectionRequest, { connection: { ...connection, tls } }, ['connection', 'tls', 'sha256']),
    ).toBe(
      'The fingerprint is too long: shorten it to at most 200 characters; this one has 201. A SHA-256 fingerprint has 64 hexadecimal digits.',
    );
  });
});

/** The fields that also refuse a character that hides or reorders text. */
const NAMED_ALIKE = new Set([
  'journal operator',
  'journal channel',
  'case title',
  'case purpose',
  'case reference',
  'pinned query label',
  'star note',
  'export purpose',
  'saved view name',
  'connection name',
  'cluster address',
  'connection user name',
  'dry-run user name',
  'dry-run cluster role',
  'role mapping line',
]);

describe('a field refusing a hidden character names itself as its length sentence does', () => {
  it.each(FIELDS.filter(([name]) => NAMED_ALIKE.has(name)))('%s', (_, schema, valid, path, __, subject) => {
    const hidden = path.at(-1) === 'url' ? 'https://es\u202E.example.com' : 'abc\u202Edef';
    expect(refusalAt(schema, withText(valid, path, hidden), path)).toMatch(
      new RegExp(`^${subject} cannot hold U\\+202E`),
    );
  });
});
