import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CallerResolver, SECURITY_OFF_NOTICE } from '../../../../src/main/access/CallerResolver';
import { resolveOperator } from '../../../../src/main/access/resolveOperator';
import { openClusterSource } from '../../../../src/main/sources/openClusterSource';
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

async function callerAt(url: string, settings = Settings.parse({})) {
  const connection = ClusterConnection.parse({ id: 'c1', name: 'Test', url, auth: { kind: 'none' } });
  const opening = openClusterSource(connection, new MemorySecretStore());
  const user = { id: 'ws', name: 'Workstation' };
  const resolver = new CallerResolver({ cluster: () => opening }, () => resolveOperator(settings, user));
  try {
    return await resolver.current();
  } finally {
    await (await opening).close();
  }
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
});
