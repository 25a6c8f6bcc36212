import { connect } from 'node:net';
import { type ClusterTarget, authorizationHeader } from './esUrl';
import { sleep } from './exec';

export type Health =
  | { kind: 'healthy'; status: string }
  /** Authenticated, but the user may not call the health API (lacks the `monitor` privilege). */
  | { kind: 'forbidden' }
  | { kind: 'unauthorized' }
  | { kind: 'not-ready'; detail: string }
  | { kind: 'unreachable'; detail: string };

/** One `GET /_cluster/health?wait_for_status=yellow`, waiting at most `waitSeconds` on the server. */
export async function checkHealth(target: ClusterTarget, waitSeconds = 1): Promise<Health> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const authorization = authorizationHeader(target);
  if (authorization !== undefined) headers.authorization = authorization;
  let response: Response;
  try {
    response = await fetch(`${target.url}/_cluster/health?wait_for_status=yellow&timeout=${waitSeconds}s`, {
      headers,
      signal: AbortSignal.timeout((waitSeconds + 10) * 1000),
    });
  } catch (error) {
    return { kind: 'unreachable', detail: describeFetchError(error) };
  }
  const body = await response.text();
  if (response.status === 401) return { kind: 'unauthorized' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status === 200) {
    const status = /"status"\s*:\s*"(\w+)"/.exec(body)?.[1] ?? 'unknown';
    return { kind: 'healthy', status };
  }
  // 408: not yellow yet within the wait; 503: e.g. no master elected or security index not ready.
  return { kind: 'not-ready', detail: `HTTP ${response.status} ${body.slice(0, 300)}` };
}

export interface WaitOptions {
  deadline: number;
  /** Stop early, e.g. when the node's process has died. */
  giveUp?: () => boolean;
}

/** Polls until healthy, unauthorized, the deadline passes or `giveUp` says so; returns the last answer. */
export async function waitForHealthy(target: ClusterTarget, options: WaitOptions): Promise<Health> {
  for (;;) {
    const remaining = Math.floor((options.deadline - Date.now()) / 1000);
    const health = await checkHealth(target, Math.max(1, Math.min(5, remaining)));
    if (health.kind === 'healthy' || health.kind === 'unauthorized' || health.kind === 'forbidden') return health;
    if (Date.now() >= options.deadline || options.giveUp?.() === true) return health;
    if (health.kind === 'unreachable') await sleep(500);
  }
}

/** The `version.number` from `GET /`; undefined where the root endpoint is absent (integ-test-zip). */
export async function fetchVersion(target: ClusterTarget): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  const authorization = authorizationHeader(target);
  if (authorization !== undefined) headers.authorization = authorization;
  try {
    const response = await fetch(`${target.url}/`, { headers, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) return undefined;
    return /"number"\s*:\s*"([^"]+)"/.exec(await response.text())?.[1];
  } catch {
    return undefined;
  }
}

/** Whether something accepts TCP connections on host:port. */
export function isPortInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function describeFetchError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'host not found';
    case 'ECONNRESET':
      return 'connection reset';
    default:
      if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
      return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}
