import { describe, expect, it } from 'vitest';
import { SaveConnectionRequest } from '../../../../../../src/shared/contract/settingsChannels';
import { validateConnectionRequest } from '../../../../../../src/renderer/src/features/settings/connectionFormErrors';

const base = {
  name: 'prod',
  url: 'https://es1.example.com:9200',
  auth: { kind: 'basic', username: 'kim' },
};
const request = (connection: Record<string, unknown>) => ({ connection: { ...base, ...connection }, secret: 'pw' });

describe('a connection’s nodes and TLS trust, validated field by field', () => {
  it.each([
    ['another node', { failoverUrls: ['https://es2.example.com:9200'] }],
    ['a CA file', { tls: { kind: 'caFile', path: '/etc/ssl/es-ca.pem' } }],
    ['a Windows CA file', { tls: { kind: 'caFile', path: 'C:\\certs\\es-ca.pem' } }],
    ['a fingerprint with colons', { tls: { kind: 'fingerprint', sha256: `${'AB:'.repeat(31)}AB` } }],
  ])('accepts %s', (_, connection) => {
    expect(validateConnectionRequest(request(connection))).toEqual({ fields: {}, form: null });
  });

  it.each([
    [{ failoverUrls: ['es2:9200'] }, 'connection.failoverUrls', /^Line 1: .*http/],
    [
      { failoverUrls: ['https://es2:9200', 'http://kim:pw@es3:9200'] },
      'connection.failoverUrls',
      /^Line 2: .*user name/,
    ],
    [{ failoverUrls: ['https://es1.example.com:9200/'] }, 'connection.failoverUrls', /^Line 1: .*listed twice/],
    [
      { failoverUrls: Array(10).fill('https://x:9200') },
      'connection.failoverUrls',
      /too many other nodes: keep at most 9; this one has 10\./,
    ],
    [{ tls: { kind: 'caFile', path: '' } }, 'connection.tls.path', /path of the CA certificate/],
    [{ tls: { kind: 'caFile', path: 'certs/ca.pem' } }, 'connection.tls.path', /full path/],
    [{ tls: { kind: 'fingerprint', sha256: 'abc' } }, 'connection.tls.sha256', /64 hexadecimal/],
    [{ tls: { kind: 'fingerprint', sha256: 'g'.repeat(64) } }, 'connection.tls.sha256', /64 hexadecimal/],
    [{ url: 'http://es1:9200', tls: { kind: 'fingerprint', sha256: 'a'.repeat(64) } }, 'connection.url', /https/],
    [
      { failoverUrls: ['http://es2:9200'], tls: { kind: 'caFile', path: '/ca.pem' } },
      'connection.failoverUrls',
      /^Line 1: .*https/,
    ],
  ])('%j: an error next to %s', (connection, field, message) => {
    const errors = validateConnectionRequest(request(connection));
    expect(errors.form).toBeNull();
    expect(Object.keys(errors.fields)).toEqual([field]);
    expect(errors.fields[field as keyof typeof errors.fields]).toMatch(message);
  });

  it('keeps one spelling of a fingerprint, so spellings of one bind alike', () => {
    const parsed = SaveConnectionRequest.parse(
      request({ tls: { kind: 'fingerprint', sha256: ` ${'Ab:'.repeat(31)}aB ` } }),
    );
    expect(parsed.connection.tls).toEqual({ kind: 'fingerprint', sha256: 'ab'.repeat(32) });
  });

  it('gives a connection saved before nodes and trust existed one node and the system’s certificates', () => {
    const parsed = SaveConnectionRequest.parse(request({}));
    expect(parsed.connection).toMatchObject({ failoverUrls: [], tls: { kind: 'system' } });
  });
});

describe('a node on port 0', () => {
  const PORT = 'The port must be a whole number from 1 to 65535 (Elasticsearch listens on 9200 unless set otherwise).';

  it.each([
    [{ url: 'http://es1.example.com:0' }, 'connection.url', PORT],
    [{ failoverUrls: ['https://es2.example.com:9200', 'http://es3:00'] }, 'connection.failoverUrls', `Line 2: ${PORT}`],
  ])('%j is refused at %s with the sentence other ports get', (connection, field, message) => {
    const errors = validateConnectionRequest(request(connection));
    expect(errors.fields[field as keyof typeof errors.fields]).toBe(message);
  });
});
