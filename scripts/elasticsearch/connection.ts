import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { type Log, ensureDistribution } from './distribution';
import { type ClusterTarget, parseExternalTarget } from './esUrl';
import { isProcessAlive } from './exec';
import { checkHealth, fetchVersion, isPortInUse, waitForHealthy } from './health';
import { findJdk } from './jdk';
import { withLock } from './lock';
import {
  NodeStartError,
  type NodeRuntime,
  isOurNode,
  launchNode,
  logSize,
  logTail,
  prepareNode,
  readPid,
  runTool,
  stopProcess,
} from './node';
import {
  type NodePaths,
  ES_VERSION,
  cacheBase,
  distributionPaths,
  localConnectionFile,
  nodePaths,
  parsePort,
  repoRoot,
} from './paths';
import { type ConsoleUsersTarget, consoleUsersFile, ensureConsoleUsers } from './consoleUsers';
import { SERVICE_USER, assertServiceUserCanRead, ensureServiceUser, isRoot } from './serviceUser';

const localConnectionSchema = z.object({
  url: z.string(),
  username: z.string().optional(),
  password: z.string().optional(),
  apiKey: z.string().optional(),
  version: z.string().optional(),
  /** Only for the node these scripts started, as are `home` and `source: 'local'`. */
  pid: z.number().int().positive().optional(),
  home: z.string().optional(),
  source: z.enum(['local', 'external']),
});

/** How to reach the dev/test cluster; the shape of `<repo>/.local/elasticsearch.json`. */
export type LocalConnection = z.infer<typeof localConnectionSchema>;

/** The connection `npm run es:start` last wrote for this checkout, or undefined if there is none. */
export function readLocalConnection(file = localConnectionFile()): LocalConnection | undefined {
  return readConnectionFile(file);
}

