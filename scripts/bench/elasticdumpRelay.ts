import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@elastic/elasticsearch';
import type { ElasticsearchConnection } from '../../src/main/sources/elasticsearch/createElasticsearchClient';

export interface Relay {
  url: string;
  close(): Promise<void>;
}

function authorization(connection: ElasticsearchConnection): string | undefined {
  if (connection.apiKey) return `ApiKey ${connection.apiKey}`;
  if (connection.username)
    return `Basic ${Buffer.from(`${connection.username}:${connection.password ?? ''}`).toString('base64')}`;
  return undefined;
}

/**
 * A loopback relay in front of the cluster for elasticdump: the integ-test-zip node answers `GET /`
 * (elasticdump's version probe) with 405, so the relay answers that one request itself, with what the
 * node says about its version, and passes every other request through unchanged, adding the credentials.
 */
export async function startElasticdumpRelay(connection: ElasticsearchConnection, client: Client): Promise<Relay> {
  const nodes = await client.nodes.info({ node_id: '_local', filter_path: ['cluster_name', 'nodes.*.version'] });
  const version = Object.values(nodes.nodes)[0]?.version ?? '9.0.0';
  const root = JSON.stringify({
    name: 'relay',
    cluster_name: nodes.cluster_name,
    version: { number: version, distribution: 'elasticsearch' },
    tagline: 'You Know, for Search',
  });
  const upstream = new URL(connection.url);
  const auth = authorization(connection);
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.method === 'GET' && (incoming.url === '/' || incoming.url?.startsWith('/?'))) {
      outgoing.writeHead(200, { 'content-type': 'application/json' });
      outgoing.end(root);
      return;
    }
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host, ...(auth ? { authorization: auth } : {}) },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
