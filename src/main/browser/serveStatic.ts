import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves a file of the built renderer; paths outside it are refused, unknown paths get index.html.
 * `pathname` is already percent-decoded by the caller, which answers 400 when it cannot be.
 */
export async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
  csp: string,
): Promise<void> {
  const base = resolve(root);
  const wanted = resolve(join(base, normalize(pathname)));
  if (wanted !== base && !wanted.startsWith(base + sep)) {
    response.writeHead(404).end();
    return;
  }
  let file = wanted === base ? join(base, 'index.html') : wanted;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    file = join(base, 'index.html');
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('The renderer is not built; run npm run build.');
      return;
    }
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}
