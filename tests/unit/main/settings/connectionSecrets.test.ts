import { describe, expect, it } from 'vitest';
import { readConnectionSecret, storeConnectionSecret } from '../../../../src/main/settings/connectionSecrets';
import { MemorySecretStore } from '../../../../src/main/settings/MemorySecretStore';
import { ClusterConnection } from '../../../../src/shared/domain/settings';

const saved = ClusterConnection.parse({
  id: 'prod',
  name: 'prod',
  url: 'https://es1.example.com:9200',
  failoverUrls: ['https://es2.example.com:9200'],
  auth: { kind: 'basic', username: 'kim' },
  tls: { kind: 'fingerprint', sha256: 'ab'.repeat(32) },
});

describe('a stored secret is bound to every node, the user and the trusted certificates', () => {
  it('is read back for the connection exactly as saved', async () => {
    const secrets = new MemorySecretStore();
    await storeConnectionSecret(secrets, saved, 'pw');
    expect(await readConnectionSecret(secrets, saved)).toBe('pw');
  });

  it.each([
    ['a node added', { failoverUrls: ['https://es2.example.com:9200', 'https://evil.example:9200'] }],
    ['a node replaced', { failoverUrls: ['https://evil.example:9200'] }],
    ['the nodes reordered', { url: 'https://es2.example.com:9200', failoverUrls: ['https://es1.example.com:9200'] }],
    ['a node removed', { failoverUrls: [] }],
    ['another fingerprint', { tls: { kind: 'fingerprint', sha256: 'cd'.repeat(32) } }],
    ['a CA file instead', { tls: { kind: 'caFile', path: '/tmp/evil-ca.pem' } }],
    ['the system’s certificates instead', { tls: { kind: 'system' } }],
  ])('is withheld with %s', async (_, change) => {
    const secrets = new MemorySecretStore();
    await storeConnectionSecret(secrets, saved, 'pw');
    expect(await readConnectionSecret(secrets, { ...saved, ...change } as ClusterConnection)).toBeUndefined();
  });

  it('still serves a one-node connection stored before node lists and trust were part of the binding', async () => {
    const secrets = new MemorySecretStore();
    const legacy = {
      id: 'old',
      url: 'https://es1.example.com:9200',
      auth: { kind: 'basic', username: 'kim' },
    } as const;
    await secrets.set(
      'old',
      JSON.stringify({ boundTo: JSON.stringify(['https://es1.example.com:9200/', 'basic', 'kim']), secret: 'pw' }),
    );
    expect(await readConnectionSecret(secrets, ClusterConnection.parse({ ...legacy, name: 'old' }))).toBe('pw');
  });
});
