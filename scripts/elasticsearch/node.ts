import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, lastLines, run, runOrThrow, sleep } from './exec';
import { type SettingValue, nodeSettings, renderSettingsYaml } from './nodeSettings';
import type { NodePaths } from './paths';
import { asServiceUser, giveToServiceUser } from './serviceUser';

export const DEFAULT_HEAP = '-Xms512m -Xmx1g';

export interface NodeRuntime {
  home: string;
  jdkHome: string;
  paths: NodePaths;
  port: number;
  /** ES_JAVA_OPTS for this node; default ES_JAVA_OPTS, else DEFAULT_HEAP. */
  javaOpts?: string;
}

function nodeEnv(runtime: NodeRuntime): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ES_JAVA_HOME: runtime.jdkHome,
    ES_PATH_CONF: runtime.paths.config,
    ES_TMPDIR: runtime.paths.tmp,
    // The launcher's own JVM (it probes the final JVM flags) otherwise leaves files in /tmp.
    CLI_JAVA_OPTS: `-Djava.io.tmpdir=${runtime.paths.tmp}`,
    ES_JAVA_OPTS: runtime.javaOpts ?? process.env.ES_JAVA_OPTS ?? DEFAULT_HEAP,
  };
}

/** Runs one of the node's CLI tools with its config, as the service user when root. */
export async function runTool(runtime: NodeRuntime, tool: string, args: string[], input?: string): Promise<void> {
  const { command, args: fullArgs } = asServiceUser(join(runtime.home, 'bin', tool), args);
  await runOrThrow(command, fullArgs, tool, { env: nodeEnv(runtime), ...(input === undefined ? {} : { input }) });
}

/**
 * Lays out the node's config, data and log directories and its keystore; `extraSettings` add to or
 * replace the dev node's settings (e.g. HTTPS for a test node). The `elastic` user's
 * password goes in as `bootstrap.password`, which the reserved realm accepts until a password is
 * set through the API (we never do). Returns the password: the known one, or a new random one.
 */
export async function prepareNode(
  runtime: NodeRuntime,
  knownPassword: string | undefined,
  extraSettings: Record<string, SettingValue> = {},
): Promise<string> {
  const { paths } = runtime;
  rmSync(paths.tmp, { recursive: true, force: true });
  for (const dir of [paths.nodeDir, paths.data, paths.logs, paths.tmp])
    mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (!existsSync(join(paths.config, 'jvm.options'))) {
    cpSync(join(runtime.home, 'config'), paths.config, { recursive: true });
  }
  writeFileSync(
    join(paths.config, 'elasticsearch.yml'),
    renderSettingsYaml({
      ...nodeSettings({ port: runtime.port, dataDir: paths.data, logsDir: paths.logs }),
      ...extraSettings,
    }),
  );
  await giveToServiceUser([paths.config, paths.data, paths.logs, paths.tmp]);

  const keystore = join(paths.config, 'elasticsearch.keystore');
  const keystoreIsNew = !existsSync(keystore);
  if (keystoreIsNew) await runTool(runtime, 'elasticsearch-keystore', ['create']);
  if (knownPassword !== undefined && !keystoreIsNew) return knownPassword;
  const password = knownPassword ?? randomBytes(18).toString('base64url');
  await runTool(runtime, 'elasticsearch-keystore', ['add', '--force', '--stdin', 'bootstrap.password'], password);
  return password;
}

export class NodeStartError extends Error {}

/** Launches the node as a daemon (`-d -p pidfile`); resolves with its pid once it reports started. */
export async function launchNode(runtime: NodeRuntime, timeoutMs: number, logStart: number): Promise<number> {
  rmSync(runtime.paths.pidFile, { force: true }); // left behind by a node that was killed
  const { command, args } = asServiceUser(join(runtime.home, 'bin', 'elasticsearch'), [
    '-d',
    '-p',
    runtime.paths.pidFile,
  ]);
  const result = await run(command, args, { env: nodeEnv(runtime), detached: true, timeoutMs });
  const pid = readPid(runtime.paths);
  if (result.code !== 0 || pid === undefined) {
    const why =
      result.code === null ? `not started within ${timeoutMs / 1000} s` : `launcher exit code ${String(result.code)}`;
    throw new NodeStartError(
      `Elasticsearch failed to start on port ${runtime.port} (${why}).\n` +
        `--- launcher output (last lines) ---\n${lastLines(result.output, 15)}\n` +
        logTail(runtime.paths, logStart),
    );
  }
  return pid;
}

export function readPid(paths: NodePaths): number | undefined {
  try {
    const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether pid is the node that uses these directories. Where /proc is missing (macOS), a live pid
 * is taken at its word; the health check with the node's random password then confirms it.
 */
export function isOurNode(pid: number, paths: NodePaths): boolean {
  if (!isProcessAlive(pid)) return false;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    // The launcher hands the config path to the JVM on stdin, not on the command line.
    const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return environment.includes(`ES_PATH_CONF=${paths.config}`);
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if the node has not exited after `graceMs`. */
export async function stopProcess(pid: number, graceMs = 60_000): Promise<'stopped' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return 'stopped';
  process.kill(pid, 'SIGKILL');
  if (await waitForExit(pid, 10_000)) return 'killed';
  throw new Error(`Elasticsearch (pid ${pid}) did not exit even after SIGKILL`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await sleep(200);
  }
  return !isProcessAlive(pid);
}

/** The size of the node's log now, so an error shows only what this start wrote. */
export function logSize(paths: NodePaths): number {
  try {
    return statSync(paths.logFile).size;
  } catch {
    return 0;
  }
}

/** The last lines of the node's log written after byte `from`, for error messages. */
export function logTail(paths: NodePaths, from = 0, count = 40): string {
  let written: string;
  try {
    written = readFileSync(paths.logFile).subarray(from).toString('utf8');
  } catch {
    return `(no log file at ${paths.logFile})`;
  }
  if (written.trim() === '') return `(nothing new in ${paths.logFile})`;
  return `--- ${paths.logFile} (last ${count} lines) ---\n${lastLines(written, count)}`;
}
