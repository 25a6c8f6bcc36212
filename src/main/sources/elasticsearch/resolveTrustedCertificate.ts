import { X509Certificate } from 'node:crypto';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import { ConsoleError } from '../../../shared/contract/errors';
import { displayUrl } from '../../../shared/domain/connectionUrl';
import { NOT_A_FILE, openRegularFile } from '../../files/openRegularFile';
import type { ConnectionTrust } from '../../../shared/domain/connectionTrust';
import { errnoCode } from '../../files/errnoCode';

const PROBE_TIMEOUT_MS = 10_000;

const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

/** The largest CA certificate file read: a system's whole bundle of CAs is a few hundred kilobytes. */
const MAX_CA_FILE_BYTES = 4 * 1024 * 1024;
const TOO_LARGE = 'ETOOLARGE';
const CA_READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'there is no such file',
  EACCES: 'it may not be read',
  EISDIR: 'it is a folder',
  [NOT_A_FILE]: 'it is not a file (a pipe, socket or device)',
  [TOO_LARGE]: 'it is larger than 4 MiB, too large for a CA certificate file',
};

/** The PEM of a CA certificate file, checked to hold at least one certificate; a failure names the field. */
export async function readCaCertificateFile(path: string): Promise<string> {
  let text: string;
  try {
    const handle = await openRegularFile(path);
    try {
      // A CA bundle is some kilobytes; a file of megabytes is not one, and is never read whole into memory.
      if ((await handle.stat()).size > MAX_CA_FILE_BYTES) throw Object.assign(new Error(path), { code: TOO_LARGE });
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errnoCode(error);
    throw new ConsoleError(
      'BAD_REQUEST',
      `The CA certificate file cannot be read: ${CA_READ_FAILURES[code ?? ''] ?? code}.`,
      'connection.tls.path',
    );
  }
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    if (blocks.length === 0) throw new Error('no certificate');
    for (const block of blocks) new X509Certificate(block);
  } catch {
    throw new ConsoleError(
      'BAD_REQUEST',
      'The file holds no PEM certificate (-----BEGIN CERTIFICATE----- …); choose the cluster’s CA certificate file.',
      'connection.tls.path',
    );
  }
  return blocks.join('\n');
}

/** The certificate chain a node presents, read in a TLS handshake that sends no request and no credential. */
function presentedChain(url: string, signal?: AbortSignal): Promise<DetailedPeerCertificate[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: hostname.replace(/^\[|\]$/g, ''),
      port: Number(port || 443),
      servername: /^[\d.]+$|:/.test(hostname) ? undefined : hostname,
      // Only to read the chain; nothing is written on this socket, and the client verifies as usual.
      rejectUnauthorized: false,
      timeout: PROBE_TIMEOUT_MS,
      ...(signal ? { signal } : {}),
    });
    socket.once('secureConnect', () => {
      const chain: DetailedPeerCertificate[] = [];
      for (let cert = socket.getPeerCertificate(true); cert?.raw && !chain.includes(cert);) {
        chain.push(cert);
        cert = cert.issuerCertificate;
      }
      socket.destroy();
      resolve(chain);
    });
    socket.once('timeout', () => socket.destroy(new Error('no TLS handshake within 10 seconds')));
    socket.once('error', reject);
  });
}

/**
 * The certificate the console trusts for a connection, as PEM for the client's `tls.ca`; undefined for
 * the system's certificates. A fingerprint is pinned by finding the certificate with that SHA-256 in a
 * node's chain: it becomes the only trust anchor, and the client's ordinary verification (chain and host
 * name) then runs before any credential is sent.
 */
export async function resolveTrustedCertificate(
  trust: ConnectionTrust,
  urls: readonly string[],
  signal?: AbortSignal,
): Promise<string | undefined> {
  if (trust.kind === 'system') return undefined;
  if (trust.kind === 'caFile') return readCaCertificateFile(trust.path);
  const failures: string[] = [];
  for (const url of urls) {
    let chain: DetailedPeerCertificate[];
    try {
      chain = await presentedChain(url, signal);
    } catch (error) {
      failures.push(`${displayUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const pinned = chain.find((cert) => cert.fingerprint256.toLowerCase().replace(/:/g, '') === trust.sha256);
    if (pinned) return toPem(pinned.raw);
    failures.push(`${displayUrl(url)} presents no certificate with this fingerprint`);
  }
  throw new ConsoleError(
    'BAD_REQUEST',
    `No node could be trusted by the fingerprint (${failures.join('; ')}); copy the CA fingerprint from the cluster again.`,
    'connection.tls.sha256',
  );
}
