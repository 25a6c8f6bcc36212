import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

/** Stands in for a server the renderer's attacker runs: answers like a cluster and keeps every request. */
class Listener {
  readonly heard: { url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      this.heard.push({ url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      response.end(JSON.stringify({ name: 'listener', version: { number: '9.4.3' }, tagline: 'You Know, for Search' }));
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Everything the listener received, as one text to search for the secret in any form. */
  transcript(): string {
    return JSON.stringify(this.heard);
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

const cluster = inject('elasticsearch');
const username = cluster.username ?? 'elastic';
const password = cluster.password ?? '';
const basic = Buffer.from(`${username}:${password}`).toString('base64');
let listener: Listener;
let listenerUrl: string;
let console_: SettingsConsole;

const draft = {
  name: 'prod',
  url: cluster.url,
  auth: { kind: 'basic', username },
  indexPatterns: { operational: 'it-operational-*', activity: 'it-activity-*' },
};
/** The connection as saved: a new one gets its id from main. */
const saved = { ...draft, id: 'prod' };

beforeAll(async () => {
  listener = new Listener();
  listenerUrl = await listener.listen();
});
afterAll(() => listener.close());

beforeEach(async () => {
  listener.heard.length = 0;
  console_ = await startSettingsConsole();
  const result = await console_.call('settings/connection/save', { connection: draft, secret: password });
  expect(result, 'saving the real connection').toMatchObject({ ok: true, data: { connections: [{ id: saved.id }] } });
});
afterEach(() => console_.close());

describe('a saved connection’s stored secret', () => {
  it('still reaches the cluster it was saved for when tested unchanged', async () => {
    const result = await console_.call('settings/connection/test', { connection: saved });
    expect(result).toMatchObject({ ok: true, data: { state: 'connected' } });
  });

  it('is never sent to a URL a test request names', async () => {
    const result = await console_.call('settings/connection/test', { connection: { ...saved, url: listenerUrl } });
    expect(listener.transcript()).not.toContain(basic);
    expect(listener.transcript()).not.toContain(password);
    expect(result).toMatchObject({ ok: false, field: 'secret' });
    expect(result.ok ? '' : result.message).toMatch(/enter the password again/i);
  });

  it('is never sent to a URL a save request names, even once that connection is made active', async () => {
    const result = await console_.call('settings/connection/save', { connection: { ...saved, url: listenerUrl } });
    await console_.call('settings/connection/activate', { id: saved.id });
    await console_.call('app/info', {});
    await console_.call('logs/search', { family: 'operational' });
    expect(listener.transcript()).not.toContain(basic);
    expect(listener.transcript()).not.toContain(password);
    expect(result).toMatchObject({ ok: false, field: 'secret' });
  });

  it('is never sent to a node a test or save request adds to the list, first or as a failover', async () => {
    const dead = 'http://127.0.0.1:1';
    const results = [
      await console_.call('settings/connection/test', { connection: { ...saved, failoverUrls: [listenerUrl] } }),
      await console_.call('settings/connection/test', {
        connection: { ...saved, url: dead, failoverUrls: [listenerUrl] },
      }),
      await console_.call('settings/connection/save', {
        connection: { ...saved, url: dead, failoverUrls: [listenerUrl] },
      }),
    ];
    await console_.call('settings/connection/activate', { id: saved.id });
    await console_.call('logs/search', { family: 'operational' });
    expect(listener.transcript()).not.toContain(basic);
    expect(listener.transcript()).not.toContain(password);
    for (const result of results) expect(result).toMatchObject({ ok: false, field: 'secret' });
  });

  it('is not sent as another kind of credential, nor for another user', async () => {
    const results = [];
    for (const auth of [{ kind: 'apiKey' }, { kind: 'basic', username: 'someone-else' }]) {
      results.push(
        await console_.call('settings/connection/test', { connection: { ...saved, url: listenerUrl, auth } }),
      );
    }
    expect(listener.transcript()).not.toContain(password);
    for (const result of results) expect(result).toMatchObject({ ok: false, field: 'secret' });
  });
});
