import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCliSource } from '../../../src/cli/cliSources';
import { resolveCliOperator } from '../../../src/cli/openCliConsole';
import { readConnectionSecret } from '../../../src/main/settings/connectionSecrets';
import { Settings } from '../../../src/shared/domain/settings';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cli-sources-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const empty = Settings.parse({});
const open = (source: string, env: NodeJS.ProcessEnv, settings = empty, indexPrefix = '') =>
  openCliSource({ source, indexPrefix, settings, env, root });

describe('where the command line reads from', () => {
  it('local: ES_URL with its credentials wins, the user and password taken out of the address', async () => {
    const source = await open('local', { ES_URL: 'https://ivy:s3cret@es.example:9243/', ES_API_KEY: '' }, empty, 'it-');
    expect(source.label).toBe('Local cluster (https://es.example:9243)');
    const [connection] = source.settings.connections;
    expect(source.settings.activeConnectionId).toBe(connection?.id);
    expect(connection).toMatchObject({
      url: 'https://es.example:9243',
      auth: { kind: 'basic', username: 'ivy' },
      indexPatterns: { operational: 'it-crm-operational-logs-*' },
    });
    expect(connection && (await readConnectionSecret(source.secrets, connection))).toBe('s3cret');
  });

  it('local: else the connection file `npm run es:start` writes', async () => {
    mkdirSync(join(root, '.local'));
    writeFileSync(
      join(root, '.local', 'elasticsearch.json'),
      JSON.stringify({ url: 'http://127.0.0.1:9299', username: 'elastic', password: 'x', source: 'local' }),
    );
    const source = await open('local', {});
    expect(source.label).toBe('Local cluster (http://127.0.0.1:9299)');
    const [connection] = source.settings.connections;
    expect(connection && (await readConnectionSecret(source.secrets, connection))).toBe('x');
  });

  it('local with neither: says how to get one', async () => {
    await expect(open('local', {})).rejects.toThrow('run `npm run es:start`, or set ES_URL');
  });

  it('a saved connection by name needs its secret from the environment, and names the variable', async () => {
    const settings = Settings.parse({
      connections: [
        { id: 'prod', name: 'prod-eu', url: 'https://es.example:9200', auth: { kind: 'basic', username: 'ivy' } },
      ],
    });
    await expect(open('prod-eu', {}, settings)).rejects.toThrow(
      'The command line keeps no secrets: set ES_PASSWORD for "prod-eu".',
    );
    const source = await open('prod-eu', { ES_PASSWORD: 'secret' }, settings);
    expect(source.label).toBe('prod-eu (https://es.example:9200)');
    expect(source.settings.activeConnectionId).toBe('prod');
    await expect(open('staging', {}, settings)).rejects.toThrow(
      'No connection named "staging" (saved: "prod-eu"); or use local or demo.',
    );
  });

  it('demo: the demo workspace of the data folder', async () => {
    const settings = Settings.parse({
      connections: [{ id: 'prod', name: 'prod-eu', url: 'https://es.example:9200', auth: { kind: 'none' } }],
      activeConnectionId: 'prod',
    });
    const source = await open('demo', {}, settings);
    expect(source.label).toBe('the demo workspace');
    expect(source.settings.activeConnectionId).toBeNull();
  });
});

describe('who the command line acts as', () => {
  const user = { id: 'ivy', name: 'ivy' };

  it('the role the settings map the user to, scope included', () => {
    const settings = Settings.parse({
      operators: [{ id: 'ivy', name: 'Ivy', role: 'supportLead', scope: { clientIds: ['c1'] } }],
    });
    expect(resolveCliOperator(settings, user)).toEqual({
      id: 'ivy',
      name: 'Ivy',
      role: 'supportLead',
      scope: { clientIds: ['c1'] },
    });
  });

  it('an unmapped user on a set-up workstation gets the default role, never more', () => {
    const settings = Settings.parse({
      operators: [{ id: 'ann', name: 'Ann', role: 'admin', scope: null }],
      defaultRole: 'auditor',
    });
    expect(resolveCliOperator(settings, user).role).toBe('auditor');
  });

  it('on a workstation not set up yet, an investigator rather than the admin', () => {
    expect(resolveCliOperator(empty, user)).toEqual({ ...user, role: 'investigator', scope: null });
  });
});
