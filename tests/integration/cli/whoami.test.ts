import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import '../support/providedContext';

const connection = inject('elasticsearch');
const users = inject('consoleUsers');
const bin = resolve(import.meta.dirname, '../../../bin/audit-console.mjs');
const dataDir = await mkdtemp(join(tmpdir(), 'audit-console-whoami-'));

afterAll(() => rm(dataDir, { recursive: true, force: true }));

function whoami(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    const clean = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    execFile(
      process.execPath,
      [bin, 'whoami', '--data-dir', dataDir, ...args],
      { env: { ...clean, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function passwordOf(username: string): string {
  const user = users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No cluster user ${username}: run npm run es:start on the local node (ES_URL has none)`);
  return user.password;
}

describe('audit-console whoami', () => {
  it('prints the support lead the cluster says, with the desk scope, as JSON', async () => {
    const env = { ES_URL: connection.url, ES_USERNAME: 'ac-support-lead', ES_PASSWORD: passwordOf('ac-support-lead') };
    const { code, stdout } = await whoami(env);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({
      source: 'cluster',
      user: 'ac-support-lead',
      realm: 'file',
      role: 'supportLead',
      clusterRoles: ['audit_console_support_lead', 'audit_console_desk_sales_en'],
      scope: { label: 'Desk Sales EN' },
    });
    expect((printed.scope as { clientIds: string[] }).clientIds.length).toBeGreaterThan(0);
  });

  it('exits 1 with the reason for wrong credentials, and prints no role', async () => {
    const { code, stdout, stderr } = await whoami({
      ES_URL: connection.url,
      ES_USERNAME: 'ac-auditor',
      ES_PASSWORD: 'not-the-password',
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ source: 'unresolved', role: null });
    expect(stderr).toMatch(/rejected the credentials for user ac-auditor/);
    // Where the command line read them, not the console's Settings, which it never used.
    expect(stderr).toContain('Check ES_USERNAME and ES_PASSWORD, or the user name and password in ES_URL.');
    expect(stderr).not.toContain('Settings');
    expect(JSON.parse(stdout).notice).not.toContain('Settings');
  });

  it('names the saved connections when asked for one that does not exist', async () => {
    const { code, stderr } = await whoami({}, '--source', 'prod');
    expect(code).toBe(1);
    expect(stderr).toMatch(/No connection named "prod" \(saved: none saved yet\); or use local or demo/);
  });
});
