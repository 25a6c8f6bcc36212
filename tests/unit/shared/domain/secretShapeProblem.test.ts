import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ExportStartRequest } from '../../../../src/shared/contract/exportChannels';
import { SaveViewRequest } from '../../../../src/shared/contract/preferenceChannels';
import { SaveConnectionRequest } from '../../../../src/shared/contract/settingsChannels';
import { displayUrl } from '../../../../src/shared/domain/connectionUrl';
import { describeIndexPatternProblem } from '../../../../src/shared/domain/indexPattern';
import { CaseFields, PinQueryRequest } from '../../../../src/shared/domain/investigationCase';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { namingTextProblems } from '../../../../src/shared/domain/paymentNumberProblem';
import { secretShapeProblem } from '../../../../src/shared/domain/secretShapeProblem';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const TOKEN_REFUSAL = (what: string) =>
  `${what} holds what looks like an access token; secrets are never sent or kept. Write it without the token.`;
const connection = {
  name: 'prod',
  url: 'https://es.example.com:9200',
  auth: { kind: 'basic', username: 'auditor' },
  indexPatterns: { operational: 'crm-operational-logs-*', activity: 'crm-client-activity-*' },
};

describe('secrets typed into what names or describes something', () => {
  it.each([
    [`Session ${JWT}`, 'an access token', 'the token'],
    ['Header Bearer 9f8e7d6c5b4a39281706f5e4', 'an access token', 'the token'],
    ['Login check password=hunter2', 'a password', 'the password'],
    ['Retry with api_key: Zk3r9QpL2x', 'an access token', 'the token'],
    ['cvv=123 and pwd=hunter2', 'a secret value and a password', 'them'],
    ['-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----', 'a private key', 'the private key'],
  ])('refuses %j, naming its kind and never repeating it', (text, looks, without) => {
    const message = secretShapeProblem('The title', text);
    expect(message).toBe(
      `The title holds what looks like ${looks}; secrets are never sent or kept. Write it without ${without}.`,
    );
    expect(message).not.toMatch(/eyJ|9f8e7d|hunter2|Zk3r9|123|MIIEvQ/);
  });

  it.each([
    'password reset abuse',
    'Token review Q3',
    'JWT login failures',
    'Bearer of bad news',
    'Basic plan churn',
    'Password: reset flow abuse',
    'API key rotation audit',
    'Secrets in logs: review',
    'Card ending 1111',
  ])('takes the ordinary name %j', (text) => {
    expect(namingTextProblems('The title', text)).toEqual([]);
  });

  it("refuses a JWT in a connection's name, and a password in its user name, at their fields", () => {
    const issues = (value: object) =>
      SaveConnectionRequest.safeParse({ connection: { ...connection, ...value } }).error?.issues.map((issue) => [
        issue.path,
        issue.message,
      ]);
    expect(issues({ name: `prod ${JWT}` })).toEqual([[['connection', 'name'], TOKEN_REFUSAL('The connection’s name')]]);
    expect(issues({ auth: { kind: 'basic', username: 'auditor pw=hunter2' } })?.[0]?.[1]).toMatch(
      /^The user name holds what looks like a password;/,
    );
    expect(issues({ name: 'JWT login failures' })).toBeUndefined();
  });

  it("refuses one in a case's purpose, a pin's label, a view's name and an export's purpose", () => {
    const fields = { title: 'Withdrawals', purpose: `Replay\nwith ${JWT}`, reference: 'INC-42' };
    expect(CaseFields.safeParse(fields).error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['purpose'], TOKEN_REFUSAL('The purpose')],
    ]);
    const query = { family: 'operational', filters: {}, timeRange: { kind: 'relative', last: '24h' } };
    const pin = { caseId: randomUUID(), label: 'token=abc123def456', query };
    expect(PinQueryRequest.safeParse(pin).error?.issues[0]?.message).toBe(TOKEN_REFUSAL('The label'));
    const view = { name: 'Bearer 9f8e7d6c5b4a39281706f5e4', grid: 'operational', query: { family: 'operational' } };
    expect(SaveViewRequest.safeParse({ ...view, columns: [] }).error?.issues[0]?.message).toBe(
      TOKEN_REFUSAL('The view name'),
    );
    const start = { jobId: randomUUID(), queries: [query], purpose: 'Audit password=hunter2' };
    const csv = { ...start, format: 'csv', target: { directory: '/tmp', fileName: 'a.csv' } };
    expect(ExportStartRequest.safeParse(csv).error?.issues[0]?.message).toMatch(
      /^The purpose holds what looks like a password;/,
    );
  });

  it('says an index pattern holds a secret without quoting the part it is in', () => {
    const message = describeIndexPatternProblem('crm-logs-*,password=hunter2');
    expect(message).toBe(
      'The index pattern holds what looks like a password; secrets are never sent or kept. Write it without the password.',
    );
    expect(describeIndexPatternProblem(`crm-logs-* ${JWT}`)).toBe(TOKEN_REFUSAL('The index pattern'));
  });

  it('masks them as redaction shows them, where a message repeats what was typed', () => {
    expect(maskSensitiveText(`use ${JWT} or password=hunter2 for 4111 1111 1111 1111`)).toBe(
      'use [redacted: JWT] or password=[redacted: password] for [redacted: card •••• 1111]',
    );
    expect(maskSensitiveText('Token review Q3')).toBe('Token review Q3');
    expect(displayUrl(`https://es.example.com:9200/${JWT}`)).toBe('https://es.example.com:9200/[redacted: JWT]');
  });
});
