import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionTestReport } from '../../../../src/shared/contract/settingsChannels';
import type { Result } from '../../../../src/shared/contract/errors';
import type { ConnectionTrust } from '../../../../src/shared/domain/connectionTrust';
import { startSettingsConsole, type SettingsConsole } from '../../support/startSettingsConsole';
import { startTlsNode, type TlsNode } from '../../support/startTlsNode';
import { TlsRecordRelay } from '../../support/tlsRecordRelay';

// One HTTPS node for the whole file: it costs a JVM start (its time is logged), so every case shares it.
let node: TlsNode;
const relays: TlsRecordRelay[] = [];
const consoles: SettingsConsole[] = [];

beforeAll(async () => {
  node = await startTlsNode((line) => console.log(`[tls node] ${line}`));
}, 300_000);

afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.close();
  for (const running of consoles.splice(0)) await running.close();
});

afterAll(async () => {
  await node?.stop();
});

/** "Test connection" through the console's connection code, to the node behind a relay that counts what the client sent. */
async function testThroughRelay(
  host: '127.0.0.1' | 'localhost',
  tls: ConnectionTrust,
): Promise<{ result: Result<unknown>; relay: TlsRecordRelay; url: string }> {
  const relay = new TlsRecordRelay(node.port);
  relays.push(relay);
  const url = `https://${host}:${await relay.listen()}`;
  const running = await startSettingsConsole();
  consoles.push(running);
  const result = await running.call('settings/connection/test', {
    connection: { name: 'tls node', url, tls, auth: { kind: 'basic', username: 'elastic' } },
    secret: node.password,
  });
  return { result, relay, url };
}

function reportOf(result: Result<unknown>): ConnectionTestReport {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data as ConnectionTestReport;
}

describe('a real Elasticsearch node serving HTTPS with its own CA', () => {
  it('connects and reports when its CA file is trusted', async () => {
    const { result, relay, url } = await testThroughRelay('127.0.0.1', { kind: 'caFile', path: node.caFile });
    const report = reportOf(result);
    expect(report).toMatchObject({ state: 'connected', detail: null, securityOff: false });
    expect(report.nodes).toEqual([
      { url, reachable: true, reason: null, version: expect.stringMatching(/^\d+\.\d+\.\d+/), detail: null },
    ]);
    expect(report.identity).toMatchObject({ username: 'elastic', roles: ['superuser'] });
    expect(report.clusterUuid).toEqual(expect.any(String));
    // Requests went over the relay as application data: the check below can tell.
    expect(relay.applicationDataRecords()).toBeGreaterThan(0);
  });

  it('connects when the CA’s fingerprint is pinned', async () => {
    const { result } = await testThroughRelay('127.0.0.1', { kind: 'fingerprint', sha256: node.caFingerprint });
    expect(reportOf(result)).toMatchObject({ state: 'connected', identity: { username: 'elastic' } });
  });

  it('refuses a node whose certificate another CA signed, and sends no credential', async () => {
    const { result, relay, url } = await testThroughRelay('127.0.0.1', { kind: 'caFile', path: node.otherCaFile });
    const report = reportOf(result);
    expect(report.state).toBe('unreachable');
    expect(report.identity).toBeNull();
    expect(report.detail).toBe(`Cannot reach ${url} — its TLS certificate is not trusted`);
    expect(relay.clientRecords.length).toBeGreaterThan(0);
    expect(relay.applicationDataRecords()).toBe(0);
  });

  it('refuses a fingerprint no certificate of the node has, and sends no credential', async () => {
    const { result, relay, url } = await testThroughRelay('127.0.0.1', {
      kind: 'fingerprint',
      sha256: node.otherCaFingerprint,
    });
    expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(result.ok ? '' : result.message).toBe(
      `No node could be trusted by the fingerprint (${url} presents no certificate with this fingerprint); ` +
        'copy the CA fingerprint from the cluster again.',
    );
    expect(relay.clientRecords.length).toBeGreaterThan(0);
    expect(relay.applicationDataRecords()).toBe(0);
  });

  it('refuses a host name the certificate does not name, even with its CA trusted, and sends no credential', async () => {
    const { result, relay, url } = await testThroughRelay('localhost', { kind: 'caFile', path: node.caFile });
    const report = reportOf(result);
    expect(report.state).toBe('unreachable');
    expect(report.detail).toBe(
      `Cannot reach ${url} — its TLS certificate is not issued for this host name; use a name or address the certificate lists`,
    );
    expect(relay.clientRecords.length).toBeGreaterThan(0);
    expect(relay.applicationDataRecords()).toBe(0);
  });
});