export function readConnectionFile(file: string): LocalConnection | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = localConnectionSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid connection file (${parsed.error.message}); run npm run es:start`);
  }
  return parsed.data;
}

/** Written 0600: it holds a password. */
export function writeConnectionFile(file: string, connection: LocalConnection): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

export interface EnsureOptions {
  /** Default: ES_PORT, else 9200. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Where `.local/elasticsearch.json` is written. Default: this repository. */
  repoRoot?: string;
  /** How long the node may take to start and turn yellow. Default 180 s (88 s seen on a busy 2-core machine). */
  timeoutMs?: number;
  log?: Log;
}

/**
 * A healthy cluster to work against. With ES_URL set, that existing cluster is checked and
 * returned, and no file is written (its credentials are the caller's, and es:stop must never touch
 * it). Otherwise the local node for the port is reused when it is ours and healthy, or started;
 * its connection is written to `<repo>/.local/elasticsearch.json`.
 */
export async function ensureElasticsearch(options: EnsureOptions = {}): Promise<LocalConnection> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const external = parseExternalTarget(env);
  if (external !== undefined) return connectExternal(external, log);

  const port = options.port ?? parsePort([], env);
  const timeoutMs = options.timeoutMs ?? 180_000;
  const dist = distributionPaths(cacheBase(env, isRoot()));
  mkdirSync(dist.versionDir, { recursive: true, mode: 0o755 });
  return withLock(dist.lock, 10 * 60_000, async () => {
    const paths = nodePaths(dist.versionDir, port);
    const connection =
      (await reuseRunningNode(paths, port, timeoutMs, log)) ?? (await startNode(env, paths, port, timeoutMs, log));
    const file = localConnectionFile(options.repoRoot ?? repoRoot);
    writeConnectionFile(file, connection);
    await ensureNodeConsoleUsers(env, connection, paths, port, consoleUsersFile(file));
    return connection;
  });
}

/** One file-realm user per console role on our own node, their passwords beside the connection file. */
async function ensureNodeConsoleUsers(
  env: NodeJS.ProcessEnv,
  connection: LocalConnection,
  paths: NodePaths,
  port: number,
  file: string,
): Promise<void> {
  const target = consoleUsersTarget(env, connection, paths, port);
  if (target !== undefined) await ensureConsoleUsers(target, file);
}

/** How to manage the file realm of a node these scripts started; undefined for any other cluster. */
export function consoleUsersTarget(
  env: NodeJS.ProcessEnv,
  connection: LocalConnection,
  paths: NodePaths,
  port: number,
): ConsoleUsersTarget | undefined {
  if (connection.home === undefined || connection.username === undefined || connection.password === undefined) {
    return undefined;
  }
  const runtime: NodeRuntime = { home: connection.home, jdkHome: findJdk(env).home, paths, port };
  return {
    url: connection.url,
    elastic: { username: connection.username, password: connection.password },
    configDir: paths.config,
    runTool: (tool, args) => runTool(runtime, tool, args),
  };
}

async function connectExternal(target: ClusterTarget, log: Log): Promise<LocalConnection> {
  const health = await checkHealth(target, 5);
  switch (health.kind) {
    case 'unreachable':
      throw new Error(`Cannot reach ${target.url} (ES_URL) — ${health.detail}`);
    case 'unauthorized':
      throw new Error(
        `${target.url} (ES_URL) rejected the credentials from ES_URL / ES_USERNAME / ES_API_KEY (HTTP 401)`,
      );
    case 'not-ready':
      throw new Error(`${target.url} (ES_URL) is not healthy (yellow or better): ${health.detail}`);
    case 'forbidden':
      log(`Note: the ES_URL user may not read cluster health (no 'monitor' privilege); continuing.`);
      break;
    case 'healthy':
      break;
  }
  const version = await fetchVersion(target);
  log(
    `Using the existing cluster at ${target.url} (ES_URL)${version === undefined ? '' : `, Elasticsearch ${version}`}.`,
  );
  return { ...target, ...(version === undefined ? {} : { version }), source: 'external' };
}

async function reuseRunningNode(
  paths: NodePaths,
  port: number,
  timeoutMs: number,
  log: Log,
): Promise<LocalConnection | undefined> {
  const state = readConnectionFile(paths.stateFile);
  const pid = readPid(paths) ?? state?.pid;
  if (state === undefined || pid === undefined || !isOurNode(pid, paths)) return undefined;

  const health = await waitForHealthy(state, { deadline: Date.now() + timeoutMs, giveUp: () => !isProcessAlive(pid) });
  if (health.kind === 'healthy') {
    log(`Elasticsearch ${ES_VERSION} is already running on ${state.url} (pid ${pid}, ${health.status}); reusing it.`);
    return { ...state, pid };
  }
  if (health.kind === 'unauthorized' || health.kind === 'forbidden') {
    throw new Error(
      `Elasticsearch on port ${port} (pid ${pid}) rejects the credentials in ${paths.stateFile}. ` +
        `Run npm run es:stop -- --port ${port}, delete ${paths.nodeDir} and start again.`,
    );
  }
  if (!isProcessAlive(pid)) return undefined; // it died while we looked: start afresh
  throw new Error(
    `Elasticsearch on port ${port} (pid ${pid}) is running but not healthy: ${health.detail}\n${logTail(paths)}`,
  );
}

async function startNode(
  env: NodeJS.ProcessEnv,
  paths: NodePaths,
  port: number,
  timeoutMs: number,
  log: Log,
): Promise<LocalConnection> {
  if (await isPortInUse(port)) {
    throw new Error(`Port ${port} is in use by another process; pass --port N or set ES_URL`);
  }
  const jdk = findJdk(env);
  const home = await ensureDistribution(distributionPaths(cacheBase(env, isRoot())), log);
  if (isRoot()) {
    await ensureServiceUser();
    await assertServiceUserCanRead(join(home, 'bin', 'elasticsearch'));
  }
  const runtime: NodeRuntime = { home, jdkHome: jdk.home, paths, port };
  const password = await prepareNode(runtime, readConnectionFile(paths.stateFile)?.password);
  const connection: LocalConnection = {
    url: `http://127.0.0.1:${port}`,
    username: 'elastic',
    password,
    version: ES_VERSION,
    home,
    source: 'local',
  };
  // Saved before launching, so the password in the keystore is never lost.
  writeConnectionFile(paths.stateFile, connection);

  const runAs = isRoot() ? `, as user ${SERVICE_USER}` : '';
  log(`Starting Elasticsearch ${ES_VERSION} on ${connection.url} (JDK ${jdk.major} at ${jdk.home}${runAs}) ...`);
  const startedAt = Date.now();
  const deadline = startedAt + timeoutMs;
  const logStart = logSize(paths);
  const pid = await launchNode(runtime, timeoutMs, logStart);
  const health = await waitForHealthy(connection, { deadline, giveUp: () => !isProcessAlive(pid) });
  if (health.kind !== 'healthy') {
    if (isProcessAlive(pid)) await stopProcess(pid);
    const why = health.kind === 'unauthorized' ? 'the generated elastic password was rejected' : `${health.kind}`;
    const detail = 'detail' in health ? `: ${health.detail}` : '';
    throw new NodeStartError(
      `Elasticsearch (pid ${pid}) did not become healthy within ${timeoutMs / 1000} s (${why}${detail}); stopped it.\n` +
        logTail(paths, logStart),
    );
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  log(`Elasticsearch ${ES_VERSION} is up on ${connection.url} in ${seconds} s (pid ${pid}, ${health.status}).`);
  const running = { ...connection, pid };
  writeConnectionFile(paths.stateFile, running);
  return running;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
