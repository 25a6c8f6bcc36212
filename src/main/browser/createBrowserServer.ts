import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Router } from '../router/createRouter';
import { serveStatic } from './serveStatic';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/contentSecurityPolicy';
import { LAUNCH_PARAM, NO_SESSION_MESSAGE, SESSION_HEADER, SESSION_PATH } from '../../shared/contract/browserSession';
import { BrowserSessions } from './BrowserSessions';

export interface BrowserServerOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port: number;
}

export interface BrowserServer {
  url: string;
  /** The first address to open; it opens the console once. */
  launchUrl: string;
  /** A new single-use address, for another tab or after the first was used. */
  issueLaunchUrl(): string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, status: number, code: string, message: string) =>
  send(response, status, { ok: false, code, message });

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of request.headers.cookie?.split(';') ?? []) {
    const [key, value] = part.trim().split('=', 2);
    if (key === name) return value;
  }
  return undefined;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

/** Reads a JSON body, answering for the caller when it is too large or not JSON. */
async function readBody(request: IncomingMessage, response: ServerResponse): Promise<{ payload: unknown } | null> {
  try {
    return { payload: await readJson(request) };
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // The rest of the body is not read: the connection closes after this answer.
      const message = 'The request is larger than 1 MiB; narrow it (fewer filter values).';
      send(response, 413, { ok: false, code: 'BAD_REQUEST', message }, { connection: 'close' });
    } else refuse(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    return null;
  }
}

/**
 * Browser mode: the built renderer and the same router over HTTP, on 127.0.0.1 only. Calls need a
 * session that a single-use launch address opens (see `BrowserSessions`). The Host check stops
 * DNS-rebinding pages from reaching it by another name; the Origin check stops other pages' posts.
 */
export async function createBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  let origin = '';
  // Replaced once the port is known; until then no launch token exists, so nothing is admitted.
  let sessions = new BrowserSessions('audit_console');

  async function openSession(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'BAD_REQUEST', 'Use POST');
    if (!request.headers['content-type']?.startsWith('application/json'))
      return refuse(response, 415, 'BAD_REQUEST', 'Send the launch token as JSON.');
    const body = await readBody(request, response);
    if (!body) return;
    const launch = (body.payload as { launch?: unknown } | null)?.launch;
    const session = typeof launch === 'string' ? sessions.exchange(launch) : null;
    if (!session) {
      const message = `This address was already used, or is not one this console printed. ${NO_SESSION_MESSAGE}`;
      return refuse(response, 401, 'UNTRUSTED_SENDER', message);
    }
    const cookieHeader = `${sessions.cookieName}=${session.cookie}; HttpOnly; SameSite=Strict; Path=/`;
    send(response, 200, { ok: true, data: { session: session.header } }, { 'set-cookie': cookieHeader });
  }

  async function callApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'BAD_REQUEST', 'Use POST');
    const header = request.headers[SESSION_HEADER];
    if (!sessions.admits(typeof header === 'string' ? header : undefined, cookie(request, sessions.cookieName)))
      return refuse(response, 401, 'UNTRUSTED_SENDER', NO_SESSION_MESSAGE);
    const body = await readBody(request, response);
    if (!body) return;
    const abort = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) abort.abort();
    });
    send(response, 200, await options.router.handle(channel, body.payload, { trusted: true, signal: abort.signal }));
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) return refuse(response, 421, 'FORBIDDEN', 'Wrong host');
    const fromOrigin = request.headers.origin;
    if (fromOrigin !== undefined && fromOrigin !== origin)
      return refuse(response, 403, 'UNTRUSTED_SENDER', 'Cross-origin request refused');
    const url = new URL(request.url ?? '/', origin);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return refuse(response, 400, 'BAD_REQUEST', 'The address is not validly percent-encoded.');
    }
    if (path === SESSION_PATH) return openSession(request, response);
    if (path.startsWith('/api/')) return callApi(request, response, path.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'BAD_REQUEST', 'Use GET');
    // The renderer's files hold no secret: they are served to anyone on this machine; calls are not.
    await serveStatic(options.rendererDir, path, response, CONTENT_SECURITY_POLICY);
  }

  const server: Server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error('[browser mode] request failed', error);
      if (!response.headersSent) refuse(response, 500, 'INTERNAL', 'Browser-mode server error; see its terminal.');
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
  // Named after the port, so two consoles on this machine never read or overwrite each other's cookie.
  sessions = new BrowserSessions(`audit_console_${port}`);
  const issueLaunchUrl = () => `${origin}/?${LAUNCH_PARAM}=${sessions.issueLaunchToken()}`;
  return {
    url: origin,
    launchUrl: issueLaunchUrl(),
    issueLaunchUrl,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
