import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Router } from '../../../../src/main/router/createRouter';
import '../../support/providedContext';
import { startClusterConsole, type ClusterConsole } from '../../support/startClusterConsole';

const fixture = inject('seededFixture');
const connection = inject('elasticsearch');
let relay: Server;
let auditConsole: ClusterConsole;
let router: Router;
const echoed: string[] = [];

/**
 * A relay in front of the real cluster that passes every call through, except searches: those it
 * answers with an error that echoes the request's headers, as a misconfigured proxy does.
 */
function startEchoingRelay(target: URL): Promise<number> {
  relay = createServer((incoming, outgoing) => {
    if (incoming.url?.includes('_search')) {
      const headers = Object.entries(incoming.headers).map(([name, value]) => `${name}: ${String(value)}`);
      echoed.push(incoming.headers.authorization ?? '');
      outgoing.writeHead(502, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      const reason = `upstream refused the request; request headers were ${headers.join(', ')}`;
      outgoing.end(JSON.stringify({ error: { type: 'proxy_exception', reason }, status: 502 }));
      incoming.resume();
      return;
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => {
    relay.listen(0, '127.0.0.1', () => {
      const address = relay.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

beforeAll(async () => {
  const port = await startEchoingRelay(new URL(connection.url));
  auditConsole = await startClusterConsole(
    { ...connection, url: `http://127.0.0.1:${port}` },
    {
      patterns: fixture.patterns,
      connection: { requestTimeoutMs: 10_000 },
      settings: { operators: [{ id: 'it-auditor', name: 'Auditor', role: 'auditor', scope: null }] },
      user: { id: 'it-auditor', name: 'Auditor' },
    },
  );
  router = auditConsole.router;
});

afterAll(async () => {
  await auditConsole.close();
  await new Promise((resolve) => relay.close(resolve));
});

describe('a proxy that echoes request headers in an error body', () => {
  it('never gets the credentials it echoed into the answer', async () => {
    const result = await router.handle('logs/search', { family: 'operational', pageSize: 10 }, { trusted: true });
    const authorization = echoed.find(Boolean) ?? '';
    expect(authorization, 'the relay saw the credentials the console sent').toMatch(/^Basic \S{12,}/);
    const credential = authorization.slice('Basic '.length);
    expect(result).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
    const answer = JSON.stringify(result);
    expect(answer).toContain('status 502');
    expect(answer).not.toContain(credential);
    expect(answer).not.toContain(Buffer.from(credential, 'base64').toString('utf8'));
  });
});
