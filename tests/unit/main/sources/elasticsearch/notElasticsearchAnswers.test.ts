import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../../../../src/main/settings/testConnection';
import { MemorySecretStore } from '../../../../../src/main/settings/MemorySecretStore';
import { createElasticsearchClient } from '../../../../../src/main/sources/elasticsearch/createElasticsearchClient';
import { ElasticsearchAdapter } from '../../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { ClusterConnection } from '../../../../../src/shared/domain/settings';

/** Answers that claim to come from Elasticsearch but do not hold what it sends, by path. */
const ANSWERS: Readonly<Record<string, (response: ServerResponse, path: string) => void>> = {
  '/empty': (response) => reply(response, 200, '{"ok":true}'),
  // A stand-in that answers who it is as a cluster, with security off, and `{}` to everything else.
  '/stand-in': (response, path) => {
    if (path === '/stand-in' || path === '/stand-in/') return reply(response, 200, JSON.stringify(NODE_INFO));
    if (path.startsWith('/stand-in/_security/')) return reply(response, 500, JSON.stringify(SECURITY_OFF));
    reply(response, 200, '{}');
  },
  '/page': (response) => reply(response, 200, '<html><body>Sign in to continue</body></html>'),
  '/moved': (response) => reply(response, 302, '{"moved":true}', { location: 'http://127.0.0.1:1/' }),
  // A proxy in front of a cluster that is down: its own error page, thousands of characters on one line.
  '/gateway': (response) => {
    response.writeHead(502, { 'content-type': 'text/html' });
    response.end(
      `<html><head><title>502 Bad\n  Gateway\u202E</title></head><body>${'<p>nginx</p>'.repeat(500)}</body></html>`,
    );
  },
  // A title longer than a sentence quotes, with a flag (two code points, one character) where it is cut.
  '/long-title': (response) => {
    response.writeHead(503, { 'content-type': 'text/html' });
    response.end(`<html><head><title>${'a'.repeat(98)}🇩🇪 and more</title></head></html>`);
  },
};

const NODE_INFO = { name: 'n1', cluster_name: 'prod', cluster_uuid: 'u1', version: { number: '9.1.0' }, tagline: '' };
const SECURITY_OFF = {
  error: { type: 'exception', reason: 'Security must be explicitly enabled when using a [basic] license.' },
  status: 500,
};

function reply(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch', ...headers });
  response.end(body);
}

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const prefix = `/${path.split('/')[1] ?? ''}`;
    (ANSWERS[prefix] ?? ((answer: ServerResponse) => reply(answer, 404, '{}')))(response, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** An adapter on `url` with a user and password, as a connection being tested opens one. */
function adapterOn(url: string): ElasticsearchAdapter {
  const client = createElasticsearchClient({ url, username: 'auditor', password: 'pw' }, { maxRetries: 0 });
  return new ElasticsearchAdapter(client, { url, username: 'auditor', usesApiKey: false, requestTimeoutMs: 5_000 });
}

describe('a node that answers, but not as Elasticsearch does', () => {
  it.each([
    ['an answer without the version', '/empty'],
    ['a web page sent as JSON', '/page'],
    ['a redirect elsewhere', '/moved'],
  ])('%s is said to be no Elasticsearch cluster, with what to check', async (_, path) => {
    const adapter = adapterOn(`${base}${path}`);
    try {
      const failure = await adapter.identify().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({
        code: 'UNAVAILABLE',
        message: `${base}${path} answers, but not as an Elasticsearch cluster (a web server or proxy may listen there); check the URL and port: Elasticsearch listens on 9200 unless set otherwise`,
      });
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['who the credentials are', (adapter: ElasticsearchAdapter) => adapter.authenticate()],
    ['someone else asked as them', (adapter: ElasticsearchAdapter) => adapter.authenticateAs('ivy')],
    ['a native user', (adapter: ElasticsearchAdapter) => adapter.nativeUser('ivy')],
    ['the privileges held', (adapter: ElasticsearchAdapter) => adapter.hasIndexPrivileges('crm-*', ['read'])],
  ])('an answer to %s without what Elasticsearch sends is said to be no cluster', async (_, ask) => {
    const adapter = adapterOn(`${base}/empty`);
    try {
      await expect(ask(adapter)).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringContaining('answers, but not as an Elasticsearch cluster'),
      });
    } finally {
      await adapter.close();
    }
  });

  it('a proxy’s error page is named by its title, not shown as markup', async () => {
    const adapter = adapterOn(`${base}/gateway`);
    try {
      await expect(adapter.info()).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message:
          'The cluster failed to answer (status 502): a web page (“502 Bad Gateway⟨U+202E⟩”) came back instead of ' +
          'Elasticsearch’s answer, so a proxy or web server in front of the cluster answered; check the URL, ' +
          'and that the cluster behind it is running',
      });
    } finally {
      await adapter.close();
    }
  });

  it('a long page title is cut between whole characters', async () => {
    const adapter = adapterOn(`${base}/long-title`);
    try {
      await expect(adapter.info()).rejects.toMatchObject({
        message: expect.stringContaining(`a web page (“${'a'.repeat(98)}🇩🇪…”) came back`),
      });
    } finally {
      await adapter.close();
    }
  });
});

describe('a node that answers who it is as Elasticsearch, and `{}` to field capabilities', () => {
  const notFieldCaps =
    'answers, but not as an Elasticsearch cluster: its answer to the field capabilities request (_field_caps) ' +
    'lacks what Elasticsearch always sends';

  it('is said to send no Elasticsearch field capabilities answer', async () => {
    const adapter = adapterOn(`${base}/stand-in`);
    try {
      await expect(adapter.fieldCaps('crm-*', ['created'])).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: expect.stringContaining(`${base}/stand-in ${notFieldCaps}`),
      });
    } finally {
      await adapter.close();
    }
  });

  it('fails no connection test as a fault of the console: each family says what is wrong', async () => {
    const url = `${base}/stand-in`;
    const connection = ClusterConnection.parse({ id: 'c1', name: 'Stand-in', url, auth: { kind: 'none' } });
    const report = await testConnection(connection, new MemorySecretStore());
    expect(report).toMatchObject({ state: 'connected', version: '9.1.0', securityOff: true });
    expect(report.families.map((family) => family.problem)).toEqual([
      expect.stringContaining(notFieldCaps),
      expect.stringContaining(notFieldCaps),
    ]);
  });
});
