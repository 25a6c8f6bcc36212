import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDistribution } from '../../../scripts/elasticsearch/distribution';
import { isPortInUse } from '../../../scripts/elasticsearch/health';
import { findJdk } from '../../../scripts/elasticsearch/jdk';
import {
  type NodeRuntime,
  launchNode,
  logSize,
  logTail,
  prepareNode,
  stopProcess,
} from '../../../scripts/elasticsearch/node';
import { cacheBase, distributionPaths, nodePaths } from '../../../scripts/elasticsearch/paths';
import { ensureServiceUser, giveToServiceUser, isRoot } from '../../../scripts/elasticsearch/serviceUser';
import { createElasticsearchClient } from '../../../src/main/sources/elasticsearch/createElasticsearchClient';

/** A second, small node from the cached distribution serving HTTPS with a CA of its own. */
export interface TlsNode {
  url: string;
  port: number;
  password: string;
  /** The node's CA (PEM file) and its SHA-256 fingerprint; another CA that signed nothing of the node's. */
  caFile: string;
  caFingerprint: string;
  otherCaFile: string;
  otherCaFingerprint: string;
  startSeconds: number;
  stop(): Promise<void>;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** A CA and a node certificate for 127.0.0.1 only (so `localhost` is a host-name mismatch), and a second CA. */
function makeCertificates(dir: string): void {
  const ca = (name: string, subject: string) =>
    openssl(
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', subject, '-keyout', `${name}.key`]
        .concat(['-out', `${name}.crt`, '-addext', 'basicConstraints=critical,CA:TRUE'])
        .concat(['-addext', 'keyUsage=critical,keyCertSign,cRLSign']),
      dir,
    );
  ca('ca', '/CN=Audit Console test CA');
  ca('other-ca', '/CN=Someone else CA');
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'node.key', '-out', 'node.csr'],
    dir,
  );
  writeFileSync(
    join(dir, 'node.ext'),
    'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    ['x509', '-req', '-in', 'node.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2'].concat([
      '-extfile',
      'node.ext',
      '-out',
      'node-only.crt',
    ]),
    dir,
  );
  // The node presents its chain, as Elasticsearch's own set-up does: its certificate, then the CA's.
  writeFileSync(
    join(dir, 'node.crt'),
    readFileSync(join(dir, 'node-only.crt'), 'utf8') + readFileSync(join(dir, 'ca.crt'), 'utf8'),
  );
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (!(await isPortInUse(port))) return port;
  throw new Error(`No free port in ${from}-${from + 49} for the HTTPS test node`);
}

const fingerprintOf = (file: string) =>
  new X509Certificate(readFileSync(file)).fingerprint256.replace(/:/g, '').toLowerCase();

/**
 * Starts the node with the es:start code: its own directory under the distribution cache, a small heap,
 * HTTPS with PEM files (`xpack.security.http.ssl.*`), TLS 1.2 only so a relay can tell the handshake
 * from application data. Resolves once the cluster is yellow over HTTPS with the CA trusted.
 */
export async function startTlsNode(log: (line: string) => void): Promise<TlsNode> {
  const startedAt = Date.now();
  const port = await freePort(Number(process.env.ES_PORT ?? 9200) + 1000);
  const dist = distributionPaths(cacheBase(process.env, isRoot()));
  const home = await ensureDistribution(dist, log);
  if (isRoot()) await ensureServiceUser();
  const paths = nodePaths(dist.versionDir, port);
  rmSync(paths.nodeDir, { recursive: true, force: true });
  const runtime: NodeRuntime = { home, jdkHome: findJdk(process.env).home, paths, port, javaOpts: '-Xms256m -Xmx256m' };
  const certificates = mkdtempSync(join(tmpdir(), 'es-tls-'));
  makeCertificates(certificates);
  mkdirSync(join(paths.config, 'tls'), { recursive: true });
  for (const file of ['node.crt', 'node.key', 'ca.crt'])
    cpSync(join(certificates, file), join(paths.config, 'tls', file));
  const password = await prepareNode(runtime, undefined, {
    'xpack.security.http.ssl.enabled': true,
    'xpack.security.http.ssl.certificate': 'tls/node.crt',
    'xpack.security.http.ssl.key': 'tls/node.key',
    'xpack.security.http.ssl.certificate_authorities': 'tls/ca.crt',
    'xpack.security.http.ssl.supported_protocols': 'TLSv1.2',
  });
  await giveToServiceUser([paths.config]);
  const url = `https://127.0.0.1:${port}`;
  const pid = await launchNode(runtime, 180_000, logSize(paths));
  const stop = async () => {
    await stopProcess(pid);
    rmSync(paths.nodeDir, { recursive: true, force: true });
    rmSync(certificates, { recursive: true, force: true });
  };
  const client = createElasticsearchClient({
    url,
    username: 'elastic',
    password,
    caCertificate: readFileSync(join(certificates, 'ca.crt'), 'utf8'),
  });
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const health = await client.cluster.health({ wait_for_status: 'yellow', timeout: '5s' }).catch(() => null);
      if (health !== null && health.status !== 'red') break;
      if (Date.now() > deadline)
        throw new Error(`The HTTPS test node on ${url} did not turn yellow.\n${logTail(paths)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await client.close();
  }
  const startSeconds = (Date.now() - startedAt) / 1000;
  log(`HTTPS test node up on ${url} in ${startSeconds.toFixed(1)} s (pid ${pid})`);
  return {
    url,
    port,
    password,
    caFile: join(certificates, 'ca.crt'),
    caFingerprint: fingerprintOf(join(certificates, 'ca.crt')),
    otherCaFile: join(certificates, 'other-ca.crt'),
    otherCaFingerprint: fingerprintOf(join(certificates, 'other-ca.crt')),
    startSeconds,
    stop,
  };
}
