import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTestReport } from '../../../../src/shared/contract/settingsChannels';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';

const running: SettingsConsole[] = [];
const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const console_ of running.splice(0)) await console_.close();
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A loopback server (its sockets accepted and left unanswered), or, closed at once, a port nothing listens on. */
async function loopbackPort(keepOpen: boolean): Promise<number> {
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (keepOpen) servers.push(server);
  else await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** "Test connection" for an unsaved connection, as the admin's renderer asks it. */
async function test(connection: Record<string, unknown>): Promise<ConnectionTestReport> {
  const console_ = await startSettingsConsole();
  running.push(console_);
  const result = await console_.call('settings/connection/test', {
    connection: { name: 'nowhere', auth: { kind: 'basic', username: 'auditor' }, ...connection },
    secret: 'pw',
  });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as ConnectionTestReport;
}

const REFUSED_ADVICE =
  'nothing listens at that address and port; check the URL and port, and that the cluster is running';

describe('a node that cannot be reached, said the same at the top and beside the node', () => {
  it('a closed port: connection refused, nothing listens there', async () => {
    const url = `http://127.0.0.1:${await loopbackPort(false)}`;
    const report = await test({ url });
    expect(report.state).toBe('unreachable');
    expect(report.detail).toBe(`Cannot reach ${url} — connection refused: ${REFUSED_ADVICE}`);
    expect(report.nodes).toEqual([
      { url, reachable: false, reason: 'connection refused', version: null, detail: report.detail },
    ]);
  });

  it('a port that accepts and never answers: no answer within the connection’s limit', async () => {
    const url = `http://127.0.0.1:${await loopbackPort(true)}`;
    const report = await test({ url, requestTimeoutMs: 1_000 });
    expect(report.nodes).toEqual([
      { url, reachable: false, reason: 'no answer within 1 s', version: null, detail: report.detail },
    ]);
    expect(report.detail).toBe(
      `Cannot reach ${url} — no answer within 1 s; check the URL and port, and that the cluster is running and not overloaded`,
    );
  });

  it('a host name that does not resolve: host not found', async () => {
    const report = await test({ url: 'http://host.invalid:9200' });
    expect(report.nodes).toMatchObject([{ reachable: false, reason: 'host not found' }]);
    expect(report.detail).toBe(
      'Cannot reach http://host.invalid:9200 — host not found: check the host name in the URL',
    );
  });

  it('several nodes: each one with its reason, and what to check where one was refused', async () => {
    const closed = `http://127.0.0.1:${await loopbackPort(false)}`;
    const report = await test({ url: closed, failoverUrls: ['http://host.invalid:9200'] });
    expect(report.nodes.map((node) => [node.url, node.reason])).toEqual([
      [closed, 'connection refused'],
      ['http://host.invalid:9200', 'host not found'],
    ]);
    expect(report.detail).toBe(
      `None of the 2 nodes could be reached: ${closed} — connection refused; http://host.invalid:9200 — host not found. ` +
        'Where the connection was refused, nothing listens at that address and port: check the URL and port, and that the cluster is running.',
    );
  });
});
