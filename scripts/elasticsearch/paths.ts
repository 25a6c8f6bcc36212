import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ES_VERSION = '9.4.3';
export const DEFAULT_PORT = 9200;
export const CLUSTER_NAME = 'audit-console-dev';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The connection file tests and the console's dev connection read (git-ignored `.local/`). */
export function localConnectionFile(root = repoRoot): string {
  return join(root, '.local', 'elasticsearch.json');
}

/**
 * Where distributions and node data are cached, outside the repo.
 * Root's home is normally mode 0700, where the unprivileged service user could not read the
 * distribution, so root defaults to /var/cache instead of ~/.cache.
 */
export function cacheBase(env: NodeJS.ProcessEnv, isRoot: boolean, home = homedir()): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && xdg !== '') return join(xdg, 'audit-console', 'elasticsearch');
  if (isRoot) return join('/var/cache', 'audit-console', 'elasticsearch');
  return join(home, '.cache', 'audit-console', 'elasticsearch');
}

export interface DistributionPaths {
  versionDir: string;
  zip: string;
  /** Unpacked distribution (ES_HOME). */
  home: string;
  /** Written after the zip was verified and unpacked; holds the SHA-512. */
  marker: string;
  lock: string;
}

export function distributionPaths(base: string, version = ES_VERSION): DistributionPaths {
  const versionDir = join(base, version);
  return {
    versionDir,
    zip: join(versionDir, `elasticsearch-${version}.zip`),
    home: join(versionDir, `elasticsearch-${version}`),
    marker: join(versionDir, 'distribution.sha512'),
    lock: join(versionDir, 'start.lock'),
  };
}

export interface NodePaths {
  nodeDir: string;
  config: string;
  data: string;
  logs: string;
  /** ES_TMPDIR; emptied before each start, since Elasticsearch leaves its temp files behind. */
  tmp: string;
  pidFile: string;
  logFile: string;
  /** Connection details of this node, including its password (mode 0600). */
  stateFile: string;
}

export function nodePaths(versionDir: string, port: number): NodePaths {
  const nodeDir = join(versionDir, 'nodes', String(port));
  const logs = join(nodeDir, 'logs');
  return {
    nodeDir,
    config: join(nodeDir, 'config'),
    data: join(nodeDir, 'data'),
    logs,
    tmp: join(nodeDir, 'tmp'),
    pidFile: join(logs, 'elasticsearch.pid'),
    logFile: join(logs, `${CLUSTER_NAME}.log`),
    stateFile: join(nodeDir, 'connection.json'),
  };
}

/** The port from `--port N` / `--port=N`, else ES_PORT, else 9200. */
export function parsePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined;
  let source = 'ES_PORT';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--port') {
      raw = argv[i + 1] ?? '';
      source = '--port';
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
      source = '--port';
    }
  }
  raw ??= env.ES_PORT;
  if (raw === undefined || raw === '') {
    if (source === '--port') throw new Error('--port needs a value, e.g. --port 9201');
    return DEFAULT_PORT;
  }
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`Invalid port from ${source}: "${raw}" (expected 1-65535)`);
  }
  return port;
}
