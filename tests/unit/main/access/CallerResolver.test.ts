import type { Client } from '@elastic/elasticsearch';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CallerResolver, SECURITY_OFF_NOTICE } from '../../../../src/main/access/CallerResolver';
import { resolveOperator } from '../../../../src/main/access/resolveOperator';
import { ElasticsearchAdapter } from '../../../../src/main/sources/elasticsearch/ElasticsearchAdapter';
import { openClusterSource, type ClusterSource } from '../../../../src/main/sources/openClusterSource';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { ClusterConnection, Settings } from '../../../../src/shared/domain/settings';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((done) => server.close(done));
});

/** A stand-in cluster that answers every request with this status and body, as Elasticsearch would. */
async function clusterAnswering(status: number, body: unknown): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
    response.end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const user = { id: 'ws', name: 'Workstation' };

/** The resolver's answer to `calls` calls in a row, and what it wrote to the main process log. */
async function callerAt(url: string, settings = Settings.parse({}), calls = 1) {
  const connection = ClusterConnection.parse({ id: 'c1', name: 'Test', url, auth: { kind: 'none' } });
  const opening = openClusterSource(connection, new MemorySecretStore());
  const logged: string[] = [];
  const resolver = new CallerResolver({ cluster: () => opening }, () => resolveOperator(settings, user), {
    log: (line) => void logged.push(line),
  });
  try {
    for (let call = 1; call < calls; call += 1) await resolver.current();
    return { ...(await resolver.current()), logged };
  } finally {
    await (await opening).close();
  }
}

/**
 * A cluster source whose client answers nothing of security: the console's own code then fails asking who
 * the operator is, as a fault of the console's would.
 */
function clusterWithFault(): ClusterSource {
  const client = { close: () => Promise.resolve() } as unknown as Client;
  const connection = { url: 'http://127.0.0.1:9200', username: null, usesApiKey: false, requestTimeoutMs: 5_000 };
  const adapter = new ElasticsearchAdapter(client, connection);
  return { adapter, close: () => adapter.close() } as unknown as ClusterSource;
}

describe('CallerResolver', () => {
  it('says plainly when the cluster has security off, and keeps the workstation role', async () => {
    const reason =
      'Security must be explicitly enabled when using a [basic] license. Enable security by setting ' +
      '[xpack.security.enabled] to [true] in the elasticsearch.yml file and restart the node.';
    const url = await clusterAnswering(500, { error: { type: 'exception', reason }, status: 500 });
    const settings = Settings.parse({ operators: [{ id: 'ws', name: 'Workstation', role: 'auditor', scope: null }] });
    const caller = await callerAt(url, settings);
    expect(caller.refusal).toBeNull();
    expect(caller.operator.role).toBe('auditor');
    expect(caller.identity).toMatchObject({ source: 'workstation', role: 'auditor', notice: SECURITY_OFF_NOTICE });
  });

  it('refuses reads when the cluster fails to say who the operator is', async () => {
    const url = await clusterAnswering(503, { error: { type: 'exception', reason: 'node is starting' }, status: 503 });
    const caller = await callerAt(url);
    expect(caller.refusal).toMatchObject({ code: 'UNAVAILABLE' });
    expect(caller.refusal?.message).toMatch(/^Cannot tell who you are on this cluster \(.*node is starting\)/);
    expect(caller.unvouched).toEqual(['app:read', 'settings:manage']);
    expect(caller.identity).toMatchObject({ source: 'unresolved', role: null });
  });

  it('logs the cluster’s failure once while it lasts, with its own message and without the secret it echoed', async () => {
    const reason = 'node is starting; Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345';
    const url = await clusterAnswering(503, { error: { type: 'exception', reason }, status: 503 });
    const caller = await callerAt(url, Settings.parse({}), 3);
    expect(caller.refusal).toMatchObject({ code: 'UNAVAILABLE' });
    expect(caller.logged).toHaveLength(1);
    expect(caller.logged[0]).toContain('The cluster failed to answer (status 503): node is starting');
    expect(caller.logged[0]).not.toContain('abcdefghijklmnopqrstuvwxyz012345');
  });

  it('names a fault of the console’s own as such, not the cluster’s, and logs it with its stack', async () => {
    const cluster = clusterWithFault();
    const logged: string[] = [];
    const resolver = new CallerResolver(
      { cluster: () => Promise.resolve(cluster) },
      () => resolveOperator(Settings.parse({}), user),
      { log: (line) => void logged.push(line) },
    );
    const caller = await resolver.current();
    expect(caller.refusal).toEqual({
      ok: false,
      code: 'INTERNAL',
      message:
        'Cannot tell who you are on this cluster (the console failed internally; the details are in the main ' +
        'process log); no log data is shown until it can.',
    });
    expect(caller.identity).toMatchObject({ source: 'unresolved', role: null });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('TypeError: Cannot read properties of undefined');
    expect(logged[0]).toMatch(/\n\s+at .*ElasticsearchAdapter/);
  });
});
