import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, type BrowserServer } from '../../../src/main/browser/createBrowserServer';
import type { Router } from '../../../src/main/router/createRouter';

const token = 'test-token-0123456789abcdef';
const calls: string[] = [];
const router: Router = {
  handle: (channel, payload) => {
    calls.push(channel);
    return Promise.resolve({ ok: true, data: { channel, payload } });
  },
};
let server: BrowserServer;

beforeAll(async () => {
  const rendererDir = await mkdtemp(join(tmpdir(), 'renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<html>console</html>');
  server = await createBrowserServer({ router, rendererDir, token, port: 0 });
});
afterAll(() => server.close());

function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const target = new URL(path, server.url);
    const req = request(target, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const auth = { authorization: `Bearer ${token}` };

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['a wrong cookie', { cookie: 'audit_console_token=wrong' }],
  ])('answers 401 and runs nothing with %s', async (_name, headers) => {
    const before = calls.length;
    const api = await send('/api/app/info', { method: 'POST', headers, body: '{}' });
    expect(api.status).toBe(401);
    expect((await send('/', { headers })).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('runs the router with the token', async () => {
    const response = await send('/api/app/info', { method: 'POST', headers: auth, body: '{"a":1}' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, data: { channel: 'app/info', payload: { a: 1 } } });
  });

  it('turns the launch token into a same-site cookie, then serves the renderer with a CSP', async () => {
    const launch = await send(`/?token=${token}`);
    expect(launch.status).toBe(303);
    expect(String(launch.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict');
    const page = await send('/', { headers: { cookie: `audit_console_token=${token}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('console');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('refuses another Host (DNS rebinding) and cross-origin calls', async () => {
    expect(
      (await send('/api/app/info', { method: 'POST', headers: { ...auth, host: 'evil.example' }, body: '{}' })).status,
    ).toBe(421);
    const crossOrigin = await send('/api/app/info', {
      method: 'POST',
      headers: { ...auth, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('answers a body that is not JSON with a clear error', async () => {
    const response = await send('/api/app/info', { method: 'POST', headers: auth, body: '{oops' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('never serves files outside the renderer', async () => {
    const response = await send('/..%2f..%2f..%2fetc%2fpasswd', { headers: auth });
    expect(response.body).not.toContain('root:');
  });
});
