import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserServer, type BrowserServer } from '../../../../src/main/browser/createBrowserServer';
import type { Router } from '../../../../src/main/router/createRouter';

const calls: string[] = [];
const router: Router = {
  handle: (channel, payload) => {
    calls.push(channel);
    return Promise.resolve({ ok: true, data: { channel, payload } });
  },
};
let server: BrowserServer;
let other: BrowserServer;

beforeAll(async () => {
  const rendererDir = await mkdtemp(join(tmpdir(), 'renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<html>console</html>');
  server = await createBrowserServer({ router, rendererDir, port: 0 });
  other = await createBrowserServer({ router, rendererDir, port: 0 });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

interface Sent {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  to: BrowserServer = server,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, to.url);
    const req = request(target, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const launchToken = (to: BrowserServer) => new URL(to.issueLaunchUrl()).searchParams.get('launch') ?? '';

/** Spends a launch token as the page does; returns the two halves of the session. */
async function openSession(to: BrowserServer = server): Promise<{ header: string; cookie: string }> {
  const opened = await send(
    '/session',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ launch: launchToken(to) }),
    },
    to,
  );
  expect(opened.status).toBe(200);
  const setCookie = String(opened.headers['set-cookie']);
  return {
    header: (JSON.parse(opened.body) as { data: { session: string } }).data.session,
    cookie: setCookie.split(';')[0] ?? '',
  };
}

const apiCall = (headers: Record<string, string>, to: BrowserServer = server, path = '/api/app/info') =>
  send(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"a":1}' }, to);

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('runs the router for a tab holding both halves of its session', async () => {
    const session = await openSession();
    const response = await apiCall({ cookie: session.cookie, 'x-audit-console-session': session.header });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, data: { channel: 'app/info', payload: { a: 1 } } });
  });

  it('serves the renderer to anyone, with its CSP: it holds no secret', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('console');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('never serves files outside the renderer', async () => {
    const response = await send('/..%2f..%2f..%2fetc%2fpasswd');
    expect(response.body).not.toContain('root:');
  });
});

describe('browser-mode credentials, attacked', () => {
  it('spends a launch token once: the address in the history opens nothing', async () => {
    const launch = launchToken(server);
    const exchange = () =>
      send('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ launch }),
      });
    expect((await exchange()).status).toBe(200);
    const again = await exchange();
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({ code: 'UNTRUSTED_SENDER', message: /already used/ });
  });

  it('refuses the token in a query string on an API call', async () => {
    const before = calls.length;
    for (const name of ['token', 'launch']) {
      const response = await apiCall({}, server, `/api/app/info?${name}=${launchToken(server)}`);
      expect(response.status).toBe(401);
    }
    expect(calls.length).toBe(before);
  });

  it('gives another local server nothing it can use: the cookie alone (sent to every port) is refused', async () => {
    const session = await openSession();
    const before = calls.length;
    // Cookies are not port-scoped: any server on 127.0.0.1 the browser visits receives this one.
    expect((await apiCall({ cookie: session.cookie })).status).toBe(401);
    expect((await apiCall({ 'x-audit-console-session': session.header })).status).toBe(401);
    expect((await apiCall({ authorization: `Bearer ${session.header}` })).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('keeps two consoles apart: each has its own cookie name and admits only its own sessions', async () => {
    const mine = await openSession(server);
    const theirs = await openSession(other);
    expect(mine.cookie.split('=')[0]).not.toBe(theirs.cookie.split('=')[0]);
    const both = `${mine.cookie}; ${theirs.cookie}`;
    expect((await apiCall({ cookie: both, 'x-audit-console-session': mine.header }, server)).status).toBe(200);
    expect((await apiCall({ cookie: both, 'x-audit-console-session': theirs.header }, other)).status).toBe(200);
    expect((await apiCall({ cookie: both, 'x-audit-console-session': mine.header }, other)).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) and cross-origin calls', async () => {
    const session = await openSession();
    const headers = { cookie: session.cookie, 'x-audit-console-session': session.header };
    expect((await apiCall({ ...headers, host: 'evil.example' })).status).toBe(421);
    expect((await apiCall({ ...headers, origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('browser-mode bad input', () => {
  it('answers a body that is not JSON with a clear error', async () => {
    const session = await openSession();
    const response = await send('/api/app/info', {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-audit-console-session': session.header },
      body: '{oops',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: /not valid JSON/ });
  });

  it('says a body over the size limit is too large, not that it is not JSON', async () => {
    const session = await openSession();
    const response = await send('/api/logs/search', {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-audit-console-session': session.header },
      body: JSON.stringify({ family: 'operational', text: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BAD_REQUEST', message: /larger than 1 MiB/ });
  });

  it.each(['/api/logs%E0%A4%A', '/%E0%A4%A', '/%'])('answers 400 to a badly percent-encoded path: %s', async (path) => {
    const session = await openSession();
    const headers = { cookie: session.cookie, 'x-audit-console-session': session.header };
    const api = path.startsWith('/api/');
    const response = await send(path, api ? { method: 'POST', headers, body: '{}' } : { headers });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'BAD_REQUEST', message: /percent-encoded/ });
  });
});
