import { run, runOrThrow, which } from './exec';

/** Elasticsearch refuses to run as root; as root we run it as this unprivileged system user. */
export const SERVICE_USER = 'audit-es';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export interface Command {
  command: string;
  args: string[];
}

/** The command as it must be run: through `runuser` when we are root, unchanged otherwise. */
export function asServiceUser(command: string, args: readonly string[]): Command {
  if (!isRoot()) return { command, args: [...args] };
  return { command: runuserPath(), args: ['-u', SERVICE_USER, '--', command, ...args] };
}

/** Creates the system user once (no home, no login shell). */
export async function ensureServiceUser(): Promise<void> {
  if ((await run('id', ['-u', SERVICE_USER])).code === 0) return;
  const useradd = which('useradd') ?? which('useradd', '/usr/sbin:/sbin');
  if (useradd === undefined) throw new Error(`Cannot create user ${SERVICE_USER}: useradd not found`);
  const result = await run(useradd, [
    '--system',
    '--user-group',
    '--no-create-home',
    '--home-dir',
    '/nonexistent',
    '--shell',
    '/usr/sbin/nologin',
    SERVICE_USER,
  ]);
  // Exit code 9: created meanwhile by a concurrent start.
  if (result.code !== 0 && result.code !== 9) {
    throw new Error(`useradd ${SERVICE_USER} failed (exit code ${String(result.code)}): ${result.output.trim()}`);
  }
}

/** Hands the node's writable directories to the service user (no-op when not root). */
export async function giveToServiceUser(paths: readonly string[]): Promise<void> {
  if (!isRoot() || paths.length === 0) return;
  await runOrThrow('chown', ['-R', `${SERVICE_USER}:${SERVICE_USER}`, ...paths], 'chown');
}

/** Fails clearly when the service user cannot reach the distribution (e.g. under a 0700 home). */
export async function assertServiceUserCanRead(path: string): Promise<void> {
  if (!isRoot()) return;
  const { command, args } = asServiceUser('test', ['-r', path, '-a', '-x', path]);
  if ((await run(command, args)).code !== 0) {
    throw new Error(
      `User ${SERVICE_USER} cannot read ${path}. Point XDG_CACHE_HOME at a directory every user can ` +
        `traverse (the default for root is /var/cache/audit-console).`,
    );
  }
}

function runuserPath(): string {
  const runuser = which('runuser') ?? which('runuser', '/usr/sbin:/sbin');
  if (runuser === undefined) {
    throw new Error(`runuser (util-linux) not found; it is needed to run Elasticsearch as ${SERVICE_USER} when root`);
  }
  return runuser;
}
