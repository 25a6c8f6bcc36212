import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import '../support/providedContext';
import { mountSmallDisk, smallDiskUnavailable } from '../../unit/main/files/smallDisk';

const run = promisify(execFile);
const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
const investigator = inject('consoleUsers').find((user) => user.consoleRole === 'investigator');
/** Exports act as the cluster user the credentials belong to: here the investigator es:start made. */
const asInvestigator = {
  ...process.env,
  ES_URL: connection.url,
  ES_USERNAME: investigator?.username ?? 'no investigator user: run npm run es:start',
  ES_PASSWORD: investigator?.password ?? '',
};
const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
const dataDir = join(dir, 'data');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `audit-console` as a user would, from the sources, with no terminal attached. */
async function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const prefix = fixture.patterns.operational.replace(/crm-operational-logs-\*$/, '');
const bundle = join(dir, 'activity.acbundle');

describe('audit-console export and verify', () => {
  it('exports a bundle from the local cluster and verifies it intact, with no cluster needed to verify', async () => {
    const exported = await cli(
      [
        'export',
        '--source',
        'local',
        '--index-prefix',
        prefix,
        '--family',
        'activity',
        '--from',
        new Date(fixture.endMs - 3 * 86_400_000).toISOString(),
        '--format',
        'bundle',
        '--out',
        bundle,
        '--purpose',
        'integration: command line export',
        '--data-dir',
        dataDir,
      ],
      asInvestigator,
    );
    // Said as the console resolved the operator: the cluster user the credentials belong to, and its role.
    expect(exported.stderr).toContain(
      `Exporting activity logs from Local cluster (${connection.url}) as cluster user ${investigator?.username} (Investigator) to ${bundle}`,
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^[\d,]+ of [\d,]+ rows exported, complete\./);
    expect(exported.stdout).toMatch(/Signed with this workstation's bundle key [0-9a-f]{4}( [0-9a-f]{4}){15}/);

    const offline = { ...process.env, ES_URL: 'http://127.0.0.1:9', ES_PORT: '9' };
    const verified = await cli(['verify', bundle, '--data-dir', dataDir], offline);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Verdict: INTACT');
    expect(verified.stdout).toContain('PASS  Counts');

    const elsewhere = await cli(['verify', bundle, '--data-dir', join(dir, 'another-workstation')], offline);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('FAIL  Signer');
  });

  it('names the altered record and exits 1; a file that is no bundle exits 3', async () => {
    const bytes = readFileSync(bundle);
    const at = bytes.indexOf('"message":"') + 12;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const altered = join(dir, 'altered.acbundle');
    writeFileSync(altered, bytes);
    const verified = await cli(['verify', altered, '--data-dir', dataDir]);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/Altered record in records\/0001\.ndjson: record 1 \(id [^)]+\)\./);
    expect(verified.stdout).toContain('Verdict: ALTERED');

    const text = join(dir, 'notes.acbundle');
    writeFileSync(text, 'not a bundle');
    const unreadable = await cli(['verify', text]);
    expect(unreadable.code).toBe(3);
    expect(unreadable.stdout).toContain('is not an Audit Console bundle');
  });

  it.skipIf(smallDiskUnavailable !== null)(
    'a folder on a read-only disk: exit 1, one sentence naming it, journaled as failed, nothing written',
    async () => {
      const disk = mountSmallDisk(64);
      try {
        writeFileSync(join(disk.dir, 'kept.ndjson'), 'the earlier export');
        disk.readOnly();
        const common = ['export', '--source', 'local', '--index-prefix', prefix, '--family', 'operational'];
        for (const [format, name] of [
          ['bundle', 'x.acbundle'],
          // A name that exists: the disk is said first, not a "--force" that could not help.
          ['ndjson', 'kept.ndjson'],
        ] as const) {
          const ran = await cli(
            [
              ...common,
              '--format',
              format,
              '--out',
              join(disk.dir, name),
              '--purpose',
              'integration',
              '--data-dir',
              dataDir,
            ],
            asInvestigator,
          );
          expect(ran.code).toBe(1);
          expect(ran.stderr.trimEnd().split('\n').at(-1)).toBe(
            `${disk.dir} is on a read-only disk; choose another folder.`,
          );
          const journal = readFileSync(join(dataDir, 'journal', 'operator-journal.ndjson'), 'utf8')
            .trimEnd()
            .split('\n');
          expect(JSON.parse(journal.at(-1) ?? '{}')).toMatchObject({ outcome: 'failed', code: 'BAD_REQUEST' });
        }
        expect(await disk.files()).toEqual(['kept.ndjson']);
        expect(readFileSync(join(disk.dir, 'kept.ndjson'), 'utf8')).toBe('the earlier export');
      } finally {
        disk.unmount();
      }
    },
  );

  it('will not replace a file without --force, and needs a purpose', async () => {
    const args = ['export', '--source', 'local', '--index-prefix', prefix, '--family', 'operational'];
    const common = [...args, '--client', 'no-such-client', '--format', 'csv', '--data-dir', dataDir];
    const out = join(dir, 'existing.csv');
    writeFileSync(out, 'keep me');
    const refused = await cli([...common, '--out', out, '--purpose', 'integration'], asInvestigator);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).toContain('Pass --force to replace it.');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await cli([...common, '--out', out, '--purpose', 'integration', '--force'], asInvestigator);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('0 of 0 rows exported, complete.');
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^id,created \(UTC\),created \(.+ local time\),action,/);

    const purposeless = await cli([...common, '--out', join(dir, 'x.csv')], asInvestigator);
    expect(purposeless.code).toBe(2);
    expect(purposeless.stderr).toContain('--purpose is required');

    // Said by the flag that sets it, before any source is opened, not by the request's field names.
    const terse = await cli([...common, '--out', join(dir, 'x.csv'), '--purpose', 'ok'], asInvestigator);
    expect(terse.code).toBe(2);
    expect(terse.stderr).toContain('--purpose: Say why you export (at least a few words)');
    expect(terse.stderr).not.toContain('Exporting');
    // Credentials the cluster rejects: said once, before anything claims to be exporting.
    const rejected = await cli([...common, '--out', join(dir, 'x.csv'), '--purpose', 'integration'], {
      ...asInvestigator,
      ES_PASSWORD: 'not-the-password',
    });
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/^Cannot export: Cannot tell who you are on this cluster \(The cluster rejected/);
    expect(rejected.stderr).not.toContain('Exporting');
    expect(rejected.stderr).toContain('Check ES_USERNAME and ES_PASSWORD, or the user name and password in ES_URL.');
    expect(rejected.stderr).not.toContain('Settings');
    const refusedText = await cli(
      [...common, '--out', join(dir, 'x.csv'), '--purpose', 'integration', '--text', 'transfer x'],
      asInvestigator,
    );
    expect(refusedText.code).toBe(1);
    expect(refusedText.stderr).toContain('--text: "x" cannot be searched on its own');
    expect(refusedText.stderr).not.toContain('Invalid request');
  });

  it('exports from the demo workspace, building it on first use', { timeout: 300_000 }, async () => {
    const out = join(dir, 'demo.ndjson');
    const exported = await cli([
      'export',
      '--source',
      'demo',
      '--family',
      'operational',
      '--text',
      'wallet',
      '--format',
      'ndjson',
      '--out',
      out,
      '--purpose',
      'integration: demo export',
      '--data-dir',
      dataDir,
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('from the demo workspace');
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(exported.stdout).toContain(
      `${rows.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} rows exported, complete.`,
    );
    const searched = rows.map((line) => JSON.parse(line) as { description: string; error: string | null });
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((row) => /wallet/i.test(`${row.description} ${row.error ?? ''}`))).toBe(true);
  });
});
