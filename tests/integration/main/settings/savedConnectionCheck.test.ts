import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { SaveConnectionAnswer } from '../../../../src/shared/contract/settingsChannels';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

const cluster = inject('elasticsearch');
const username = cluster.username ?? 'elastic';
const password = cluster.password ?? '';

const running: SettingsConsole[] = [];
const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const console_ of running.splice(0)) await console_.close();
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Saves a connection as the admin's renderer asks it, through the router. */
async function save(connection: Record<string, unknown>, secret?: string): Promise<SaveConnectionAnswer> {
  const console_ = await startSettingsConsole();
  running.push(console_);
  const draft = {
    name: 'Prod',
    url: cluster.url,
    auth: { kind: 'basic', username },
    indexPatterns: { operational: 'it-operational-*', activity: 'it-activity-*' },
    ...connection,
  };
  const result = await console_.call('settings/connection/save', { connection: draft, secret });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as SaveConnectionAnswer;
}

describe('a saved connection is tested by main, as saved, and the answer says what the test found', () => {
  it('credentials that work: saved and tested, connected, as whom', async () => {
    const patterns = { operational: 'it-es-operational-logs-*', activity: 'it-es-client-activity-*' };
    const answer = await save({ indexPatterns: patterns }, password);
    expect(answer.saved).toEqual({
      id: 'prod',
      state: 'connected',
      sentence: expect.stringMatching(
        new RegExp(`^Saved “Prod” and tested: connected to Elasticsearch \\d+\\.\\d+\\.\\d+ as ${username}\\.$`),
      ) as unknown,
    });
  });

  it('index patterns that match nothing: connected, and each pattern named with what to do', async () => {
    const answer = await save(
      { indexPatterns: { operational: 'none-such-ops-*', activity: 'none-such-act-*' } },
      password,
    );
    expect(answer.saved.state).toBe('connected');
    expect(answer.saved.sentence).toMatch(
      / as \S+\. No index matches none-such-ops-\*\. No index matches none-such-act-\*\. Check the index patterns; Test connection reports each in full\.$/,
    );
  });

  it('credentials the cluster refuses: saved all the same, and said plainly, with what to do', async () => {
    const answer = await save({}, 'not-the-password');
    expect(answer.connections).toMatchObject([{ id: 'prod', hasSecret: true }]);
    expect(answer.saved).toEqual({
      id: 'prod',
      state: 'failed',
      sentence:
        `Saved “Prod”, but the test failed. The cluster rejected the credentials for user ${username}. ` +
        'Check the user name and password, then press Test connection.',
    });
  });

  it('an API key the cluster refuses names the key, not a user', async () => {
    const answer = await save({ auth: { kind: 'apiKey' } }, 'bm90LWEta2V5Om5vLXNlY3JldA==');
    expect(answer.saved.sentence).toBe(
      'Saved “Prod”, but the test failed. The cluster rejected the API key. Check the API key, then press Test connection.',
    );
  });

  it('a node that is not there: saved, not tested, and why', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    servers.splice(0);
    const answer = await save({ url }, 'pw');
    expect(answer.saved).toEqual({
      id: 'prod',
      state: 'untested',
      sentence:
        `Saved “Prod”, not tested. Cannot reach ${url} — connection refused: nothing listens at that address and port; ` +
        'check the URL and port, and that the cluster is running. Press Test connection once it can be reached.',
    });
  });

  it('a node that never answers: saved, not tested, within the save’s own limit', async () => {
    const url = await listen(createServer((socket) => void sockets.push(socket)));
    const started = Date.now();
    const answer = await save({ url, requestTimeoutMs: 2_000 }, 'pw');
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(answer.saved.state).toBe('untested');
    expect(answer.saved.sentence).toBe(
      `Saved “Prod”, not tested. Cannot reach ${url} — no answer within 2 s; check the URL and port, and that the ` +
        'cluster is running and not overloaded. Press Test connection once it can be reached.',
    );
  });

  it('a web server that is not Elasticsearch: saved, not tested, and what to check', async () => {
    const web = createHttpServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body>It works!</body></html>');
    });
    const url = await listen(web);
    const answer = await save({ url }, 'pw');
    expect(answer.saved.state).toBe('untested');
    expect(answer.saved.sentence).toBe(
      `Saved “Prod”, not tested. ${url} answers, but not as an Elasticsearch cluster (a web server or proxy may ` +
        'listen there); check the URL and port: Elasticsearch listens on 9200 unless set otherwise. ' +
        'Press Test connection once it can be reached.',
    );
  });

  it('the renderer cannot say a connection was tested: a request claiming so is refused', async () => {
    const console_ = await startSettingsConsole();
    running.push(console_);
    const draft = { name: 'Prod', url: cluster.url, auth: { kind: 'basic', username } };
    const result = await console_.call('settings/connection/save', { connection: draft, secret: 'x', tested: true });
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect((await console_.call('settings/get', {})) as unknown).toMatchObject({ ok: true, data: { connections: [] } });
  });
});
