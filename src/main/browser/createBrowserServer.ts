import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Router } from '../router/createRouter';
import { serveStatic } from './serveStatic';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy';

export interface BrowserServerOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Random per launch; required on every request. */
  token: string;
  port: number;
}

export interface BrowserServer {
  url: string;
  /** The address to open: carries the token once, the page then keeps it in a same-site cookie. */
  launchUrl: string;
  close(): Promise<void>;
}

const COOKIE = 'audit_console_token';
const MAX_BODY_BYTES = 1024 * 1024;

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function presentedToken(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  const cookie = request.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE);
  if (cookie?.[1]) return cookie[1];
  return url.searchParams.get('token') ?? undefined;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

/**
 * Browser mode: the built renderer and the same router over HTTP, on 127.0.0.1 only, behind a random
 * per-launch token. The Host check stops DNS-rebinding pages from reaching it by another name.
 */
export async function createBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', origin || 'http://127.0.0.1');
      if (request.headers.host !== new URL(origin).host)
        return send(response, 421, { ok: false, code: 'FORBIDDEN', message: 'Wrong host' });
      const token = presentedToken(request, url);
      if (!sameToken(token, options.token)) {
        return send(response, 401, {
          ok: false,
          code: 'UNTRUSTED_SENDER',
          message: 'Open the address browser mode printed: it carries the access token.',
        });
      }
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST')
          return send(response, 405, { ok: false, code: 'BAD_REQUEST', message: 'Use POST' });
        const fromOrigin = request.headers.origin;
        if (fromOrigin !== undefined && fromOrigin !== origin)
          return send(response, 403, { ok: false, code: 'UNTRUSTED_SENDER', message: 'Cross-origin request refused' });
        let payload: unknown;
        try {
          payload = await readJson(request);
        } catch {
          return send(response, 400, {
            ok: false,
            code: 'BAD_REQUEST',
            message: 'The request body is not valid JSON.',
          });
        }
        const abort = new AbortController();
        response.on('close', () => {
          if (!response.writableFinished) abort.abort();
        });
        const result = await options.router.handle(decodeURIComponent(url.pathname.slice('/api/'.length)), payload, {
          trusted: true,
          signal: abort.signal,
        });
        return send(response, 200, result);
      }
      if (url.searchParams.has('token')) {
        response.writeHead(303, {
          location: url.pathname,
          'set-cookie': `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
        });
        return response.end();
      }
      await serveStatic(options.rendererDir, url.pathname, response, CONTENT_SECURITY_POLICY);
    })().catch(() => {
      if (!response.headersSent)
        send(response, 500, { ok: false, code: 'INTERNAL', message: 'Browser-mode server error' });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    launchUrl: `${origin}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
