import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readCaCertificateFile,
  resolveTrustedCertificate,
} from '../../../../../src/main/sources/elasticsearch/resolveTrustedCertificate';

const dir = mkdtempSync(join(tmpdir(), 'trust-'));
let server: Server;
let url: string;
let fingerprint: string;
let heard = 0;

beforeAll(async () => {
  // A self-signed certificate for 127.0.0.1, as a cluster with its own CA would present.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  fingerprint = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-in', join(dir, 'cert.pem')])
    .toString()
    .replace(/^.*=/, '')
    .trim()
    .replace(/:/g, '')
    .toLowerCase();
  server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (_request, response) => {
      heard++;
      response.end('{}');
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe('the certificate a connection trusts', () => {
  it('reads a CA file holding a PEM certificate', async () => {
    expect(await readCaCertificateFile(join(dir, 'cert.pem'))).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it.each([
    ['a missing file', 'missing.pem', '', /no such file/],
    ['a file with no certificate', 'notes.txt', 'hello', /no PEM certificate/],
    ['a damaged certificate', 'bad.pem', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', /no PEM/],
  ])('refuses %s next to the path field', async (_, name, content, message) => {
    if (content) writeFileSync(join(dir, name), content);
    await expect(readCaCertificateFile(join(dir, name))).rejects.toMatchObject({
      field: 'connection.tls.path',
      message: expect.stringMatching(message),
    });
  });

  it('pins the certificate whose fingerprint was given, reading the chain without sending a request', async () => {
    const pem = await resolveTrustedCertificate({ kind: 'fingerprint', sha256: fingerprint }, [url]);
    expect(pem).toBe(execFileSync('openssl', ['x509', '-in', join(dir, 'cert.pem')]).toString());
    expect(heard).toBe(0);
  });

  it('refuses a node whose chain has no certificate of that fingerprint, next to the fingerprint field', async () => {
    await expect(
      resolveTrustedCertificate({ kind: 'fingerprint', sha256: 'ab'.repeat(32) }, ['https://127.0.0.1:1', url]),
    ).rejects.toMatchObject({
      field: 'connection.tls.sha256',
      message: expect.stringMatching(/127\.0\.0\.1:1: .*; https:\/\/127\.0\.0\.1:\d+ presents no certificate/),
    });
    expect(heard).toBe(0);
  });
});
